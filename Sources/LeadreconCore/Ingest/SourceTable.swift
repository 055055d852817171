public import LeadreconValues

/// The loaded records of one source, column by column: compact typed arrays rather than one
/// object per record, so a million rows cost a few hundred bytes each.
public struct SourceTable: Sendable {
    public let name: String
    public let role: SourceRole
    /// The canonical fields this source carries.
    public let fields: [CanonicalField]
    /// Physical line of each record in its file.
    public private(set) var lines: [Int32] = []
    private var texts: [CanonicalField: TextColumn] = [:]
    private var instants: [CanonicalField: [Int64]] = [:]
    private var precisions: [CanonicalField: [UInt8]] = [:]
    private var numbers: [CanonicalField: [Double]] = [:]
    private var flags: [CanonicalField: [UInt8]] = [:]

    public init(name: String, role: SourceRole, fields: [CanonicalField]) {
        self.name = name
        self.role = role
        self.fields = fields
        for field in fields {
            switch field.kind {
            case .text, .identifier: texts[field] = TextColumn()
            case .timestamp: instants[field] = []; precisions[field] = []
            case .number: numbers[field] = []
            case .boolean: flags[field] = []
            }
        }
    }

    /// The number of records.
    public var count: Int { lines.count }

    /// Appends one typed record.
    mutating func append(_ record: CanonicalRecord) {
        lines.append(Int32(clamping: record.line))
        for (slot, field) in fields.enumerated() { append(record.values[slot], to: field) }
    }

    @inline(__always)
    private mutating func append(_ value: CanonicalValue, to field: CanonicalField) {
        switch field.kind {
        case .text, .identifier:
            texts[field]!.append(value.text ?? "")
        case .timestamp:
            let stamp = value.timestamp
            instants[field]!.append(stamp?.secondsSinceEpoch ?? 0)
            precisions[field]!.append(stamp.map { $0.precision == .date ? 1 : 2 } ?? 0)
        case .number:
            numbers[field]!.append(value.number ?? .nan)
        case .boolean:
            flags[field]!.append(value.boolean.map { $0 ? 1 : 0 } ?? 2)
        }
    }

    /// The text of `field` in record `index`; empty when missing or not carried.
    public func text(_ field: CanonicalField, _ index: Int) -> String {
        texts[field]?[index] ?? ""
    }

    /// Every record's text of `field` (empty when missing), for loops over all records that should
    /// not look the column up per record; `nil` when the table has no such field.
    public func texts(_ field: CanonicalField) -> TextColumn? {
        texts[field]
    }

    /// Every record's timestamp of `field`, for loops over all records; `nil` when the table has
    /// no such field.
    func timestamps(_ field: CanonicalField) -> TimestampColumn? {
        guard let instants = instants[field], let precisions = precisions[field] else { return nil }
        return TimestampColumn(instants: instants, precisions: precisions)
    }

    /// Every record's number of `field` (NaN when missing); `nil` when the table has no such field.
    func numbers(_ field: CanonicalField) -> [Double]? {
        numbers[field]
    }

    /// The timestamp of `field` in record `index`, or `nil` when missing.
    public func timestamp(_ field: CanonicalField, _ index: Int) -> Timestamp? {
        guard let precision = precisions[field]?[index], precision != 0 else { return nil }
        return Timestamp(secondsSinceEpoch: instants[field]![index], precision: precision == 1 ? .date : .datetime)
    }

    /// The number of `field` in record `index`, or `nil` when missing.
    public func number(_ field: CanonicalField, _ index: Int) -> Double? {
        guard let value = numbers[field]?[index], !value.isNaN else { return nil }
        return value
    }

    /// The boolean of `field` in record `index`, or `nil` when missing.
    public func boolean(_ field: CanonicalField, _ index: Int) -> Bool? {
        guard let value = flags[field]?[index], value != 2 else { return nil }
        return value == 1
    }

    /// Whether the source carries `field`.
    public func has(_ field: CanonicalField) -> Bool { fields.contains(field) }
}

/// One timestamp column of a ``SourceTable``, taken out once for a loop over its records.
struct TimestampColumn {
    let instants: [Int64]
    /// 0 missing, 1 date only, 2 date and time.
    let precisions: [UInt8]

    subscript(row: Int) -> Timestamp? {
        let precision = precisions[row]
        guard precision != 0 else { return nil }
        return Timestamp(secondsSinceEpoch: instants[row], precision: precision == 1 ? .date : .datetime)
    }
}
