extension Comparator {
    /// How a comparator measures agreement, with the thresholds of its fuzzy levels, strictest first.
    ///
    /// Each method's levels are exact, one per threshold, else and null (email has one more: the
    /// local part alone); see ``Comparator/levels``.
    public enum Method: Sendable, Hashable {
        /// Equal or not: levels exact, else, null.
        case exact
        /// Jaro-Winkler similarity at least each threshold (in 0...1, highest first).
        case jaroWinkler(thresholds: [Double] = [0.92, 0.8])
        /// Levenshtein distance at most each threshold (edit counts from 1, smallest first).
        case levenshtein(thresholds: [Int] = [1, 2])
        /// Damerau-Levenshtein (optimal string alignment) distance at most each threshold (edit
        /// counts from 1, smallest first).
        case damerauLevenshtein(thresholds: [Int] = [1, 2])
        /// Lower-case e-mail addresses split at the last `@`: the full address, the local part on
        /// another domain, then on the same domain a local part with Jaro-Winkler similarity at least
        /// each threshold (in 0...1, highest first). See ``Comparator`` for why the levels are so.
        case email(localPartThresholds: [Double] = [0.92])
        /// E.164 numbers: the full number, then the last digits, as many as each threshold (from 1,
        /// most first).
        case phone(lastDigits: [Int] = [8])
        /// Timestamps or day numbers: the same day, then at most each threshold of days apart
        /// (from 1, fewest first).
        case date(withinDays: [Int] = [1, 30])
        /// Numbers: equal, then an absolute difference at most each threshold (above 0, smallest first).
        case numeric(tolerance: [Double] = [1])

        /// The method's name as pipeline files and labels spell it, e.g. `jaro_winkler`.
        public var name: String {
            switch self {
            case .exact: "exact"
            case .jaroWinkler: "jaro_winkler"
            case .levenshtein: "levenshtein"
            case .damerauLevenshtein: "damerau_levenshtein"
            case .email: "email"
            case .phone: "phone"
            case .date: "date"
            case .numeric: "numeric"
            }
        }

        /// What kind of value the method compares.
        var valueKind: ValueKind {
            switch self {
            case .exact: .any
            case .jaroWinkler, .levenshtein, .damerauLevenshtein, .email, .phone: .text
            case .date: .date
            case .numeric: .number
            }
        }
    }

    /// The kind of value a method compares, to catch a comparator handed the wrong kind.
    enum ValueKind: String {
        case any, text, date, number
    }

    /// Stops on values of a kind the method does not compare: the caller wired a field to the wrong
    /// comparator, which no data can cause.
    func wrongValues(_ given: String) -> Never {
        preconditionFailure("comparator '\(method.name)' compares \(method.valueKind.rawValue), not \(given)")
    }
}
