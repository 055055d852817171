import Foundation

/// Hand-written readers for the few date forms a pipeline file uses (`as_of`, `closed_days`):
/// ISO 8601 only, so that `12/01/2026` is an error rather than a guess.
enum DateText {
    /// `2026-11-27T18:00:00+01:00` (seconds, fraction, `Z`, `+0100` optional forms), or a date
    /// `2026-11-27`, which means midnight at its start in `dateOnlyZone`.
    static func instant(_ text: String, dateOnlyZone: TimeZone) throws(ValueProblem) -> Date {
        let usage = "expected a date such as 2026-11-27 or a time with offset such as 2026-11-27T18:00:00+01:00"
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 10, let (year, month, day) = date(scalars[0..<10]) else {
            throw ValueProblem("\(usage), got '\(text)'")
        }
        var components = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        var zone = dateOnlyZone
        if scalars.count > 10 {
            guard scalars[10] == "T" || scalars[10] == " " else { throw ValueProblem("\(usage), got '\(text)'") }
            var index = 11
            guard let hour = number(scalars, &index, digits: 2), hour < 24, take(":", scalars, &index),
                  let minute = number(scalars, &index, digits: 2), minute < 60
            else { throw ValueProblem("\(usage), got '\(text)'") }
            var second = 0, nanosecond = 0
            if take(":", scalars, &index) {
                guard let value = number(scalars, &index, digits: 2), value < 60 else {
                    throw ValueProblem("\(usage), got '\(text)'")
                }
                second = value
                if take(".", scalars, &index) {
                    let start = index
                    while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
                    let digits = String(String.UnicodeScalarView(scalars[start..<index])).prefix(9)
                    guard !digits.isEmpty else { throw ValueProblem("\(usage), got '\(text)'") }
                    nanosecond = Int(digits.padding(toLength: 9, withPad: "0", startingAt: 0)) ?? 0
                }
            }
            guard index < scalars.count else {
                throw ValueProblem("'\(text)' needs a utc offset such as +01:00 or Z (or give just a date)")
            }
            guard let offset = utcOffset(scalars[index...]), let fixed = TimeZone(secondsFromGMT: offset) else {
                throw ValueProblem("\(usage), got '\(text)'")
            }
            zone = fixed
            components.hour = hour
            components.minute = minute
            components.second = second
            components.nanosecond = nanosecond
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard let date = calendar.date(from: components) else { throw ValueProblem("'\(text)' is not a date") }
        return date
    }

    /// `YYYY-MM-DD` of a real date.
    static func date(_ scalars: some Collection<Unicode.Scalar>) -> (year: Int, month: Int, day: Int)? {
        let all = Array(scalars)
        var index = 0
        guard all.count == 10, let year = number(all, &index, digits: 4), take("-", all, &index),
              let month = number(all, &index, digits: 2), take("-", all, &index),
              let day = number(all, &index, digits: 2),
              (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return (year, month, day)
    }

    /// Days in `month` of `year` (Gregorian); February has 29 when `year` is `nil`.
    static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let year else { return 29 }
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Exactly `digits` ASCII digits at `index`, advancing past them.
    static func number(_ scalars: [Unicode.Scalar], _ index: inout Int, digits: Int) -> Int? {
        guard index + digits <= scalars.count else { return nil }
        var value = 0
        for scalar in scalars[index..<index + digits] {
            guard ("0"..."9").contains(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        index += digits
        return value
    }

    private static func take(_ expected: Unicode.Scalar, _ scalars: [Unicode.Scalar], _ index: inout Int) -> Bool {
        guard index < scalars.count, scalars[index] == expected else { return false }
        index += 1
        return true
    }

    /// `Z`, `±HH:MM`, `±HHMM` or `±HH`, in seconds east of UTC.
    private static func utcOffset(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        let all = Array(scalars)
        if all == ["Z"] { return 0 }
        guard let sign = all.first, sign == "+" || sign == "-" else { return nil }
        var index = 1
        guard let hours = number(all, &index, digits: 2), hours <= 14 else { return nil }
        var minutes = 0
        if index < all.count {
            _ = take(":", all, &index)
            guard let value = number(all, &index, digits: 2), value < 60, index == all.count else { return nil }
            minutes = value
        }
        return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }
}
