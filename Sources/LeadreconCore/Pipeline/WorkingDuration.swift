/// A length of time as the rules state it: in working time of a calendar, or in calendar days.
///
/// Written `90m`, `8h`, `1d`, `1d4h`, `14cd`: `m` minutes and `h` hours of opening time, `d`
/// working days (days of opening hours: `1d` is 10 hours under Mon–Fri 08:00–18:00, but kept as a
/// day so that a calendar with other hours measures it in its own days), and `cd` calendar days
/// counted around the clock. `cd` stands alone; the other units go largest first, each once.
public enum WorkingDuration: Sendable, Hashable, CustomStringConvertible {
    /// Working days plus minutes of opening time.
    case working(days: Int, minutes: Int)
    /// Calendar days, weekends and holidays included.
    case calendarDays(Int)

    /// `count` hours of opening time.
    public static func hours(_ count: Int) -> WorkingDuration {
        .working(days: 0, minutes: count * 60)
    }

    /// `count` days of opening hours.
    public static func workingDays(_ count: Int) -> WorkingDuration {
        .working(days: count, minutes: 0)
    }

    /// Parses a duration; `nil` if `text` is not one.
    public init?(_ text: String) {
        guard let duration = try? Self.parse(text) else { return nil }
        self = duration
    }

    /// The duration in its shortest written form, e.g. `1d4h`, `1h30m`, `14cd`, `0h`.
    public var description: String {
        switch self {
        case .calendarDays(let days):
            return "\(days)cd"
        case .working(let days, let minutes):
            var text = days > 0 ? "\(days)d" : ""
            if minutes >= 60 { text += "\(minutes / 60)h" }
            if minutes % 60 > 0 { text += "\(minutes % 60)m" }
            return text.isEmpty ? "0h" : text
        }
    }

    /// Units in the order they must be written, with their size in minutes (days are kept apart).
    private static let workingUnits: [(unit: String, minutes: Int)] = [("d", 0), ("h", 60), ("m", 1)]

    /// Parses a duration, saying what is wrong when `text` is not one.
    static func parse(_ text: String) throws(ValueProblem) -> WorkingDuration {
        let components = try Self.components(of: text)
        guard !components.isEmpty else {
            throw ValueProblem("expected a duration such as 8h, 90m, 1d or 14cd, got '\(text)'")
        }
        if components.contains(where: { $0.unit == "cd" }) {
            guard components.count == 1 else {
                throw ValueProblem("'cd' (calendar days) cannot be combined with other units in '\(text)'")
            }
            return .calendarDays(components[0].count)
        }
        var days = 0, minutes = 0, nextUnit = 0
        for (count, unit) in components {
            guard let position = workingUnits.firstIndex(where: { $0.unit == unit }) else {
                throw ValueProblem("unknown unit '\(unit)' in '\(text)' (use m, h, d or cd)")
            }
            guard position >= nextUnit else {
                throw ValueProblem("units in '\(text)' must go from days to minutes, each once")
            }
            nextUnit = position + 1
            if unit == "d" { days = count } else { minutes += count * workingUnits[position].minutes }
        }
        return .working(days: days, minutes: minutes)
    }

    /// Splits `1d 4h` into `[(1, "d"), (4, "h")]`.
    private static func components(of text: String) throws(ValueProblem) -> [(count: Int, unit: String)] {
        var result: [(count: Int, unit: String)] = []
        var scalars = text.unicodeScalars[...]
        while true {
            while let first = scalars.first, first == " " { scalars.removeFirst() }
            guard !scalars.isEmpty else { return result }
            let digits = scalars.prefix { ("0"..."9").contains($0) }
            guard !digits.isEmpty else {
                throw ValueProblem("expected a duration such as 8h, 90m, 1d or 14cd, got '\(text)'")
            }
            guard digits.count <= 7, let count = Int(String(digits)) else {
                throw ValueProblem("'\(text)' is too long a duration")
            }
            scalars = scalars.dropFirst(digits.count)
            while let first = scalars.first, first == " " { scalars.removeFirst() }
            let unit = scalars.prefix { $0.properties.isAlphabetic }
            guard !unit.isEmpty else {
                throw ValueProblem("missing unit after \(count) in '\(text)' (use m, h, d or cd)")
            }
            scalars = scalars.dropFirst(unit.count)
            result.append((count, String(unit)))
        }
    }
}
