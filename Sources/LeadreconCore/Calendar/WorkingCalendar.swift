public import Foundation

/// When sales works: a time zone, weekly opening hours as local wall-clock times, public holidays
/// and closed days — the clock SLA windows are measured on (RULES.md, "working time").
///
/// Instants are UTC seconds since the epoch (`Int64`, as `Timestamp.secondsSinceEpoch`; overloads
/// taking `Timestamp` are in `WorkingCalendar+Timestamp.swift`). Opening hours are wall-clock
/// times, so on a DST change day 08:00–18:00 still holds ten working hours, and an interval that
/// spans the change (say 00:00–24:00) holds the time that really elapses (23 or 25 hours). Wall
/// times in a skipped hour move forward, repeated ones are their first occurrence, as in
/// `TimestampParser`.
///
/// Operations:
/// - ``workingSeconds(from:to:)``: opening time in `from..<to`;
/// - ``adding(_:to:)``: the end of a window (`8h`, `1d`, `1d4h`, `14cd`) starting at an instant;
/// - ``isOpen(at:)``, ``nextOpening(atOrAfter:)``;
/// - date-only values (`WorkingCalendar+Dates.swift`): ``workingDays(fromDate:toDate:)``,
///   ``dueDate(from:within:)``, ``roundedUpToWholeWorkingDays(_:)``.
///
/// Cost: each local year is precomputed on first use (every day's zone offsets and UTC start, the
/// opening intervals in UTC, running totals of working seconds and working days; a fraction of a
/// millisecond and about 30 KiB per year), after which ``workingSeconds(from:to:)`` and
/// ``adding(_:to:)`` cost a few index lookups and a short scan of one day's intervals, plus one
/// step per year spanned (`d` windows: plus a binary search over the year's days) — about 100 ns
/// in a release build, never more than O(days spanned). Working time is counted
/// within ``supportedYears``: instants before are moved to its start, and a window that would end
/// after it ends at `Int64.max` ("never"), so a sentinel date such as 9999-12-31 in an export
/// cannot make the calendar build thousands of years.
///
/// Concurrency: a value type, `Sendable`, usable from any number of threads; copies share one
/// cache of years, guarded by a lock taken once or twice per operation (uncontended about 20 ns;
/// threads hammering one calendar contend for it, so a parallel flag stage may give each worker
/// its own ``CalendarBook``).
public struct WorkingCalendar: Sendable {
    /// The years working time is counted in (local calendar years).
    public static let supportedYears: ClosedRange<Int> = 1900...2199
    /// How many years without any opening time `nextOpening(atOrAfter:)` and `adding(_:to:)`
    /// look through before answering "never".
    static let idleYearLimit = 10

    /// The zone opening hours are read in.
    public let timeZone: TimeZone
    /// The weekly opening hours.
    public let hours: Pipeline.WeeklyHours
    /// ``Pipeline/WeeklyHours/longestDayHours`` of `hours`, worked out once (asked per person).
    public let longestDayHours: Double
    /// Whose public holidays are closed.
    public let holidayRegion: Pipeline.HolidayRegion
    /// Further closed days.
    public let closedDays: [Pipeline.ClosedDay]

    let years: WorkingYearCache
    /// The first instant of `supportedYears` (local midnight of its first 1 January).
    let lowerBound: Int64
    /// The first instant after `supportedYears`.
    let upperBound: Int64
    /// An offset of the zone, to guess the local day of an instant (a wrong guess costs a step).
    private let typicalOffset: Int64

    /// The default calendar of a pipeline file (teams are selected by ``CalendarBook``).
    public init(settings: Pipeline.CalendarSettings, publicHolidays: PublicHolidays = PublicHolidays()) {
        self.init(timeZone: settings.timeZone, hours: settings.hours, holidays: settings.holidays,
                  closedDays: settings.closedDays, publicHolidays: publicHolidays)
    }

