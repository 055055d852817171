/// One local calendar year of a working calendar, precomputed: for every local day the UTC
/// instant it begins, its zone offsets, and its opening intervals as UTC instants, with running
/// totals of working seconds and working days, so that questions about the year are answered by
/// index arithmetic and a short scan instead of time-zone calls.
///
/// Immutable once built, hence shareable between threads; `WorkingYearCache` builds each year on
/// first use.
final class WorkingYear: Sendable {
    /// One local day.
    struct Day: Sendable {
        /// The UTC instant the day begins (its local midnight, or the first instant after it when
        /// midnight falls into a skipped hour).
        var start: Int64
        /// Index in `intervals` of the day's first opening interval (of the next day's when the
        /// day has none).
        var firstInterval: Int
        /// Working seconds of the year before the day.
        var workedBefore: Int64
        /// Working days of the year before the day.
        var workingDaysBefore: Int
        /// The zone's offsets around the day, to read and write its wall-clock times.
        var offsets: LocalDayOffsets
    }

    /// A span of opening time in UTC, `open..<close`, never empty.
    struct Interval: Sendable {
        var open: Int64
        var close: Int64
        /// Working seconds of the year before `open`.
        var workedBefore: Int64
    }

    /// The year, e.g. 2026.
    let year: Int
    /// The day number (days since 1970-01-01) of 1 January.
    let firstDay: Int
    /// The days of the year in order, plus one entry for 1 January of the next year whose
    /// `start`, `firstInterval` and running totals close the year.
    let days: [Day]
    /// All opening intervals of the year, in time order, none overlapping.
    let intervals: [Interval]

    /// Builds the year.
    /// - Parameters:
    ///   - year: the calendar year.
    ///   - offsets: the zone offsets of a local day number (a `TimeZone` lookup, not cached).
    ///   - hours: the weekly opening hours, as wall-clock times.
    ///   - isClosed: whether a day of the year is closed whatever the hours say (holidays,
    ///     closed days).
    init(
        year: Int,
        offsets: (Int) -> LocalDayOffsets,
        hours: Pipeline.WeeklyHours,
        isClosed: (LocalDate) -> Bool
    ) {
        let firstDay = LocalDate.dayNumber(year: year, month: 1, day: 1)
        let dayCount = LocalDate.dayNumber(year: year + 1, month: 1, day: 1) - firstDay
        let dayOffsets = (0...dayCount).map { offsets(firstDay + $0) }
        let starts = (0...dayCount).map { dayOffsets[$0].utc(forLocal: Int64(firstDay + $0) * 86_400) }
        var days: [Day] = []
        days.reserveCapacity(dayCount + 1)
        var intervals: [Interval] = []
        var worked: Int64 = 0, workingDays = 0
        for index in 0...dayCount {
            days.append(Day(start: starts[index], firstInterval: intervals.count, workedBefore: worked,
                            workingDaysBefore: workingDays, offsets: dayOffsets[index]))
            let date = LocalDate(dayNumber: firstDay + index)
            guard index < dayCount, !isClosed(date) else { continue }
            let midnight = Int64(date.dayNumber) * 86_400
            let dayFirstInterval = intervals.count
            for opening in hours.intervals(on: date.weekday) {
                // Clamped into the day and after the previous interval, so that the year's
                // intervals stay ordered even in zones whose transitions fall at midnight.
                let floor = max(starts[index], intervals.last?.close ?? starts[index])
                let open = max(floor, dayOffsets[index].utc(forLocal: midnight + Int64(opening.startMinute) * 60))
                let close = min(starts[index + 1], dayOffsets[index].utc(forLocal: midnight + Int64(opening.endMinute) * 60))
                guard open < close else { continue }  // e.g. hours inside a skipped hour
                intervals.append(Interval(open: open, close: close, workedBefore: worked))
                worked += close - open
            }
            if intervals.count > dayFirstInterval { workingDays += 1 }
        }
        self.year = year
        self.firstDay = firstDay
        self.days = days
        self.intervals = intervals
    }

    /// Working seconds in the whole year.
    var totalWorked: Int64 { days[days.count - 1].workedBefore }
    /// Working days in the whole year.
    var workingDayCount: Int { days[days.count - 1].workingDaysBefore }
    /// Local days in the year (365 or 366).
    var dayCount: Int { days.count - 1 }
    /// The UTC instant the year begins.
    var start: Int64 { days[0].start }
    /// The UTC instant the next year begins.
    var end: Int64 { days[days.count - 1].start }

    /// Whether `instant` lies in this year.
    @inline(__always)
    func contains(_ instant: Int64) -> Bool {
        start <= instant && instant < end
    }

    /// The index of the day holding `instant` (which the year contains), starting the search at
    /// the day `guess` (any index; a guess off by a day costs one step).
    func dayIndex(of instant: Int64, guess: Int) -> Int {
        var index = min(max(guess, 0), dayCount - 1)
        while instant < days[index].start { index -= 1 }
        while instant >= days[index + 1].start { index += 1 }
        return index
    }

    /// Whether day `index` has any opening time.
    @inline(__always)
    func isWorkingDay(_ index: Int) -> Bool {
        days[index + 1].firstInterval > days[index].firstInterval
    }

    /// The index of the first interval of day `index` or later whose close is after `instant`
    /// (`intervals.count` when none is left in the year).
    @inline(__always)
    func intervalIndex(endingAfter instant: Int64, fromDay index: Int) -> Int {
        var interval = days[index].firstInterval
        while interval < intervals.count, intervals[interval].close <= instant { interval += 1 }
        return interval
    }

    /// Working seconds of the year before `instant`, which lies on day `index`.
    @inline(__always)
    func worked(before instant: Int64, day index: Int) -> Int64 {
        var total = days[index].workedBefore
        var interval = days[index].firstInterval
        let end = days[index + 1].firstInterval
        while interval < end, intervals[interval].open < instant {
            total += min(instant, intervals[interval].close) - intervals[interval].open
            interval += 1
        }
        return total
    }

    /// The earliest instant at which the year's working seconds reach `target` (in
    /// `1...totalWorked`), searching from interval `lowest` on.
    func instant(whenWorkedReaches target: Int64, fromInterval lowest: Int) -> Int64 {
        // Binary search for the first interval whose close reaches the target.
        var low = lowest, high = intervals.count - 1
        while low < high {
            let middle = (low + high) / 2
            let interval = intervals[middle]
            if interval.workedBefore + (interval.close - interval.open) >= target {
                high = middle
            } else {
                low = middle + 1
            }
        }
        return intervals[low].open + (target - intervals[low].workedBefore)
    }

    /// The local wall-clock time of `instant` on day `index`, in seconds since that day's
    /// midnight (clamped to the day, for zones whose transitions fall at midnight).
    func wallClockSeconds(of instant: Int64, day index: Int) -> Int64 {
        let local = instant + days[index].offsets.offset(at: instant)
        return min(max(local - Int64(firstDay + index) * 86_400, 0), 86_400)
    }

    /// The UTC instant of the wall-clock time `seconds` after midnight on day `index`.
    func instant(wallClockSeconds seconds: Int64, day index: Int) -> Int64 {
        days[index].offsets.utc(forLocal: Int64(firstDay + index) * 86_400 + seconds)
    }
}
