import LeadreconValues

/// A day of the proleptic Gregorian calendar, with no time of day and no zone: the date a local
/// wall clock shows, such as a public holiday or the day of a date-only export value.
///
/// Stored as a day number (days since 1970-01-01), so hashing, comparing and stepping are integer
/// operations; year, month and day are derived with Howard Hinnant's `civil_from_days`.
/// `Strideable`, so `for day in first...last` walks the days in between.
public struct LocalDate: Sendable, Hashable, Strideable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public let dayNumber: Int

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        self.dayNumber = dayNumber
    }

    /// The date of a valid year, month (1–12) and day; `nil` for a day its month does not have.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else {
            return nil
        }
        self.init(dayNumber: Self.dayNumber(year: year, month: month, day: day))
    }

    /// Reads `YYYY-MM-DD`; `nil` for anything else or an impossible date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The year, month and day.
    public var components: (year: Int, month: Int, day: Int) {
        Self.civil(dayNumber: dayNumber)
    }

    /// The year.
    public var year: Int { components.year }
    /// The month, 1–12.
    public var month: Int { components.month }
    /// The day of the month, 1–31.
    public var day: Int { components.day }

    /// The day of the week (1970-01-01 was a Thursday).
    public var weekday: Pipeline.Weekday {
        let fromMonday = ((dayNumber + 3) % 7 + 7) % 7
        return Pipeline.Weekday(rawValue: fromMonday + 1)!
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> LocalDate {
        LocalDate(dayNumber: dayNumber + days)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = components
        return String(year) + (month < 10 ? "-0" : "-") + String(month) + (day < 10 ? "-0" : "-") + String(day)
    }

    /// The number of days from `self` to `other`.
    public func distance(to other: LocalDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// The date `n` days later.
    public func advanced(by n: Int) -> LocalDate {
        LocalDate(dayNumber: dayNumber + n)
    }

    /// Earlier day first.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        lhs.dayNumber < rhs.dayNumber
    }

    /// The number of days in `month` of `year`.
    static func daysIn(month: Int, year: Int) -> Int {
        CivilCalendar.daysInMonth(month, year: year)
    }

    /// Days since 1970-01-01 (Hinnant's `days_from_civil`, shared with the timestamp parsers).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        Int(CivilCalendar.dayNumber(year: year, month: month, day: day))
    }

    /// Hinnant's `civil_from_days`.
    static func civil(dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        CivilCalendar.civilDate(dayNumber: Int64(dayNumber))
    }
}
