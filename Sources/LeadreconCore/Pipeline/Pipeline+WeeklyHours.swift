extension Pipeline {
    /// Weekly opening hours, such as `Mon-Fri 08:00-12:00 13:00-18:00, Sat 09:00-13:00`.
    ///
    /// Grammar: comma-separated groups; a group is a day or a day range (`Mon`..`Sun`, or the
    /// German `Mo Di Mi Do Fr Sa So`, any case) followed by one or more `HH:MM-HH:MM` ranges.
    /// Ranges lie within 00:00...24:00, end after they start, and do not overlap on any day.
    public struct WeeklyHours: Sendable, Hashable, CustomStringConvertible {
        /// Opening intervals indexed by `Weekday.rawValue - 1`, each day's sorted by start.
        private var days: [[OpeningInterval]]

        /// Monday to Friday, 08:00 to 18:00.
        public static let standard = WeeklyHours(
            uniform: OpeningInterval(startMinute: 8 * 60, endMinute: 18 * 60),
            on: [.monday, .tuesday, .wednesday, .thursday, .friday]
        )

        /// The same single interval on each of `weekdays`.
        public init(uniform interval: OpeningInterval, on weekdays: [Weekday]) {
            days = Array(repeating: [], count: 7)
            for day in weekdays { days[day.rawValue - 1] = [interval] }
        }

        /// Parses opening hours; `nil` if `text` does not follow the grammar.
        public init?(_ text: String) {
            guard let hours = try? Self.parse(text) else { return nil }
            self = hours
        }

        /// The opening intervals of `day`, sorted by start; empty on a closed day.
        public func intervals(on day: Weekday) -> [OpeningInterval] {
            days[day.rawValue - 1]
        }

        /// Minutes of opening time on `day`.
        public func openMinutes(on day: Weekday) -> Int {
            intervals(on: day).reduce(0) { $0 + $1.endMinute - $1.startMinute }
        }

        /// Hours of the longest open day (24 when never open): what "one working day" means in
        /// the report's first-touch buckets (10 h for Mon–Fri 08:00–18:00).
        public var longestDayHours: Double {
            let minutes = Weekday.allCases.map { openMinutes(on: $0) }.max() ?? 0
            return minutes > 0 ? Double(minutes) / 60 : 24
        }

        /// The hours in canonical form: runs of days with equal intervals joined, English names.
        public var description: String {
            var groups: [String] = []
            var index = 0
            while index < 7 {
                var end = index
                while end + 1 < 7, days[end + 1] == days[index] { end += 1 }
                if !days[index].isEmpty {
                    let first = Weekday.allCases[index].abbreviation
                    let span = end == index ? first : first + "-" + Weekday.allCases[end].abbreviation
                    groups.append(([span] + days[index].map(\.description)).joined(separator: " "))
                }
                index = end + 1
            }
            return groups.joined(separator: ", ")
        }

        /// Parses opening hours, saying what is wrong when they do not follow the grammar.
        static func parse(_ text: String) throws(ValueProblem) -> WeeklyHours {
            var hours = WeeklyHours(uniform: OpeningInterval(startMinute: 0, endMinute: 0), on: [])
            let groups = text.split(separator: ",", omittingEmptySubsequences: false)
            guard text.contains(where: { !$0.isWhitespace }) else {
                throw ValueProblem("opening hours are empty; write them like 'Mon-Fri 08:00-18:00'")
            }
            for group in groups {
                let tokens = group.split(whereSeparator: \.isWhitespace).map(String.init)
                guard let daySpan = tokens.first else {
                    throw ValueProblem("empty group between commas")
                }
                let weekdays = try parseDays(daySpan)
                guard tokens.count > 1 else {
                    throw ValueProblem("'\(daySpan)' has no hours; add a range such as 08:00-18:00")
                }
                for token in tokens.dropFirst() {
                    let interval = try OpeningInterval.parse(token)
                    for day in weekdays { try hours.add(interval, on: day) }
                }
            }
            return hours
        }

        private mutating func add(_ interval: OpeningInterval, on day: Weekday) throws(ValueProblem) {
            let index = day.rawValue - 1
            if let clash = days[index].first(where: { $0.overlaps(interval) }) {
                throw ValueProblem(
                    "hours overlap on \(day.abbreviation): \(clash) and \(interval)")
            }
            days[index].append(interval)
            days[index].sort { $0.startMinute < $1.startMinute }
        }

        private static func parseDays(_ token: String) throws(ValueProblem) -> [Weekday] {
            let ends = token.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard ends.count <= 2 else { throw ValueProblem("expected a day or a day range, got '\(token)'") }
            var found: [Weekday] = []
            for end in ends {
                guard let day = Weekday(abbreviation: end) else {
                    throw ValueProblem("unknown day '\(end)' (use Mon..Sun or Mo..So)")
                }
                found.append(day)
            }
            guard let first = found.first, let last = found.last else { return [] }
            guard first <= last else {
                throw ValueProblem("day range '\(token)' runs backwards; days go from Mon to Sun")
            }
            return Weekday.allCases.filter { $0 >= first && $0 <= last }
        }
    }
}
