/// Grades a pair of values into a comparison level of the Fellegi–Sunter model, Splink-style.
///
/// A comparator is built once per field from a ``Method`` and its thresholds, and then asked for
/// the level of every candidate pair. Its ``levels`` run from the strongest agreement to "else" and
/// end with "null", so a model can size and check its m/u arrays against them; `level(_:_:)`
/// answers an index into them. The first level that a pair meets wins, so the levels are ordered
/// from most to least telling.
///
/// | method | levels |
/// | --- | --- |
/// | `exact` | exact, else, null |
/// | `jaroWinkler([0.92, 0.8])` | exact, jaro_winkler >= 0.92, jaro_winkler >= 0.8, else, null |
/// | `levenshtein([1, 2])` | exact, levenshtein <= 1, levenshtein <= 2, else, null |
/// | `damerauLevenshtein([1, 2])` | exact, damerau_levenshtein <= 1, damerau_levenshtein <= 2, else, null |
/// | `email([0.92])` | exact, exact local part, same domain and local part jaro_winkler >= 0.92, else, null |
/// | `phone([8])` | exact, last 8 digits, else, null |
/// | `date([1, 30])` | exact day, within 1 day, within 30 days, else, null |
/// | `numeric([1])` | exact, abs_diff <= 1, else, null |
///
/// Missing values: `nil`, empty text and a NaN number are null, whichever side they are on. Null is
/// its own level, not "else": a missing value is no evidence, and two blank cells are not a match.
///
/// E-mail: the same address is the strongest level. The same local part on another domain is next
/// (`jane.doe@gmail.com` and `jane.doe@acme.de`: one person's private and work addresses), though
/// weaker, as role names (`info@`, `sales@`) repeat across companies. A near local part counts only on
/// the same domain, as the weakest agreeing level: a company's mail server hands out distinct mailboxes,
/// so `john.king@acme.com` and `john_king@acme.com` are either a typing slip or two colleagues with
/// similar names — namesakes on one domain are common — and the pair must not borrow the weight of an
/// exact match. A level of its own lets the model learn how little it says. A near local part on
/// different domains is "else": it mostly repeats what the name comparisons already measure, which the
/// model's independence assumption would count twice.
///
/// Phone: the last digits catch one number written with different country or trunk prefixes, the
/// usual failure of normalising without a known region.
///
/// Dates: with day numbers, the day difference is exact. With timestamps it is the elapsed time
/// rounded to whole days, which for date-only values (local midnights, perhaps read in different
/// time zones, perhaps across a DST change) is the calendar-day difference; for date-times "exact
/// day" means within 12 hours. Convert to local day numbers once per record when calendar days of
/// date-times matter.
///
/// Performance: `level` allocates nothing; text is compared as UTF-8 bytes in place, and the string
/// measures use stack buffers (see ``StringSimilarity``). Edit distances stop early past the
/// loosest threshold.
public struct Comparator: Sendable, Hashable {
    /// How values are compared, with the thresholds of the fuzzy levels.
    public let method: Method
    /// The levels in order: index 0 the strongest agreement, then fuzzy levels, "else", and "null" last.
    public let levels: [ComparisonLevel]
    /// Similarity thresholds (Jaro-Winkler, e-mail) or tolerances (numeric), in the method's order.
    let fractions: [Double]
    /// Edit counts, digit counts or day counts, in the method's order.
    let counts: [Int]

    /// A comparator using `method`.
    /// - Precondition: The thresholds are valid for the method and strictest first, as ``Method``
    ///   describes them (a pipeline file's are checked before one is built).
    public init(_ method: Method) {
        self.method = method
        var fractions: [Double] = []
        var counts: [Int] = []
        var labels = ["exact"]
        switch method {
        case .exact:
            break
        case .jaroWinkler(let thresholds):
            Self.checkSimilarities(thresholds, method)
            fractions = thresholds
            labels += thresholds.map { "jaro_winkler >= \(Self.format($0))" }
        case .levenshtein(let thresholds), .damerauLevenshtein(let thresholds):
            Self.checkCounts(thresholds, increasing: true, method)
            counts = thresholds
            labels += thresholds.map { "\(method.name) <= \($0)" }
        case .email(let thresholds):
            Self.checkSimilarities(thresholds, method)
            fractions = thresholds
            labels.append("exact local part")
            labels += thresholds.map { "same domain, local part jaro_winkler >= \(Self.format($0))" }
        case .phone(let lastDigits):
            Self.checkCounts(lastDigits, increasing: false, method)
            counts = lastDigits
            labels += lastDigits.map { "last \($0) digits" }
        case .date(let withinDays):
            Self.checkCounts(withinDays, increasing: true, method)
            counts = withinDays
            labels[0] = "exact day"
            labels += withinDays.map { $0 == 1 ? "within 1 day" : "within \($0) days" }
        case .numeric(let tolerance):
            precondition(tolerance.allSatisfy { $0 > 0 && $0.isFinite },
                         "numeric tolerances are finite and above 0")
            precondition(zip(tolerance, tolerance.dropFirst()).allSatisfy { $0 < $1 },
                         "numeric tolerances go from smallest to largest")
            fractions = tolerance
            labels += tolerance.map { "abs_diff <= \(Self.format($0))" }
        }
        labels += ["else", "null"]
        self.fractions = fractions
        self.counts = counts
        self.levels = labels.enumerated().map { index, label in
            ComparisonLevel(index: index, label: label, isNull: index == labels.count - 1)
        }
    }

    /// The index of the null level (a value missing on either side): the last one.
    public var nullLevel: Int { levels.count - 1 }
    /// The index of the "else" level (both values present, no agreement): the one before null.
    public var elseLevel: Int { levels.count - 2 }

    private static func checkSimilarities(_ thresholds: [Double], _ method: Method) {
        precondition(thresholds.allSatisfy { $0 > 0 && $0 <= 1 },
                     "\(method.name) thresholds are similarities above 0 and up to 1")
        precondition(zip(thresholds, thresholds.dropFirst()).allSatisfy { $0 > $1 },
                     "\(method.name) thresholds go from highest to lowest")
    }

    private static func checkCounts(_ thresholds: [Int], increasing: Bool, _ method: Method) {
        precondition(thresholds.allSatisfy { $0 >= 1 }, "\(method.name) thresholds are whole numbers from 1")
        precondition(zip(thresholds, thresholds.dropFirst()).allSatisfy { increasing ? $0 < $1 : $0 > $1 },
                     "\(method.name) thresholds go from strictest to loosest")
    }

    /// A threshold for a label: whole numbers without a fraction (`1`, not `1.0`).
    private static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
