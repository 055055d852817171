public import LeadreconValues

/// One typed cell of a canonical record.
public enum CanonicalValue: Sendable, Equatable {
    case missing
    case text(String)
    case timestamp(Timestamp)
    case number(Double)
    case boolean(Bool)

    public var text: String? { if case .text(let value) = self { value } else { nil } }
    public var timestamp: Timestamp? { if case .timestamp(let value) = self { value } else { nil } }
    public var number: Double? { if case .number(let value) = self { value } else { nil } }
    public var boolean: Bool? { if case .boolean(let value) = self { value } else { nil } }
}

/// A source row mapped and typed: `values[i]` belongs to `fields[i]` of the source's column plan.
/// Reused from row to row during ingest.
public struct CanonicalRecord: Sendable {
    public var line: Int
    public var fields: [CanonicalField]
    public var values: [CanonicalValue]
    /// Whether text and identifier fields come as bytes (when ingest loads a table or touches):
    /// the UTF-8 of each is `textBytes[textRanges[i]]` for `fields[i]`, whose `values[i]` is then
    /// `.missing` (for a present identifier `.text("")`, which the missing-id check reads). The
    /// table stores bytes, so making a `String` per cell first was wasted work.
    let textAsBytes: Bool
    /// Per field, its bytes' range in `textBytes` (empty unless `textAsBytes`).
    var textRanges: [Range<Int>]
    var textBytes: [UInt8] = []
    /// Each field's kind, looked up once (per cell it was a switch over the fields).
    let kinds: [CanonicalField.Kind]

    init(fields: [CanonicalField], textAsBytes: Bool = false) {
        line = 0
        self.fields = fields
        values = Array(repeating: .missing, count: fields.count)
        self.textAsBytes = textAsBytes
        textRanges = textAsBytes ? Array(repeating: 0..<0, count: fields.count) : []
        kinds = fields.map(\.kind)
    }

    /// Calls `body` with the UTF-8 of the text of the field in `slot` (empty when missing), without
    /// a `String` when ingest hands text over as bytes.
    func withText<Result>(_ slot: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if textAsBytes, kinds[slot].isText {
            return try textBytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[textRanges[slot]])) }
        }
        var text = values[slot].text ?? ""
        return try text.withUTF8(body)
    }

    /// The value of `field`, `.missing` when the source does not carry it.
    public subscript(field: CanonicalField) -> CanonicalValue {
        guard let slot = fields.firstIndex(of: field) else { return .missing }
        return values[slot]
    }
}