    /// A calendar; anything not given takes the default of `Pipeline.CalendarSettings`.
    /// - Parameter publicHolidays: the holiday table to use, shared so that calendars of one run
    ///   compute each year's holidays once.
    public init(
        timeZone: TimeZone = Pipeline.CalendarSettings.defaultTimeZone,
        hours: Pipeline.WeeklyHours = .standard,
        holidays: Pipeline.HolidayRegion = Pipeline.HolidayRegion(),
        closedDays: [Pipeline.ClosedDay] = Pipeline.CalendarSettings().closedDays,
        publicHolidays: PublicHolidays = PublicHolidays()
    ) {
        self.timeZone = timeZone
        self.hours = hours
        longestDayHours = hours.longestDayHours
        self.holidayRegion = holidays
        self.closedDays = closedDays
        years = WorkingYearCache(timeZone: timeZone, hours: hours, holidayRegion: holidays,
                                 closedDays: closedDays, publicHolidays: publicHolidays,
                                 years: Self.supportedYears)
        func midnight(ofFirstJanuary year: Int) -> Int64 {
            let day = LocalDate.dayNumber(year: year, month: 1, day: 1)
            return LocalDayOffsets(localDay: Int64(day), timeZone: timeZone).utc(forLocal: Int64(day) * 86_400)
        }
        lowerBound = midnight(ofFirstJanuary: Self.supportedYears.lowerBound)
        upperBound = midnight(ofFirstJanuary: Self.supportedYears.upperBound + 1)
        typicalOffset = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: 946_684_800)))
    }

    // MARK: - Queries

    /// Whether the calendar is open at `instant` (intervals include their opening instant and
    /// exclude their closing one). Always `false` outside ``supportedYears``.
    public func isOpen(at instant: Int64) -> Bool {
        guard instant >= lowerBound, instant < upperBound else { return false }
        let position = position(of: instant)
        let year = position.year
        let interval = year.intervalIndex(endingAfter: instant, fromDay: position.day)
        return interval < year.intervals.count && year.intervals[interval].open <= instant
    }

    /// `instant` if the calendar is open then, else the next instant it opens; `nil` if it never
    /// opens again (no opening time for ``idleYearLimit`` years, or past ``supportedYears``).
    public func nextOpening(atOrAfter instant: Int64) -> Int64? {
        guard instant < upperBound else { return nil }
        let instant = max(instant, lowerBound)
        let position = position(of: instant)
        var year = position.year
        let interval = year.intervalIndex(endingAfter: instant, fromDay: position.day)
        if interval < year.intervals.count { return max(year.intervals[interval].open, instant) }
        for _ in 0..<Self.idleYearLimit {
            guard let next = nextYear(after: year) else { return nil }
            year = next
            if let first = year.intervals.first { return first.open }
        }
        return nil
    }

    /// The working time in `from..<to`, in seconds; 0 when `to` is not after `from`.
    ///
    /// Additive (`workingSeconds(a, c) == workingSeconds(a, b) + workingSeconds(b, c)` for
    /// `a ≤ b ≤ c`) and monotonic in `to`.
    public func workingSeconds(from start: Int64, to end: Int64) -> Int64 {
        guard end > start else { return 0 }
        let from = cumulativeWorked(at: start), to = cumulativeWorked(at: end, near: from.year)
        guard from.year.year != to.year.year else { return to.worked - from.worked }
        var total = from.year.totalWorked - from.worked + to.worked
        for year in (from.year.year + 1)..<to.year.year { total += years.year(year).totalWorked }
        return total
    }

    // MARK: - Positions (internal)

    /// A local day: a year of the cache and the index of the day in it.
    struct Position {
        var year: WorkingYear
        var day: Int
    }

    /// The local day holding `instant`, which must lie within `lowerBound..<upperBound`.
    func position(of instant: Int64, near hint: WorkingYear? = nil) -> Position {
        let guessDay = Int(Self.floorDivide(instant + typicalOffset, 86_400))
        var year: WorkingYear
        if let hint, hint.contains(instant) {
            year = hint
        } else {
            year = years.year(Self.year(ofDay: guessDay))
            while instant < year.start { year = years.year(year.year - 1) }
            while instant >= year.end { year = years.year(year.year + 1) }
        }
        return Position(year: year, day: year.dayIndex(of: instant, guess: guessDay - year.firstDay))
    }

    /// The year holding `instant` clamped into the supported years, and the working seconds of
    /// that year before it (the whole year's for `upperBound` and later).
    func cumulativeWorked(at instant: Int64, near hint: WorkingYear? = nil) -> (year: WorkingYear, worked: Int64) {
        if instant >= upperBound {
            let last = years.year(Self.supportedYears.upperBound)
            return (last, last.totalWorked)
        }
        let position = position(of: max(instant, lowerBound), near: hint)
        return (position.year, position.year.worked(before: max(instant, lowerBound), day: position.day))
    }

    /// The year after `year`, or `nil` past the supported years.
    func nextYear(after year: WorkingYear) -> WorkingYear? {
        year.year < Self.supportedYears.upperBound ? years.year(year.year + 1) : nil
    }

    /// The year `year`, or `nil` outside the supported years.
    func year(_ year: Int) -> WorkingYear? {
        Self.supportedYears.contains(year) ? years.year(year) : nil
    }

    /// The `count`-th working day (`count` ≥ 1) after the day at `position`; `nil` if the calendar
    /// runs out of years or stays closed for ``idleYearLimit`` years.
    func workingDay(_ count: Int, after position: Position) -> Position? {
        var year = position.year
        // Working days of `year` before the target day.
        var target = year.days[position.day + 1].workingDaysBefore + count - 1
        var idleYears = 0
        while target >= year.workingDayCount {
            target -= year.workingDayCount
            guard let next = nextYear(after: year) else { return nil }
            year = next
            idleYears = year.workingDayCount == 0 ? idleYears + 1 : 0
            if idleYears >= Self.idleYearLimit { return nil }
        }
        // The first day whose running count passes the target is the target day.
        var low = 0, high = year.dayCount - 1
        while low < high {
            let middle = (low + high) / 2
            if year.days[middle + 1].workingDaysBefore > target { high = middle } else { low = middle + 1 }
        }
        return Position(year: year, day: low)
    }

    /// Day numbers of 1 January of each supported year and of the year after.
    private static let newYearDays = (supportedYears.lowerBound...supportedYears.upperBound + 1).map {
        LocalDate.dayNumber(year: $0, month: 1, day: 1)
    }

    /// The year of day number `day`, clamped into the supported years. Cheaper than
    /// `LocalDate.civil` on this path: an estimate corrected against a table.
    @inline(__always)
    static func year(ofDay day: Int) -> Int {
        let first = supportedYears.lowerBound
        var index = min(max((day - newYearDays[0]) * 400 / 146_097, 0), newYearDays.count - 2)
        while index > 0, day < newYearDays[index] { index -= 1 }
        while index < newYearDays.count - 2, day >= newYearDays[index + 1] { index += 1 }
        return first + index
    }

    /// Floor division (rounds towards negative infinity).
    @inline(__always)
    static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }
}
