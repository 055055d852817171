extension Pipeline {
    /// A day of the week, numbered as ISO 8601 does: Monday is 1, Sunday 7.
    public enum Weekday: Int, Sendable, CaseIterable, Comparable {
        case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

        /// The English three-letter name: `Mon`..`Sun`.
        public var abbreviation: String {
            Self.english[rawValue - 1]
        }

        /// The day's number in Foundation's Gregorian calendar, where Sunday is 1.
        public var gregorianWeekday: Int {
            rawValue % 7 + 1
        }

        /// The day for an English (`Mon`) or German (`Mo`) abbreviation, in any case.
        public init?(abbreviation: String) {
            let folded = abbreviation.lowercased()
            if let index = Self.english.firstIndex(where: { $0.lowercased() == folded })
                ?? Self.german.firstIndex(where: { $0.lowercased() == folded }) {
                self.init(rawValue: index + 1)
            } else {
                return nil
            }
        }

        /// Monday first.
        public static func < (lhs: Self, rhs: Self) -> Bool {
            lhs.rawValue < rhs.rawValue
        }

        private static let english = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        private static let german = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
    }
}
