import LeadreconLink
import LeadreconValues

/// The records the link stage works on: every record of the linkable sources (marketing, CRM
/// leads, people — not activities) in source order, with the normalised values its comparisons
/// and blocking rules need. The normalize stage's output.
///
/// Each normaliser runs once per distinct raw input (``RawValueIndex``), not once per record,
/// except for phones and e-mails, nine in ten of them distinct, which are normalised per record
/// from their bytes; text values are kept as ids into their distinct values (``LinkTextColumn``).
struct LinkRecords {
    /// Per record: which source (index into `sources`) and which row of that source's table.
    var source: [Int32] = []
    var row: [Int32] = []
    /// Per record: its id in its source, read from the source's table when asked.
    let recordID: RecordIDs
    let sources: [String]

    /// Normalised values, one column per canonical field that a comparison or rule reads.
    var text: [CanonicalField: LinkTextColumn] = [:]
    var timestamps: [CanonicalField: [Timestamp?]] = [:]
    var numbers: [CanonicalField: [Double?]] = [:]
    /// E-mail local parts of at least five characters (for the `email_local_part` rule: "info" or
    /// "a" say nothing about who it is).
    var emailLocalPart: LinkTextColumn

    var count: Int { source.count }

    /// Normalises the tables' records for the given fields.
    init(tables: [SourceTable], fields: Set<CanonicalField>) {
        sources = tables.map(\.name)
        let total = tables.reduce(0) { $0 + $1.count }
        source.reserveCapacity(total)
        row.reserveCapacity(total)
        for (sourceIndex, table) in tables.enumerated() {
            source.append(contentsOf: repeatElement(Int32(sourceIndex), count: table.count))
            row.append(contentsOf: (0..<Int32(table.count)))
        }
        recordID = RecordIDs(columns: tables.map { $0.texts(.recordID) }, source: source, row: row)

        // One job per normaliser, run side by side (each also spreads its distinct values over
        // both cores where its normaliser allows).
        let textFields = fields.filter { $0.kind == .text || $0.kind == .identifier }
        var jobs: [() -> [(field: CanonicalField?, column: LinkTextColumn)]] = [{
            let emails = Self.emails(tables)
            return [(nil, emails.localPart)] + (textFields.contains(.email) ? [(.email, emails.address)] : [])
        }]
        if textFields.contains(.firstName) || textFields.contains(.lastName) {
            jobs.append {
                let names = Self.names(tables)
                return (textFields.contains(.firstName) ? [(.firstName, names.first)] : [])
                    + (textFields.contains(.lastName) ? [(.lastName, names.last)] : [])
            }
        }
        // The longest jobs first (phones, then companies), so the short ones fill in at the end.
        func order(_ field: CanonicalField) -> Int { [.phone, .mobilePhone, .company].firstIndex(of: field) ?? 3 }
        for field in textFields.sorted(by: { (order($0), $0.rawValue) < (order($1), $1.rawValue) }) {
            switch field {
            case .email, .firstName, .lastName: break
            case .phone, .mobilePhone: jobs.append { [(field, Self.phones(tables, field: field))] }
            case .company:
                jobs.append {
                    // The company normaliser memoises as it goes: one per range of values.
                    [(field, Self.column(tables, .company) {
                        var companies = CompanyNormalizer()
                        return { companies.normalize($0.0)?.key }
                    })]
                }
            default:
                // Other text (postal code, street, city, …): the header folding keeps digits
                // ("10115", "Hauptstr. 12") and folds case, umlauts and separators.
                jobs.append { [(field, Self.column(tables, field) { { HeaderFolding.fold($0.0) } })] }
            }
        }
        var localPart: LinkTextColumn?
        for (field, column) in ParallelRanges.jobs(jobs.count, { jobs[$0]() }).joined() {
            if let field { text[field] = column } else { localPart = column }
        }
        emailLocalPart = localPart!
        for field in fields where field.kind == .timestamp {
            var column: [Timestamp?] = []
            column.reserveCapacity(total)
            for table in tables {
                guard let stamps = table.timestamps(field) else {
                    column.append(contentsOf: repeatElement(nil, count: table.count))
                    continue
                }
                for index in 0..<table.count { column.append(stamps[index]) }
            }
            timestamps[field] = column
        }
        for field in fields where field.kind == .number {
            var column: [Double?] = []
            column.reserveCapacity(total)
            for table in tables { for index in 0..<table.count { column.append(table.number(field, index)) } }
            numbers[field] = column
        }
    }

