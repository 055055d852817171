extension Pipeline {
    /// A span of opening time within one day, in minutes since midnight (end up to 24:00).
    public struct OpeningInterval: Sendable, Hashable, CustomStringConvertible {
        /// Minutes since midnight at which the interval opens.
        public var startMinute: Int
        /// Minutes since midnight at which it closes; 1440 means midnight at the day's end.
        public var endMinute: Int

        /// An interval from `startMinute` to `endMinute` (minutes since midnight).
        public init(startMinute: Int, endMinute: Int) {
            self.startMinute = startMinute
            self.endMinute = endMinute
        }

        /// `HH:MM-HH:MM`.
        public var description: String {
            Self.clock(startMinute) + "-" + Self.clock(endMinute)
        }

        func overlaps(_ other: OpeningInterval) -> Bool {
            startMinute < other.endMinute && other.startMinute < endMinute
        }

        static func parse(_ token: String) throws(ValueProblem) -> OpeningInterval {
            let ends = token.split(separator: "-", omittingEmptySubsequences: false)
            guard ends.count == 2 else {
                throw ValueProblem("expected a time range such as 08:00-18:00, got '\(token)'")
            }
            let start = try minutes(String(ends[0]))
            let end = try minutes(String(ends[1]))
            guard start < end else {
                throw ValueProblem("time range '\(token)' ends before it starts")
            }
            return OpeningInterval(startMinute: start, endMinute: end)
        }

        private static func minutes(_ text: String) throws(ValueProblem) -> Int {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
                  parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                  let hour = Int(parts[0]), let minute = Int(parts[1]),
                  hour >= 0, minute >= 0, minute < 60, hour * 60 + minute <= 24 * 60
            else {
                throw ValueProblem("'\(text)' is not a time of day (00:00 to 24:00)")
            }
            return hour * 60 + minute
        }

        private static func clock(_ minutes: Int) -> String {
            let hour = minutes / 60, minute = minutes % 60
            return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
        }
    }
}
