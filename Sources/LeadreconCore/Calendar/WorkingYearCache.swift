import Foundation

/// The years of one working calendar built so far, each built on first use.
///
/// Concurrency: shared by every copy of a `WorkingCalendar` and safe to use from any thread: the
/// slots are guarded by a lock taken once per year looked up (about 20 ns uncontended); the years
/// themselves are immutable. Two threads asking for a new year at once may both build it; the
/// first stored wins, so every caller sees the same year.
///
/// The slots are a raw allocation indexed by year rather than a dictionary in a class: hashing
/// and the dynamic exclusivity checks of a class's `var` cost more than the rest of a lookup.
final class WorkingYearCache: @unchecked Sendable {
    private let timeZone: TimeZone
    private let hours: Pipeline.WeeklyHours
    private let holidayRegion: Pipeline.HolidayRegion
    private let everyYearClosed: Set<Int>
    private let onceClosed: Set<LocalDate>
    private let publicHolidays: PublicHolidays

    private let lock = NSLock()
    /// The first year of the slots.
    private let firstYear: Int
    /// The number of slots.
    private let slotCount: Int
    /// One slot per year from `firstYear`, `nil` until built; guarded by `lock`.
    private let slots: UnsafeMutablePointer<WorkingYear?>

    init(
        timeZone: TimeZone,
        hours: Pipeline.WeeklyHours,
        holidayRegion: Pipeline.HolidayRegion,
        closedDays: [Pipeline.ClosedDay],
        publicHolidays: PublicHolidays,
        years: ClosedRange<Int>
    ) {
        firstYear = years.lowerBound
        slotCount = years.count
        slots = .allocate(capacity: years.count)
        slots.initialize(repeating: nil, count: years.count)
        self.timeZone = timeZone
        self.hours = hours
        self.holidayRegion = holidayRegion
        self.publicHolidays = publicHolidays
        var everyYear: Set<Int> = [], once: Set<LocalDate> = []
        for day in closedDays {
            switch day {
            case .everyYear(let month, let day): everyYear.insert(month * 100 + day)
            case .once(let year, let month, let day):
                if let date = LocalDate(year: year, month: month, day: day) { once.insert(date) }
            }
        }
        everyYearClosed = everyYear
        onceClosed = once
    }

    deinit {
        slots.deinitialize(count: slotCount)
        slots.deallocate()
    }

    /// The year `year` (one of the years given at creation), built now if no caller asked for it
    /// before.
    func year(_ year: Int) -> WorkingYear {
        let slot = year - firstYear
        precondition(slot >= 0 && slot < slotCount, "year \(year) is outside the calendar's years")
        lock.lock()
        let cached = slots[slot]
        lock.unlock()
        if let cached { return cached }
        let built = build(year)
        lock.lock()
        defer { lock.unlock() }
        if let raced = slots[slot] { return raced }
        slots[slot] = built
        return built
    }

    private func build(_ year: Int) -> WorkingYear {
        let holidays = publicHolidays.holidays(year: year, region: holidayRegion)
        let zone = timeZone
        return WorkingYear(
            year: year,
            offsets: { LocalDayOffsets(localDay: Int64($0), timeZone: zone) },
            hours: hours,
            isClosed: { date in
                holidays[date] != nil || onceClosed.contains(date)
                    || everyYearClosed.contains(date.month * 100 + date.day)
            }
        )
    }
}