    /// The normalised value of `field` for record `index` as a key: text as normalised, dates as
    /// their UTC day number, numbers as written by Swift (for blocking on custom fields).
    func value(_ field: CanonicalField, _ index: Int) -> String? {
        if let column = text[field] { return column.text(index) }
        if let column = timestamps[field] { return column[index].map { Self.dayKey($0) } }
        if let column = numbers[field] { return column[index].map { "\($0)" } }
        return nil
    }

    /// The values of `field` as a text column of keys as ``value(_:_:)`` writes them: the text
    /// column itself, or dates and numbers interned by value (for blocking rules on them).
    func keyColumn(_ field: CanonicalField) -> LinkTextColumn? {
        if let column = text[field] { return column }
        if let column = timestamps[field] {
            // Day numbers interned as numbers; the top bit flipped keeps day -1 off `noPackedKey`.
            let days = column.map { stamp -> UInt64 in
                guard let stamp else { return BlockingKeyColumn.noPackedKey }
                return UInt64(bitPattern: stamp.secondsSinceEpoch / 86_400) ^ 1 << 63
            }
            return LinkTextColumn(values: BlockingKeyColumn(packedKeys: days) { key, arena in
                arena.append(contentsOf: "d\(Int64(bitPattern: key ^ 1 << 63))".utf8)
            })
        }
        var rawOfValue: [Int64: UInt32] = [:]
        var keys: [String?] = []
        var rawIDs = [UInt32](repeating: BlockingKeyColumn.noKeyID, count: count)
        func intern(_ record: Int, _ value: Int64, _ key: () -> String) {
            if let id = rawOfValue[value] { rawIDs[record] = id; return }
            let id = UInt32(keys.count)
            rawOfValue[value] = id
            keys.append(key())
            rawIDs[record] = id
        }
        if let column = numbers[field] {
            for (record, number) in column.enumerated() {
                guard let number else { continue }
                intern(record, Int64(bitPattern: number.bitPattern)) { "\(number)" }
            }
        } else {
            return nil
        }
        return LinkTextColumn(rawIDs: rawIDs, normalized: keys)
    }

    /// A date's blocking key: "d" and its UTC day number.
    static func dayKey(_ timestamp: Timestamp) -> String {
        "d\(timestamp.secondsSinceEpoch / 86_400)"
    }

    // MARK: - Normalisers, once per distinct input

    /// The distinct inputs of `parts` over all records, normalised on both cores: `normalizer()`
    /// makes the function for one range of values (a normaliser with a memo of its own, or a
    /// stateless function), so no state is shared between threads.
    private static func column(
        _ tables: [SourceTable], _ parts: CanonicalField...,
        normalizer: () -> ((String, String, String)) -> String?
    ) -> LinkTextColumn {
        let index = RawValueIndex(tables, parts: parts)
        let normalized = ParallelRanges.map(count: index.distinctCount, state: normalizer) { normalize, id in normalize(index.parts(id)) }
        return LinkTextColumn(rawIDs: index.recordIDs, normalized: normalized)
    }

    /// E-mail addresses and their local parts, per record straight from the cells' bytes into two
    /// key arenas (no `String` per value), half the records on each core. Per record rather than
    /// per distinct input: most addresses are distinct, and grouping them first cost more than
    /// it saved.
    private static func emails(_ tables: [SourceTable]) -> (address: LinkTextColumn, localPart: LinkTextColumn) {
        let normalizer = EmailNormalizer()
        var address = KeyArena(), localPart = KeyArena()
        for table in tables {
            let cells = table.texts(.email)
            let count = table.count, parts = count < 10_000 ? 1 : ParallelRanges.defaultWorkers
            let ranges = ParallelRanges.jobs(parts) { part -> (KeyArena, KeyArena) in
                let range = count * part / parts..<count * (part + 1) / parts
                var address = KeyArena(reservingKeys: range.count, bytes: range.count * 24)
                var localPart = KeyArena(reservingKeys: range.count, bytes: range.count * 12)
                for row in range {
                    if let cells {
                        cells.withBytes(row) {
                            normalizer.appendLinkKeys($0, address: &address, localPart: &localPart, minimumLocalPartCharacters: 5)
                        }
                    } else {
                        address.appendNoKey()
                        localPart.appendNoKey()
                    }
                }
                return (address, localPart)
            }
            address.append(contentsOf: ranges.map(\.0))
            localPart.append(contentsOf: ranges.map(\.1))
        }
        let columns = ParallelRanges.jobs(2) { LinkTextColumn(values: BlockingKeyColumn(keys: $0 == 0 ? address : localPart)) }
        return (columns[0], columns[1])
    }

