import LeadreconLink

/// The distinct raw inputs of one normaliser across all link records, so each is normalised once.
///
/// A million leads carry a few thousand first names, postal codes and company names; normalising
/// (Unicode folding, legal forms) per distinct input instead of per record is most of what makes
/// the normalize stage fast. An input may combine several cells (first name, last name and full
/// name): the parts are joined with the unit separator 0x1F, which cannot occur in a cell that
/// survived ingest as text.
struct RawValueIndex {
    private let column: BlockingKeyColumn
    static let separator: UInt8 = 0x1F

    /// The inputs of every record of `tables`, in table order: for each, the cells of `parts` (at
    /// most three; a missing column reads as empty), joined by the separator up to the last
    /// non-empty one; all parts empty means the record has none.
    init(_ tables: [SourceTable], parts: [CanonicalField]) {
        precondition(parts.count <= 3, "an input has at most three parts")
        var keys = KeyArena(reservingKeys: tables.reduce(0) { $0 + $1.count })
        for table in tables {
            // The columns are bound once per table, not read out of an array per record: reading an
            // optional `TextColumn` out of an array copied it (retaining and releasing its
            // half-dozen arrays), which cost more than interning the record's input.
            let first = parts.count > 0 ? table.texts(parts[0]) : nil
            let second = parts.count > 1 ? table.texts(parts[1]) : nil
            let third = parts.count > 2 ? table.texts(parts[2]) : nil
            for row in 0..<table.count { Self.append(first, second, third, parts: parts.count, row, to: &keys) }
        }
        // All inputs at once: most of a million e-mails or phones are distinct (see
        // `BlockingKeyColumn.init(keys:)`).
        column = BlockingKeyColumn(keys: keys)
    }

    @inline(__always)
    private static func append(_ first: TextColumn?, _ second: TextColumn?, _ third: TextColumn?, parts: Int, _ row: Int,
                               to keys: inout KeyArena) {
        var last = parts - 1
        if last == 2, third?.isEmpty(row) ?? true { last = 1 }
        if last == 1, second?.isEmpty(row) ?? true { last = 0 }
        if last == 0, first?.isEmpty(row) ?? true { last = -1 }
        guard last >= 0 else { return keys.appendNoKey() }
        first?.withBytes(row) { keys.appendPart($0) }
        if last >= 1 {
            keys.appendPart(Self.separator)
            second?.withBytes(row) { keys.appendPart($0) }
        }
        if last >= 2 {
            keys.appendPart(Self.separator)
            third?.withBytes(row) { keys.appendPart($0) }
        }
        keys.closeKey()
    }

    /// Per record, the id of its input (`BlockingKeyColumn.noKeyID` for none).
    var recordIDs: [UInt32] {
        column.withUnsafeStorage { ids, _, _ in Array(ids) }
    }

    /// The number of distinct inputs.
    var distinctCount: Int { column.distinctKeyCount }

    /// Calls `body` with the bytes of distinct input `id` (its parts joined by the separator; a
    /// one-part input is its cell), without a `String`.
    func withBytes<Result>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        column.withUnsafeStorage { _, arena, offsets in
            body(UnsafeBufferPointer(rebasing: arena[Int(offsets[id])..<Int(offsets[id + 1])]))
        }
    }

    /// The parts of distinct input `id`, always three (missing ones empty).
    func parts(_ id: Int) -> (String, String, String) {
        column.withUnsafeStorage { _, arena, offsets in
            let bytes = arena[Int(offsets[id])..<Int(offsets[id + 1])]
            guard let first = bytes.firstIndex(of: Self.separator) else {
                return (String(decoding: bytes, as: UTF8.self), "", "")
            }
            let rest = bytes[(first + 1)...]
            guard let second = rest.firstIndex(of: Self.separator) else {
                return (String(decoding: bytes[..<first], as: UTF8.self), String(decoding: rest, as: UTF8.self), "")
            }
            return (String(decoding: bytes[..<first], as: UTF8.self), String(decoding: rest[..<second], as: UTF8.self),
                    String(decoding: rest[(second + 1)...], as: UTF8.self))
        }
    }
}
