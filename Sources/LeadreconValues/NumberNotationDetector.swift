/// Decides whether one column's numbers are in German or English notation, from its values.
///
/// A value proves a notation when only that notation reads it: both separators (`1.234,56`),
/// a separator not followed by exactly three digits (`1,5`, `1.25`), a leading zero (`0,125`), or
/// the same separator twice (`1.234.567`). `1.234` and `1,234` prove nothing. With no proof, the
/// `fallback` given by the caller decides (for example German for a `;`-delimited Excel file).
///
/// Feed it values with `add(_:)`, then read `decision`; it keeps counters only.
public struct NumberNotationDetector: Sendable {
    /// The notation taken when no value decides, or when the evidence is evenly split.
    public let fallback: NumberNotation
    private var germanEvidence = 0
    private var englishEvidence = 0
    private var ambiguous = 0

    /// A detector that falls back to `fallback` when the values do not decide.
    public init(fallback: NumberNotation) {
        self.fallback = fallback
    }

    /// Counts one cell's UTF-8 bytes as evidence; blank cells and cells that are no valid number
    /// (`1.23.456`) count for nothing.
    public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard case .value(let cell) = NumberSyntax.cell(bytes) else { return }
        switch NumberSyntax.evidence(bytes, body: cell.body) {
        case .german? where Self.isNumber(bytes, cell, decimal: NumberSyntax.comma): germanEvidence += 1
        case .english? where Self.isNumber(bytes, cell, decimal: NumberSyntax.dot): englishEvidence += 1
        case .ambiguous?: ambiguous += 1
        default: break
        }
    }

    private static func isNumber(
        _ bytes: UnsafeBufferPointer<UInt8>, _ cell: NumberSyntax.Cell, decimal: UInt8
    ) -> Bool {
        NumberParser.magnitude(bytes, body: cell.body, decimal: decimal) != nil
    }

    /// Counts one cell's text as evidence.
    public mutating func add(_ text: String) {
        text.withUTF8Bytes { add($0) }
    }

    /// The decision for all values added so far.
    public var decision: NumberNotationDecision {
        let notation: NumberNotation
        let reason: String
        switch (germanEvidence, englishEvidence) {
        case (0, 0):
            notation = fallback
            let seen = ambiguous == 0
                ? "no value has a decimal or thousands separator that decides"
                : "no value proves a notation "
                    + "(\(ambiguous) \(ambiguous == 1 ? "is" : "are") ambiguous like 1.234)"
            reason = "\(Self.name(notation)) by default: \(seen)"
        case (_, 0):
            notation = .german
            reason = "german: \(Self.count(germanEvidence)) only valid in German notation "
                + "(',' decimal, '.' thousands)"
        case (0, _):
            notation = .english
            reason = "english: \(Self.count(englishEvidence)) only valid in English notation "
                + "('.' decimal, ',' thousands)"
        default:
            notation = germanEvidence == englishEvidence
                ? fallback : (germanEvidence > englishEvidence ? .german : .english)
            let tieBreak = germanEvidence == englishEvidence ? "the fallback" : "the majority"
            reason = "conflict: \(Self.count(germanEvidence)) only valid in German notation but "
                + "\(Self.count(englishEvidence)) only valid in English notation; "
                + "reading \(Self.name(notation)) by \(tieBreak)"
        }
        return NumberNotationDecision(
            notation: notation, reason: reason, germanEvidence: germanEvidence,
            englishEvidence: englishEvidence, ambiguous: ambiguous,
            isConflict: germanEvidence > 0 && englishEvidence > 0,
            isDefault: germanEvidence == 0 && englishEvidence == 0)
    }

    /// Decides from a whole sample at once.
    public static func decide(
        _ samples: some Sequence<String>, fallback: NumberNotation
    ) -> NumberNotationDecision {
        var detector = NumberNotationDetector(fallback: fallback)
        for sample in samples { detector.add(sample) }
        return detector.decision
    }

    private static func name(_ notation: NumberNotation) -> String {
        notation == .german ? "german" : "english"
    }

    /// "1 value is" / "12 values are".
    private static func count(_ number: Int) -> String {
        number == 1 ? "1 value is" : "\(number) values are"
    }
}