    /// First and last name keys, from the name cells or, when both are empty, the full name.
    private static func names(_ tables: [SourceTable]) -> (first: LinkTextColumn, last: LinkTextColumn) {
        let index = RawValueIndex(tables, parts: [.firstName, .lastName, .fullName])
        // Only the two keys are kept per distinct name, not the whole normalised name (its display
        // forms and part keys were the largest transient of the normalize stage). On both cores,
        // a normaliser (with its transliteration cache) per range.
        let keys = ParallelRanges.map(count: index.distinctCount, state: { PersonNameNormalizer() }) { normalizer, id -> (String?, String?) in
            let (first, last, full) = index.parts(id)
            let keys = first.isEmpty && last.isEmpty
                ? normalizer.linkKeys(fullName: full) : normalizer.linkKeys(first: first, last: last)
            return (keys?.first, keys?.last)
        }
        let rawIDs = index.recordIDs
        let columns = ParallelRanges.jobs(2) { LinkTextColumn(rawIDs: rawIDs, normalized: keys.map($0 == 0 ? \.0 : \.1)) }
        return (columns[0], columns[1])
    }

    /// E.164 numbers in the record's country's numbering rules; the phone field falls back on the
    /// mobile number.
    ///
    /// Per record, not per distinct input (``RawValueIndex``): nine in ten numbers of a register
    /// are distinct, so grouping them first cost more than it saved. The numbers go from the cells'
    /// bytes into a key arena without a `String`, half the records on each core.
    private static func phones(_ tables: [SourceTable], field: CanonicalField) -> LinkTextColumn {
        let normalizer = PhoneNormalizer()
        var keys = KeyArena(reservingKeys: tables.reduce(0) { $0 + $1.count })
        for table in tables {
            let numbers = table.texts(field), mobiles = field == .phone ? table.texts(.mobilePhone) : nil
            let countries = table.texts(.country)
            let count = table.count, parts = count < 10_000 ? 1 : ParallelRanges.defaultWorkers
            let arenas = ParallelRanges.jobs(parts) { part -> KeyArena in
                let range = count * part / parts..<count * (part + 1) / parts
                var arena = KeyArena(reservingKeys: range.count, bytes: range.count * 14)
                var regions = CountryRegions(countries, default: normalizer.defaultRegion)
                for row in range {
                    let region = regions.region(row)
                    func append(_ column: TextColumn?) -> Bool {
                        column?.withBytes(row) { normalizer.appendE164($0, region: region, to: &arena) } ?? false
                    }
                    if !append(numbers), !append(mobiles) { arena.appendNoKey() }
                }
                return arena
            }
            keys.append(contentsOf: arenas)
        }
        return LinkTextColumn(values: BlockingKeyColumn(keys: keys))
    }

    /// The numbering region of each row's country cell (the default for an empty or unknown one),
    /// worked out once per distinct country where the column is dictionary-coded.
    private struct CountryRegions {
        let countries: TextColumn?
        let fallback: PhoneRegion
        /// Per interned country: its region, nil until first asked.
        var known: [PhoneRegion?]

        init(_ countries: TextColumn?, default fallback: PhoneRegion) {
            self.countries = countries
            self.fallback = fallback
            known = Array(repeating: nil, count: countries?.internedCount ?? 0)
        }

        mutating func region(_ row: Int) -> PhoneRegion {
            guard let countries, !countries.isEmpty(row) else { return fallback }
            guard let id = countries.internedID(row) else { return PhoneRegion(country: countries[row]) ?? fallback }
            if let region = known[id] { return region }
            let region = PhoneRegion(country: countries[row]) ?? fallback
            known[id] = region
            return region
        }
    }
}

/// The record ids of the link records, read from the sources' tables when asked: a second copy as
/// `[String]` cost about 64 bytes a record.
struct RecordIDs: Sendable {
    /// Each source's id column, in a class: read out of an array of `TextColumn?`, every look-up
    /// copied (retained and released) the column's arrays.
    private final class Column: Sendable {
        let values: TextColumn
        init(_ values: TextColumn?) { self.values = values ?? TextColumn() }
        /// Read inside the class: binding `values` to a local would copy it again.
        subscript(row: Int) -> String { row < values.count ? values[row] : "" }
        func withBytes<Result>(_ row: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            row < values.count ? values.withBytes(row, body) : body(UnsafeBufferPointer(start: nil, count: 0))
        }
    }
    private let columns: [Column]
    let source: [Int32]
    let row: [Int32]

    init(columns: [TextColumn?], source: [Int32], row: [Int32]) {
        self.columns = columns.map(Column.init)
        self.source = source
        self.row = row
    }

    subscript(record: Int) -> String {
        columns[Int(source[record])][Int(row[record])]
    }

    /// Calls `body` with the UTF-8 bytes of `record`'s id, without a `String` (the report writes
    /// a few million ids).
    func withBytes<Result>(_ record: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        columns[Int(source[record])].withBytes(Int(row[record]), body)
    }
}
