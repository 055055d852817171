import LeadreconCSV
import LeadreconValues

/// Turns the mapped cells of one row into a typed ``CanonicalRecord``: the per-row hot path of
/// ingest. Formats that vary between files (day-first dates, decimal commas) are decided once per
/// column from the first rows, then applied to every value.
struct RecordTyper {
    let input: SourceInput
    /// The canonical fields the source carries, in canonical order.
    let fields: [CanonicalField]
    /// The file column (0-based) of each field.
    let columns: [Int]
    let headers: [String]
    /// Notation for columns whose values never say (`1.234`): German for `;` files (German Excel).
    let fallbackNotation: NumberNotation
    private(set) var isDecided = false
    private var timestampParsers: [TimestampParser?]
    private var numberParsers: [NumberParser?]
    /// One per slot: repeated values of low-cardinality columns (status, owner, country, lead
    /// source) share one string instead of allocating per row.
    private var interners: [TextInterner]
    private var record: CanonicalRecord
    private let recordIDSlot: Int?
    private(set) var rowsRejected = 0
    private(set) var invalidValues: [String: Int] = [:]

    /// - Parameters:
    ///   - textAsBytes: hand `.text` fields over as bytes (``CanonicalRecord/textSpans``) instead
    ///     of strings, for a sink that stores bytes.
    ///   - only: type only these of the mapped fields (nil: all); the others are neither typed nor
    ///     checked, and the records do not carry them.
    init(input: SourceInput, mapping: HeaderMapping, header: [String], delimiter: UInt8, textAsBytes: Bool = false,
         only: Set<CanonicalField>? = nil) {
        self.input = input
        fallbackNotation = delimiter == UInt8(ascii: ";") ? .german : .english
        let mapped = mapping.columns.filter { only?.contains($0.key) ?? true }.sorted { $0.key < $1.key }
        fields = mapped.map(\.key)
        columns = mapped.map(\.value)
        headers = header
        timestampParsers = Array(repeating: nil, count: fields.count)
        numberParsers = Array(repeating: nil, count: fields.count)
        record = CanonicalRecord(fields: fields, textAsBytes: textAsBytes)
        interners = fields.map { _ in TextInterner() }
        recordIDSlot = fields.firstIndex(of: .recordID)
    }

    /// Decides date order and number notation per column from sample rows (every cell of the row,
    /// in file order) and returns the decisions for the report.
    mutating func decide(samples: [[String]]) -> [IngestReport.ValueDecision] {
        var decisions: [IngestReport.ValueDecision] = []
        for (slot, field) in fields.enumerated() {
            let column = columns[slot] + 1
            switch field.kind {
            case .timestamp:
                let order: DateOrder
                if let fixed = input.dateOrder {
                    order = fixed
                    decisions.append(.init(field: field.rawValue, column: column, decision: Self.name(order), reason: "set in the pipeline file"))
                } else {
                    var detector = DateOrderDetector()
                    for sample in samples { detector.add(sample[columns[slot]]) }
                    let decision = detector.decision
                    order = decision.order
                    // Only columns with day/month numbers need the decision reported (ISO dates do not).
                    if decision.dayFirstEvidence + decision.monthFirstEvidence + decision.undecided > 0 || decision.isConflict {
                        decisions.append(.init(field: field.rawValue, column: column, decision: Self.name(order), reason: decision.reason))
                    }
                }
                timestampParsers[slot] = TimestampParser(timeZone: input.timeZone, order: order)
            case .number:
                let notation: NumberNotation
                if let fixed = input.numberNotation {
                    notation = fixed
                } else {
                    var detector = NumberNotationDetector(fallback: fallbackNotation)
                    for sample in samples { detector.add(sample[columns[slot]]) }
                    notation = detector.decision.notation
                    decisions.append(.init(field: field.rawValue, column: column, decision: "\(notation)", reason: detector.decision.reason))
                }
                numberParsers[slot] = NumberParser(notation: notation)
            default:
                break
            }
        }
        isDecided = true
        return decisions
    }

