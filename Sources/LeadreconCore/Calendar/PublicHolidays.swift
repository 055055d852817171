import Foundation

/// The public holidays of a region, by year, with German names; computed once per year and region
/// and cached.
///
/// Germany (``Pipeline/HolidayRegion/Country/germany``): the nation-wide holidays plus those of
/// the state, as DOMAIN.md lists them — see `germanHolidays(year:state:)` for the rules and what is
/// deliberately left out (Assumption Day in Bavaria, holidays of single municipalities).
///
/// Concurrency: an instance may be shared between threads; its cache is guarded by a lock. The
/// working calendars of one ``CalendarBook`` share one instance.
public final class PublicHolidays: @unchecked Sendable {
    private struct Key: Hashable {
        var year: Int
        var region: Pipeline.HolidayRegion
    }

    private let lock = NSLock()
    /// Holidays already computed, guarded by `lock`.
    private var cache: [Key: [LocalDate: String]] = [:]

    /// An empty table; holidays are computed on first use of each year and region.
    public init() {}

    /// The public holidays of `year` in `region`: each date with its German name (two holidays on
    /// one date, such as Ascension on 1 May 2008, are joined with " / ").
    public func holidays(year: Int, region: Pipeline.HolidayRegion) -> [LocalDate: String] {
        let key = Key(year: year, region: region)
        if let cached = lock.withLock({ cache[key] }) { return cached }
        let computed = Self.computeHolidays(year: year, region: region)
        lock.withLock { cache[key] = computed }
        return computed
    }

    /// The name of the public holiday on `date` in `region`, or `nil` on an ordinary day.
    public func name(of date: LocalDate, region: Pipeline.HolidayRegion) -> String? {
        holidays(year: date.year, region: region)[date]
    }

    /// The holidays of `year` in `region`, computed without the cache.
    static func computeHolidays(year: Int, region: Pipeline.HolidayRegion) -> [LocalDate: String] {
        switch region.country {
        case .germany: germanHolidays(year: year, state: region.state)
        }
    }
}
