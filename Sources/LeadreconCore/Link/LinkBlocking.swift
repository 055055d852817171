import LeadreconLink

/// The pipeline's blocking rules as key columns over the link records: two records become a
/// candidate pair when they share the key of at least one rule.
enum LinkBlocking {
    /// The canonical fields the rules read.
    static func fields(of rules: [Pipeline.BlockingRule]) -> Set<CanonicalField> {
        var fields = Set<CanonicalField>()
        for rule in rules {
            switch rule {
            case .email, .emailLocalPart: fields.insert(.email)
            case .phone: fields.formUnion([.phone, .mobilePhone])
            case .firstLastName, .swappedNames: fields.formUnion([.firstName, .lastName])
            case .lastNameCompany: fields.formUnion([.lastName, .company])
            case .firstNameCompany: fields.formUnion([.firstName, .company])
            case .custom(_, let custom): fields.formUnion(custom)
            }
        }
        return fields
    }

    /// Each rule's key column. Keys are built from the normalised values' bytes (parts joined with
    /// `|`, as the warnings about skipped blocks show them), without a `String` per record.
    static func rules(_ rules: [Pipeline.BlockingRule], records: LinkRecords) -> [BlockingRule] {
        // Dates and numbers are keyed once, however many rules read them.
        var columns = records.text
        for field in fields(of: rules) where columns[field] == nil { columns[field] = records.keyColumn(field) }
        let keyed = KeyedColumns(columns: columns, emailLocalPart: records.emailLocalPart, count: records.count)
        // One rule's column per job, on both cores.
        return ParallelRanges.jobs(rules.count) { index in
            let rule = rules[index]
            let keys: BlockingKeyColumn = switch rule {
            case .email: keyColumn(keyed, [.text(.email)])
            case .phone: keyColumn(keyed, [.text(.phone)], fallback: [.text(.mobilePhone)])
            case .firstLastName: keyColumn(keyed, [.text(.firstName), .text(.lastName)])
            // Order-free, so "Anna Berg" and "Berg Anna" share it.
            case .swappedNames: keyColumn(keyed, [.text(.firstName), .text(.lastName)], sorted: true)
            case .emailLocalPart: keyColumn(keyed, [.emailLocalPart])
            case .lastNameCompany: keyColumn(keyed, [.text(.lastName), .text(.company)])
            case .firstNameCompany: keyColumn(keyed, [.text(.firstName), .text(.company)])
            case .custom(_, let fields): keyColumn(keyed, fields.map(KeyPart.field))
            }
            return BlockingRule(name: rule.name, keys: keys)
        }
    }

    /// The columns the rules' keys are made of: every field's keys (``LinkRecords/keyColumn(_:)``)
    /// and the e-mail local parts.
    private struct KeyedColumns: Sendable {
        let columns: [CanonicalField: LinkTextColumn]
        let emailLocalPart: LinkTextColumn
        let count: Int
    }

    /// Where a part of a key comes from.
    enum KeyPart {
        /// A field's normalised text, date or number (see `LinkRecords.keyColumn`).
        case field(CanonicalField)
        case emailLocalPart

        /// A text field (the rules above read better with it).
        static func text(_ field: CanonicalField) -> KeyPart { .field(field) }
    }