    private static func name(_ order: DateOrder) -> String { order == .dayFirst ? "day_first" : "month_first" }

    /// Types a row straight from the reader's buffer.
    mutating func type(row: CSVRow, rejects: inout RejectsLedger, diagnostics: inout DiagnosticCollector,
                       report: inout IngestReport, record sink: (CanonicalRecord) throws -> Void) throws {
        record.line = row.line
        record.textBytes.removeAll(keepingCapacity: true)
        // Text cells are read in the row, where the reader left them.
        let rowBytes = row.allBytes.baseAddress
        record.rowBytes = rowBytes
        defer { record.rowBytes = nil }
        for slot in 0..<fields.count {
            // Text as bytes leaves the value `.missing` (as it was made): no enum written per cell.
            if record.textAsBytes, record.kinds[slot] == .text {
                record.textSpans[slot] = Self.span(Self.trimmed(row[columns[slot]]), in: rowBytes)
                continue
            }
            record.values[slot] = typeCell(slot, row[columns[slot]], rowBytes: rowBytes, line: row.line, diagnostics: &diagnostics)
        }
        try finish(rejects: &rejects, report: &report, sink: sink, raw: { row.strings.joined(separator: ",") })
    }

    /// The span of `cell`, which lies in the row starting at `rowBytes`.
    @inline(__always)
    private static func span(_ cell: UnsafeBufferPointer<UInt8>, in rowBytes: UnsafePointer<UInt8>?) -> CanonicalRecord.TextSpan {
        guard let rowBytes, let start = cell.baseAddress else { return .init() }
        return .init(start: start - rowBytes, count: cell.count, inRow: true)
    }

    /// Types a row held back during detection (every cell of the row, in file order, so that a
    /// rejected row's raw text is the same as for a row typed straight from the reader).
    mutating func type(line: Int, cells: [String], rejects: inout RejectsLedger, diagnostics: inout DiagnosticCollector,
                       report: inout IngestReport, record sink: (CanonicalRecord) throws -> Void) throws {
        record.line = line
        record.textBytes.removeAll(keepingCapacity: true)
        for slot in 0..<fields.count {
            var cell = cells[columns[slot]]
            record.values[slot] = cell.withUTF8 { typeCell(slot, $0, rowBytes: nil, line: line, diagnostics: &diagnostics) }
        }
        try finish(rejects: &rejects, report: &report, sink: sink, raw: { cells.joined(separator: ",") })
    }

    private mutating func finish(rejects: inout RejectsLedger, report: inout IngestReport,
                                 sink: (CanonicalRecord) throws -> Void, raw: () -> String) throws {
        if let slot = recordIDSlot, case .missing = record.values[slot] {
            rowsRejected += 1
            report.rejectsByReason["missing_record_id", default: 0] += 1
            rejects.add(source: input.name, file: input.path, RejectedRow(
                line: record.line, endLine: record.line,
                reason: .other(code: "missing_record_id", message: "the record id ('\(headers[columns[slot]])') is empty"),
                raw: raw()))
            return
        }
        try sink(record)
    }

