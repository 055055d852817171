extension Pipeline {
    /// One field comparison of the Fellegi–Sunter model.
    ///
    /// A comparison sorts a pair into levels: exact, one fuzzy level per threshold (strictest
    /// first), else; a missing value on either side is the null level and carries no weight.
    /// So `levelCount` is `thresholds.count + 2` (for `email`, one more: the same local part on
    /// another domain sits between exact and the same-domain fuzzy levels), and fixed `m`/`u` give
    /// one probability per level.
    public struct Comparison: Sendable, Equatable {
        /// The canonical field compared.
        public var field: CanonicalField
        /// How the two values are compared.
        public var method: ComparisonMethod
        /// The fuzzy levels' thresholds; what a number means depends on ``method``.
        public var thresholds: [Double]
        /// Fixed m probabilities per level, instead of estimating them; they add up to 1.
        public var m: [Double]?
        /// Fixed u probabilities per level, instead of estimating them; they add up to 1.
        public var u: [Double]?
        /// Whether the exact level's weight is adjusted by how common the value is.
        public var termFrequency: Bool

        /// A comparison of `field`; method, thresholds and term-frequency adjustment default per field.
        public init(
            field: CanonicalField,
            method: ComparisonMethod? = nil,
            thresholds: [Double]? = nil,
            m: [Double]? = nil,
            u: [Double]? = nil,
            termFrequency: Bool? = nil
        ) {
            let method = method ?? ComparisonMethod.default(for: field)
            self.field = field
            self.method = method
            self.thresholds = thresholds ?? method.defaultThresholds
            self.m = m
            self.u = u
            self.termFrequency = termFrequency ?? Self.isNameField(field)
        }

        /// Levels other than null: exact, one per threshold, else (and for `email` the extra
        /// "same local part, other domain" level), as LeadreconLink's `Comparator` builds them.
        public var levelCount: Int { thresholds.count + (method == .email ? 3 : 2) }

        /// The comparisons used when the pipeline file names none: the lead fields.
        public static let defaults: [Comparison] = [
            Comparison(field: .email), Comparison(field: .phone), Comparison(field: .firstName),
            Comparison(field: .lastName), Comparison(field: .company),
        ]

        /// Fields whose common values ("Müller") say less than rare ones ("Przybylski").
        static func isNameField(_ field: CanonicalField) -> Bool {
            [.firstName, .lastName, .fullName].contains(field)
        }
    }

    /// How a comparison measures the agreement of two values, and what its thresholds mean.
    public enum ComparisonMethod: String, Sendable, CaseIterable {
        /// Equal or not; takes no thresholds.
        case exact
        /// Jaro-Winkler similarity; thresholds are similarities in 0...1, strictest first.
        case jaroWinkler = "jaro_winkler"
        /// Levenshtein distance; thresholds are edit counts, strictest (smallest) first.
        case levenshtein
        /// Damerau-Levenshtein distance (a swap counts once); thresholds are edit counts.
        case damerauLevenshtein = "damerau_levenshtein"
        /// Full address exact, then Jaro-Winkler on the local part; thresholds are similarities.
        case email
        /// E.164 exact, then the last digits; thresholds are how many last digits must agree,
        /// strictest (most) first.
        case phone
        /// Dates exact, then within a number of days; thresholds are days, smallest first.
        case date
        /// Numbers exact, then within a tolerance; thresholds are absolute differences, smallest first.
        case numeric

        /// The method used when a comparison names none.
        public static func `default`(for field: CanonicalField) -> ComparisonMethod {
            switch field {
            // Exact address, not the `email` method's local-part levels: on lead data the local
            // part usually is the name ("elke.meyer-landrut@"), so those levels count the name a
            // second time and link namesakes at different companies. `method: email` is there
            // for data where that does not hold.
            case .email: .exact
            case .phone, .mobilePhone: .phone
            case .firstName, .lastName, .fullName, .company, .jobTitle: .jaroWinkler
            default:
                switch field.kind {
                case .timestamp: .date
                case .number: .numeric
                default: .exact
                }
            }
        }

        /// The thresholds used when a comparison names none.
        public var defaultThresholds: [Double] {
            switch self {
            case .exact: []
            case .jaroWinkler: [0.92, 0.8]
            // Same-domain local parts at least this alike: namesakes on one company domain
            // (`john.king@` / `john_king@`) make lower thresholds a liability.
            case .email: [0.92]
            case .levenshtein, .damerauLevenshtein: [1, 2]
            case .phone: [8]
            case .date: [1, 30]
            case .numeric: [1]
            }
        }
    }
}