    /// The key column of parts joined with `|`; a record missing any part has no key (and then
    /// the `fallback` parts' key, if given). `sorted` orders two parts bytewise before joining.
    private static func keyColumn(_ records: KeyedColumns, _ parts: [KeyPart], fallback: [KeyPart] = [],
                                  sorted: Bool = false) -> BlockingKeyColumn {
        var keys = KeyArena(reservingKeys: records.count)
        var buffer: [UInt8] = []
        var pieces: [[UInt8]] = Array(repeating: [], count: max(parts.count, fallback.count))
        // Columns looked up once, not per record.
        func resolve(_ parts: [KeyPart]) -> [LinkTextColumn?] {
            parts.map { part in
                switch part {
                case .field(let field): records.columns[field]
                case .emailLocalPart: records.emailLocalPart
                }
            }
        }
        let primary = resolve(parts)
        // A fallback without any value (no mobile numbers) changes nothing.
        let fallbackColumns = resolve(fallback)
        let secondary = fallbackColumns.allSatisfy { $0?.values.distinctKeyCount == 0 } ? [] : fallbackColumns
        // One part: its value ids are already interned keys.
        if primary.count == 1, secondary.isEmpty, let column = primary[0] {
            return BlockingKeyColumn(keyIDs: column.ids, distinctKeys: column.values)
        }
        // Otherwise every record's key is written out and the column interned at once
        // (`BlockingKeyColumn.init(keys:)`); two parts straight from their columns' bytes.
        if primary.count == 2, secondary.isEmpty, let first = primary[0], let second = primary[1] {
            return pairKeyColumn(first, second, sorted: sorted)
        }
        // One part, else one fallback part (phone, else mobile): the value of whichever the
        // record has, copied from its column's distinct values.
        if primary.count == 1, secondary.count <= 1 {
            let columns = [primary[0], secondary.first ?? nil].compactMap { $0 }
            for record in 0..<records.count {
                var keyed = false
                for column in columns where !keyed {
                    let id = column.ids[record]
                    guard id != BlockingKeyColumn.noKeyID else { continue }
                    column.values.withUnsafeStorage { _, arena, offsets in
                        keys.append(UnsafeBufferPointer(rebasing: arena[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])]))
                    }
                    keyed = true
                }
                if !keyed { keys.appendNoKey() }
            }
            return BlockingKeyColumn(keys: keys)
        }
        func build(_ parts: [LinkTextColumn?], _ record: Int) -> Bool {
            for (index, part) in parts.enumerated() {
                pieces[index].removeAll(keepingCapacity: true)
                guard let column = part else { return false }
                let id = column.ids[record]
                guard id != BlockingKeyColumn.noKeyID else { return false }
                column.values.withUnsafeStorage { _, arena, offsets in
                    pieces[index].append(contentsOf: arena[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])])
                }
            }
            if sorted, parts.count == 2, pieces[1].lexicographicallyPrecedes(pieces[0]) { pieces.swapAt(0, 1) }
            buffer.removeAll(keepingCapacity: true)
            for index in parts.indices {
                if index > 0 { buffer.append(UInt8(ascii: "|")) }
                buffer.append(contentsOf: pieces[index])
            }
            return true
        }
        for record in 0..<records.count {
            if build(primary, record) || (!secondary.isEmpty && build(secondary, record)) {
                buffer.withUnsafeBufferPointer { keys.append($0) }
            } else {
                keys.appendNoKey()
            }
        }
        return BlockingKeyColumn(keys: keys)
    }

    /// The key column of two text columns' values joined with `|` (bytewise in order when
    /// `sorted`), interned as pairs of value ids (``BlockingKeyColumn/init(packedKeys:text:)``):
    /// equal pairs of values are equal keys, and no key is written out per record.
    private static func pairKeyColumn(_ first: LinkTextColumn, _ second: LinkTextColumn, sorted: Bool) -> BlockingKeyColumn {
        let none = BlockingKeyColumn.noKeyID
        // Sorted keys put either column's value first, so both need one id space: the first
        // column's values keep their ids, the second's are looked up among them (the ones it
        // lacks appended). A few hundred thousand distinct names at most.
        var shared = first.values
        let secondIDs: [UInt32]
        if sorted {
            secondIDs = second.values.withUnsafeStorage { _, arena, offsets in
                (0..<(offsets.count - 1)).map { id -> UInt32 in
                    shared.append(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: arena[Int(offsets[id])..<Int(offsets[id + 1])])))
                    return UInt32(shared.keyID(ofRecord: shared.count - 1)!)
                }
            }
        } else {
            secondIDs = []
        }
        var packed = [UInt64](repeating: BlockingKeyColumn.noPackedKey, count: first.count)
        shared.withUnsafeStorage { _, arena, offsets in
            @inline(__always) func bytes(_ id: UInt32) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: arena[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])])
            }
            for record in 0..<first.count {
                let a = first.ids[record], b = second.ids[record]
                guard a != none, b != none else { continue }
                guard sorted else { packed[record] = UInt64(a) << 32 | UInt64(b); continue }
                let other = secondIDs[Int(b)]
                packed[record] = bytes(other).lexicographicallyPrecedes(bytes(a))
                    ? UInt64(other) << 32 | UInt64(a) : UInt64(a) << 32 | UInt64(other)
            }
        }
        // A sorted key's head may be the second column's value: both halves read the shared ids.
        let heads = sorted ? shared : first.values, tails = sorted ? shared : second.values
        return heads.withUnsafeStorage { _, headArena, headOffsets in
            tails.withUnsafeStorage { _, tailArena, tailOffsets in
                BlockingKeyColumn(packedKeys: packed) { key, arena in
                    let head = Int(key >> 32), tail = Int(key & 0xFFFF_FFFF)
                    arena.append(contentsOf: headArena[Int(headOffsets[head])..<Int(headOffsets[head + 1])])
                    arena.append(UInt8(ascii: "|"))
                    arena.append(contentsOf: tailArena[Int(tailOffsets[tail])..<Int(tailOffsets[tail + 1])])
                }
            }
        }
    }
}