    /// - Parameter rowBytes: the start of the row `raw` lies in, whose cells a text span may point
    ///   into; nil for a row held back (its cells are copied into the record).
    @inline(__always)
    private mutating func typeCell(_ slot: Int, _ raw: UnsafeBufferPointer<UInt8>, rowBytes: UnsafePointer<UInt8>?, line: Int,
                                   diagnostics: inout DiagnosticCollector) -> CanonicalValue {
        let bytes = Self.trimmed(raw)
        let kind = record.kinds[slot]
        if kind == .text, record.textAsBytes {
            if rowBytes != nil { record.textSpans[slot] = Self.span(bytes, in: rowBytes) } else { appendText(slot, bytes) }
            return .missing
        }
        if kind == .identifier, record.textAsBytes {
            // Ids as bytes too (three per activity): `.text("")` marks one as present, for the
            // missing-id check; its text is in the row when already canonical, else in `textBytes`.
            if bytes.isEmpty {
                record.textSpans[slot] = .init()
                return .missing
            }
            // Read where they stand: Salesforce ids already in their canonical form, and clean
            // ids of other lengths (only 15- and 18-character ids are rewritten as Salesforce's).
            if rowBytes != nil, SalesforceID.isCanonical(bytes: bytes) || (bytes.count != 15 && bytes.count != 18 && RecordIDText.isClean(bytes)) {
                record.textSpans[slot] = Self.span(bytes, in: rowBytes)
                return .text("")
            }
            let start = record.textBytes.count
            defer { record.textSpans[slot] = .init(start: start, count: record.textBytes.count - start) }
            if SalesforceID.appendCanonical(bytes: bytes, to: &record.textBytes) { return .text("") }
            if RecordIDText.isClean(bytes) {
                record.textBytes.append(contentsOf: bytes)
            } else {
                record.textBytes.append(contentsOf: identifier(String(decoding: bytes, as: UTF8.self), slot: slot, line: line,
                                                               diagnostics: &diagnostics).utf8)
            }
            return .text("")
        }
        if bytes.isEmpty { return .missing }
        switch kind {
        case .text:
            return .text(interners[slot].string(bytes))
        case .identifier:
            if let canonical = SalesforceID.canonical(bytes: bytes) { return .text(canonical) }
            if RecordIDText.isClean(bytes) { return .text(String(decoding: bytes, as: UTF8.self)) }
            return .text(identifier(String(decoding: bytes, as: UTF8.self), slot: slot, line: line, diagnostics: &diagnostics))
        case .timestamp:
            switch timestampParsers[slot]!.parse(bytes) {
            case .value(let stamp): return .timestamp(stamp)
            case .empty: return .missing
            case .invalid:
                invalid(slot, bytes, line: line, what: "a date or time", diagnostics: &diagnostics)
                return .missing
            }
        case .number:
            switch numberParsers[slot]!.parse(bytes) {
            case .value(let number): return .number(number)
            case .empty: return .missing
            case .invalid:
                invalid(slot, bytes, line: line, what: "a number", diagnostics: &diagnostics)
                return .missing
            }
        case .boolean:
            switch BooleanParser.parse(bytes) {
            case .value(let flag): return .boolean(flag)
            case .empty: return .missing
            case .invalid:
                invalid(slot, bytes, line: line, what: "a yes/no value", diagnostics: &diagnostics)
                return .missing
            }
        }
    }

    /// Appends a text cell's bytes for a table or touch log that stores bytes.
    @inline(__always)
    private mutating func appendText(_ slot: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        let start = record.textBytes.count
        record.textBytes.append(contentsOf: bytes)
        record.textSpans[slot] = .init(start: start, count: bytes.count)
    }

    /// Salesforce ids become their 18-character form before any join; spreadsheet damage to
    /// numeric ids (`477209.0`) is undone, and what cannot be undone (`4.33E+11`) is reported.
    private mutating func identifier(_ text: String, slot: Int, line: Int, diagnostics: inout DiagnosticCollector) -> String {
        let cleaned = RecordIDText.clean(text)
        if let warning = cleaned.warning {
            invalidValues["damaged_id", default: 0] += 1
            diagnostics.add(Diagnostic(severity: .warning, code: "damaged_id", message: "'\(text)' in '\(headers[columns[slot]])': \(warning)",
                                       file: input.path, line: line, column: columns[slot] + 1))
        }
        return cleaned.id
    }

    private mutating func invalid(_ slot: Int, _ bytes: UnsafeBufferPointer<UInt8>, line: Int, what: String,
                                  diagnostics: inout DiagnosticCollector) {
        let code = "invalid_\(fields[slot].kind)"
        invalidValues[code, default: 0] += 1
        let value = String(decoding: bytes.prefix(80), as: UTF8.self)
        diagnostics.add(Diagnostic(severity: .warning, code: code,
                                   message: "'\(value)' in '\(headers[columns[slot]])' is not \(what); left empty",
                                   file: input.path, line: line, column: columns[slot] + 1))
    }

    @inline(__always)
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}
