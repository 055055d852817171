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
    /// the UTF-8 of each is where `textSpans[i]` says for `fields[i]`, whose `values[i]` is then
    /// `.missing` (for a present identifier `.text("")`, which the missing-id check reads). The
    /// table stores bytes, so making a `String` per cell first was wasted work.
    let textAsBytes: Bool
    /// Per field, where its bytes are (unused unless `textAsBytes`).
    var textSpans: [TextSpan]
    /// The bytes of the spans not in the row: ids written in their canonical form, and the cells
    /// of rows held back while formats were detected.
    var textBytes: [UInt8] = []
    /// The start of the row the record was typed from, for the spans in it: valid only while the
    /// record is handed to the sink (a record is valid only during that call).
    nonisolated(unsafe) var rowBytes: UnsafePointer<UInt8>?

    /// Where a text field's bytes are: `count` bytes at `start` of the row (`inRow`) or of
    /// `textBytes`. Most cells are read where the reader left them (copying each into the record
    /// first cost more than storing it in the table).
    struct TextSpan {
        var start = 0
        var count = 0
        var inRow = false
    }
    /// Each field's kind, looked up once (per cell it was a switch over the fields).
    let kinds: [CanonicalField.Kind]

    init(fields: [CanonicalField], textAsBytes: Bool = false) {
        line = 0
        self.fields = fields
        values = Array(repeating: .missing, count: fields.count)
        self.textAsBytes = textAsBytes
        textSpans = textAsBytes ? Array(repeating: TextSpan(), count: fields.count) : []
        kinds = fields.map(\.kind)
    }

    /// Calls `body` with the UTF-8 of the text of the field in `slot` (empty when missing), without
    /// a `String` when ingest hands text over as bytes.
    func withText<Result>(_ slot: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if textAsBytes, kinds[slot].isText {
            let span = textSpans[slot]
            if span.inRow { return try body(UnsafeBufferPointer(start: rowBytes.map { $0 + span.start }, count: span.count)) }
            return try textBytes.withUnsafeBufferPointer {
                try body(UnsafeBufferPointer(rebasing: $0[span.start..<(span.start + span.count)]))
            }
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
