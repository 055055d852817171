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
    /// The columns by kind, each array in the order of `fields`; a record's field `fields[i]` is in
    /// the column `columnOfSlot[i]` of its kind. Arrays indexed by slot, not dictionaries keyed by
    /// field: appending hashed a field per cell, tens of millions of times at a million leads.
    private var texts: [TextColumn] = []
    private var instants: [[Int64]] = []
    private var precisions: [[UInt8]] = []
    private var numbers: [[Double]] = []
    private var flags: [[UInt8]] = []
    private let columnOfSlot: [Int]
    private let columnOfField: [CanonicalField: Int]

    public init(name: String, role: SourceRole, fields: [CanonicalField]) {
        self.name = name
        self.role = role
        self.fields = fields
        var columnOfSlot: [Int] = []
        for field in fields {
            switch field.kind {
            case .text, .identifier: columnOfSlot.append(texts.count); texts.append(TextColumn())
            case .timestamp: columnOfSlot.append(instants.count); instants.append([]); precisions.append([])
            case .number: columnOfSlot.append(numbers.count); numbers.append([])
            case .boolean: columnOfSlot.append(flags.count); flags.append([])
            }
        }
        self.columnOfSlot = columnOfSlot
        columnOfField = Dictionary(uniqueKeysWithValues: zip(fields, columnOfSlot))
    }

    /// The number of records.
    public var count: Int { lines.count }

    /// Appends one typed record.
    mutating func append(_ record: CanonicalRecord) {
        lines.append(Int32(clamping: record.line))
        for slot in fields.indices {
            let column = columnOfSlot[slot]
            switch record.kinds[slot] {
            case .text, .identifier:
                if record.textAsBytes {
                    record.withText(slot) { texts[column].append(bytes: $0) }
                } else {
                    texts[column].append(record.values[slot].text ?? "")
                }
            case .timestamp:
                let stamp = record.values[slot].timestamp
                instants[column].append(stamp?.secondsSinceEpoch ?? 0)
                precisions[column].append(stamp.map { $0.precision == .date ? 1 : 2 } ?? 0)
            case .number:
                numbers[column].append(record.values[slot].number ?? .nan)
            case .boolean:
                flags[column].append(record.values[slot].boolean.map { $0 ? 1 : 0 } ?? 2)
            }
        }
    }

    /// The column of `field` among those of `kind`, if the table carries it and it is of that kind
    /// (text covers identifiers).
    private func column(_ field: CanonicalField, _ kind: CanonicalField.Kind) -> Int? {
        let fieldKind = field.kind == .identifier ? .text : field.kind
        return fieldKind == kind ? columnOfField[field] : nil
    }

    /// The text of `field` in record `index`; empty when missing or not carried.
    public func text(_ field: CanonicalField, _ index: Int) -> String {
        column(field, .text).map { texts[$0][index] } ?? ""
    }

    /// Every record's text of `field` (empty when missing), for loops over all records that should
    /// not look the column up per record; `nil` when the table has no such field.
    public func texts(_ field: CanonicalField) -> TextColumn? {
        column(field, .text).map { texts[$0] }
    }

    /// Every record's timestamp of `field`, for loops over all records; `nil` when the table has
    /// no such field.
    func timestamps(_ field: CanonicalField) -> TimestampColumn? {
        column(field, .timestamp).map { TimestampColumn(instants: instants[$0], precisions: precisions[$0]) }
    }

    /// Every record's number of `field` (NaN when missing); `nil` when the table has no such field.
    func numbers(_ field: CanonicalField) -> [Double]? {
        column(field, .number).map { numbers[$0] }
    }

    /// The timestamp of `field` in record `index`, or `nil` when missing.
    public func timestamp(_ field: CanonicalField, _ index: Int) -> Timestamp? {
        guard let column = column(field, .timestamp), precisions[column][index] != 0 else { return nil }
        return Timestamp(secondsSinceEpoch: instants[column][index], precision: precisions[column][index] == 1 ? .date : .datetime)
    }

    /// The number of `field` in record `index`, or `nil` when missing.
    public func number(_ field: CanonicalField, _ index: Int) -> Double? {
        guard let column = column(field, .number), !numbers[column][index].isNaN else { return nil }
        return numbers[column][index]
    }

    /// The boolean of `field` in record `index`, or `nil` when missing.
    public func boolean(_ field: CanonicalField, _ index: Int) -> Bool? {
        guard let column = column(field, .boolean), flags[column][index] != 2 else { return nil }
        return flags[column][index] == 1
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
