import Foundation

extension WorkingCalendar {
    /// The instant a window of `duration` that starts at `instant` ends — the deadline of an SLA.
    ///
    /// - `.working(days: 0, minutes: m)` (`90m`, `8h`): the earliest instant after which `m`
    ///   minutes of opening time have passed since `instant`, so that
    ///   `workingSeconds(from: instant, to: adding(d, to: instant)) == 60 * m` always holds. A
    ///   window that ends exactly at a close ends there (Friday 17:30 + 30m is Friday 18:00; + 1h
    ///   is Monday 08:30). `0m` is `instant` itself.
    /// - `.working(days: n, minutes: 0)` (`1d`, `10d`): first, if the calendar is closed at
    ///   `instant`, move to its next opening; then go to the same wall-clock time on the n-th
    ///   working day after (a working day is a local day with opening time). Tuesday 10:00 + 1d is
    ///   Wednesday 10:00; Tuesday 19:00 + 1d is Thursday 08:00 (Wednesday 08:00, one day on). Under
    ///   equal hours every day this is exactly n days of opening hours; when the target day's hours
    ///   differ and that wall-clock time is not open, the window ends at the target day's first
    ///   opening if the time is before it, else at the close of the last interval before the time
    ///   (the same amount of that day's working time either way).
    /// - `.working(days: n, minutes: m)` (`1d4h`): the days first, then the minutes.
    /// - `.calendarDays(n)` (`14cd`): the same local wall-clock time n local days later, whether or
    ///   not the calendar is open; across a DST change that is 23 or 25 hours per changed day
    ///   more or less than `n * 86_400` seconds.
    ///
    /// A negative amount counts as zero. Returns `Int64.max` ("never") when the window does not
    /// end within ``supportedYears`` or the calendar stays closed for ``idleYearLimit`` years.
    public func adding(_ duration: WorkingDuration, to instant: Int64) -> Int64 {
        switch duration {
        case .calendarDays(let count):
            return adding(calendarDays: count, to: instant)
        case .working(let days, let minutes):
            let afterDays = days > 0 ? adding(workingDays: days, to: instant) : instant
            guard afterDays != .max else { return .max }
            return adding(workingSeconds: Int64(max(minutes, 0)) * 60, to: afterDays)
        }
    }

    /// The earliest instant after which `seconds` of opening time have passed since `instant`.
    public func adding(workingSeconds seconds: Int64, to instant: Int64) -> Int64 {
        guard seconds > 0 else { return instant }
        guard instant < upperBound else { return .max }
        let start = max(instant, lowerBound)
        let position = position(of: start)
        var year = position.year
        var target = year.worked(before: start, day: position.day) + seconds
        var searchFrom = year.intervalIndex(endingAfter: start, fromDay: position.day)
        var idleYears = 0
        while target > year.totalWorked {
            target -= year.totalWorked
            guard let next = nextYear(after: year) else { return .max }
            year = next
            searchFrom = 0
            idleYears = year.totalWorked == 0 ? idleYears + 1 : 0
            if idleYears >= Self.idleYearLimit { return .max }
        }
        return year.instant(whenWorkedReaches: target, fromInterval: searchFrom)
    }

    /// The same wall-clock position `count` working days later; see ``adding(_:to:)``.
    public func adding(workingDays count: Int, to instant: Int64) -> Int64 {
        guard count > 0 else { return instant }
        guard let opening = nextOpening(atOrAfter: instant) else { return .max }
        let start = position(of: opening)
        let wallClock = start.year.wallClockSeconds(of: opening, day: start.day)
        guard let target = workingDay(count, after: start) else { return .max }
        let year = target.year
        let candidate = year.instant(wallClockSeconds: wallClock, day: target.day)
        let first = year.days[target.day].firstInterval, end = year.days[target.day + 1].firstInterval
        if candidate < year.intervals[first].open { return year.intervals[first].open }
        var interval = first
        while interval + 1 < end, year.intervals[interval + 1].open <= candidate { interval += 1 }
        return min(candidate, year.intervals[interval].close)
    }

    /// The same local wall-clock time `count` local days later (earlier when negative).
    public func adding(calendarDays count: Int, to instant: Int64) -> Int64 {
        let localDay: Int, wallClock: Int64
        if instant >= lowerBound, instant < upperBound {
            let position = position(of: instant)
            localDay = position.year.firstDay + position.day
            wallClock = position.year.wallClockSeconds(of: instant, day: position.day)
        } else {
            // Outside the cached years (a sentinel date): ask the zone directly.
            let local = instant + Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant))))
            localDay = Int(Self.floorDivide(local, 86_400))
            wallClock = local - Int64(localDay) * 86_400
        }
        let targetDay = localDay + count
        if let year = year(LocalDate.civil(dayNumber: targetDay).year) {
            return year.instant(wallClockSeconds: wallClock, day: targetDay - year.firstDay)
        }
        let offsets = LocalDayOffsets(localDay: Int64(targetDay), timeZone: timeZone)
        return offsets.utc(forLocal: Int64(targetDay) * 86_400 + wallClock)
    }
}
