import Foundation
public import LeadreconValues

/// Date-only values (precision `.date`): RULES.md rounds windows up to whole working days when the
/// timestamps involved are date-only, because a date says nothing about the hour.
///
/// How the flag stage uses it, for a window `W` that starts on the date of `T0` (both the start
/// and the value compared are read as dates when either is date-only):
///
/// ```swift
/// let start = calendar.localDate(of: t0)
/// let due = calendar.dueDate(from: start, within: window)   // the last day still in time
/// let late = calendar.localDate(of: firstTouch) > due       // LATE_FIRST_TOUCH
/// let elapsed = calendar.localDate(of: asOf) > due          // NO_FIRST_TOUCH, NO_DECISION
/// ```
///
/// For a working window, `due` is the ⌈W⌉-th working day after `start`, where ⌈W⌉ is
/// ``roundedUpToWholeWorkingDays(_:)``: with Mon–Fri 08:00–18:00, `1h` and `8h` round up to one
/// day, `24h` to three, `10d` stays ten. So a lead qualified on Monday with an `8h` window is in
/// time when touched on Tuesday and late from Wednesday; equivalently
/// `workingDays(fromDate: start, toDate: touchDate) > roundedUpToWholeWorkingDays(window)`.
extension WorkingCalendar {
    /// The local date of `instant` in the calendar's zone.
    public func localDate(of instant: Int64) -> LocalDate {
        if instant >= lowerBound, instant < upperBound {
            let position = position(of: instant)
            return LocalDate(dayNumber: position.year.firstDay + position.day)
        }
        let offset = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant))))
        return LocalDate(dayNumber: Int(Self.floorDivide(instant + offset, 86_400)))
    }

    /// The local date of `timestamp`: for a date-time, its date in the calendar's zone; for a
    /// date-only value, the date it names.
    ///
    /// A date-only `Timestamp` is local midnight in the zone its source was read in, which need
    /// not be the calendar's (a UTC export read for a Berlin calendar): its date is recovered as
    /// the UTC date nearest to the instant, exact for every source zone within ±12 hours of UTC
    /// (all of Europe, Africa and the Americas; not UTC+13/+14 Pacific zones).
    public func localDate(of timestamp: Timestamp) -> LocalDate {
        switch timestamp.precision {
        case .datetime: localDate(of: timestamp.secondsSinceEpoch)
        case .date: LocalDate(dayNumber: Int(Self.floorDivide(timestamp.secondsSinceEpoch + 43_200, 86_400)))
        }
    }

    /// Whether `date` has any opening time (not a weekend without hours, a holiday or a closed
    /// day). `false` outside ``supportedYears``.
    public func isWorkingDay(_ date: LocalDate) -> Bool {
        guard let year = year(date.year) else { return false }
        return year.isWorkingDay(date.dayNumber - year.firstDay)
    }

    /// The number of working days after `fromDate` up to and including `toDate` (the days in
    /// `fromDate <.. toDate` with opening time); 0 when `toDate` is not after `fromDate`.
    ///
    /// Monday to Tuesday is 1, Friday to Monday is 1 (weekend closed), a date to itself 0.
    /// Counted within ``supportedYears``.
    public func workingDays(fromDate: LocalDate, toDate: LocalDate) -> Int {
        guard toDate > fromDate else { return 0 }
        let from = workingDaysThrough(fromDate), to = workingDaysThrough(toDate)
        guard from.year < to.year else { return to.count - from.count }
        var total = years.year(from.year).workingDayCount - from.count + to.count
        for year in (from.year + 1)..<to.year { total += years.year(year).workingDayCount }
        return total
    }

    /// A window rounded up to whole working days, for date-only timestamps: `n` days plus the
    /// minutes divided by the length of an average working day of the weekly hours (the open
    /// minutes of the week over the weekdays with hours), rounded up. `nil` for calendar days,
    /// which need no rounding on dates.
    public func roundedUpToWholeWorkingDays(_ window: WorkingDuration) -> Int? {
        guard case .working(let days, let minutes) = window else { return nil }
        let openMinutes = Pipeline.Weekday.allCases.map { hours.openMinutes(on: $0) }
        let weekMinutes = openMinutes.reduce(0, +), openWeekdays = openMinutes.filter { $0 > 0 }.count
        guard weekMinutes > 0, minutes > 0 else { return max(days, 0) }
        // ⌈minutes / (weekMinutes / openWeekdays)⌉ in integers.
        return max(days, 0) + (minutes * openWeekdays + weekMinutes - 1) / weekMinutes
    }

    /// The last date still inside a window of `window` that starts on `start`, for date-only
    /// timestamps: the ⌈W⌉-th working day after `start` (see ``roundedUpToWholeWorkingDays(_:)``;
    /// `start` itself for an empty window), or `start` plus `n` days for `.calendarDays(n)`.
    /// A date later than the due date is outside the window.
    ///
    /// Past ``supportedYears`` there are no working days: the due date is then the later of
    /// `start` and the last supported date.
    public func dueDate(from start: LocalDate, within window: WorkingDuration) -> LocalDate {
        guard let days = roundedUpToWholeWorkingDays(window) else {
            guard case .calendarDays(let count) = window else { return start }
            return start.adding(days: count)
        }
        let firstSupported = LocalDate(year: Self.supportedYears.lowerBound, month: 1, day: 1)!
        let lastSupported = LocalDate(year: Self.supportedYears.upperBound, month: 12, day: 31)!
        guard days > 0, start < lastSupported else { return start }
        var remaining = days
        let anchor: Position
        if start < firstSupported {
            // Count from the first supported day, which is then itself a candidate.
            let year = years.year(firstSupported.year)
            anchor = Position(year: year, day: 0)
            if year.isWorkingDay(0) {
                remaining -= 1
                if remaining == 0 { return firstSupported }
            }
        } else {
            let year = years.year(start.year)
            anchor = Position(year: year, day: start.dayNumber - year.firstDay)
        }
        guard let target = workingDay(remaining, after: anchor) else { return lastSupported }
        return LocalDate(dayNumber: target.year.firstDay + target.day)
    }

    /// The year of `date` clamped into the supported years, and the working days of that year up
    /// to and including `date` (none before the first supported year, all after the last).
    private func workingDaysThrough(_ date: LocalDate) -> (year: Int, count: Int) {
        let supported = Self.supportedYears
        if date.year < supported.lowerBound { return (supported.lowerBound, 0) }
        if date.year > supported.upperBound {
            return (supported.upperBound, years.year(supported.upperBound).workingDayCount)
        }
        let year = years.year(date.year)
        return (date.year, year.days[date.dayNumber - year.firstDay + 1].workingDaysBefore)
    }
}
