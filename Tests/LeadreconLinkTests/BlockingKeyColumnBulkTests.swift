import LeadreconLink
import Testing

/// The bulk-built column (`BlockingKeyColumn(keys: KeyArena)`) equals the one built by appending the
/// same keys one by one: the same ids, in order of first appearance, and the same distinct keys.
@Suite struct BlockingKeyColumnBulkTests {
    static func appended(_ keys: [String?]) -> BlockingKeyColumn {
        var column = BlockingKeyColumn()
        for key in keys { column.append(key) }
        return column
    }

    static func bulk(_ keys: [String?]) -> BlockingKeyColumn {
        var arena = KeyArena()
        for key in keys {
            var text = key ?? ""
            text.withUTF8 { arena.append($0) }
        }
        return BlockingKeyColumn(keys: arena)
    }

    static func expectSame(_ bulk: BlockingKeyColumn, _ appended: BlockingKeyColumn) {
        #expect(bulk.count == appended.count)
        #expect(bulk.distinctKeyCount == appended.distinctKeyCount)
        bulk.withUnsafeStorage { ids, arena, offsets in
            appended.withUnsafeStorage { expectedIDs, expectedArena, expectedOffsets in
                #expect(Array(ids) == Array(expectedIDs))
                #expect(Array(arena) == Array(expectedArena))
                #expect(Array(offsets) == Array(expectedOffsets))
            }
        }
    }

    @Test(arguments: [
        [String?](),
        [nil, "", nil],
        ["b", nil, "a", "b", "", "c", "a"],
        ["müller|acme", "muller|acme", "müller|acme", "ü"],
        ["12345678", "123456789", "12345678", "1234567", "123456789"],  // whole words and tails
    ])
    func tableOfCases(keys: [String?]) {
        Self.expectSame(Self.bulk(keys), Self.appended(keys))
    }

    /// Random keys over alphabets of every size, lengths 0 to 40, some missing; sizes that give one
    /// partition and hundreds (a partition per ~2,048 keys).
    @Test(arguments: [(1, 50), (2, 3_000), (3, 9_000), (4, 70_000), (5, 300_000)])
    func randomKeysMatchAppending(seed: Int, count: Int) {
        var random = LinkTestRandom(seed: UInt64(seed))
        let alphabet = Int.random(in: 1...(count * 2), using: &random)
        let keys: [String?] = (0..<count).map { _ in
            if Int.random(in: 0..<10, using: &random) == 0 { return nil }
            let value = Int.random(in: 0..<alphabet, using: &random)
            return "k\(value)" + String(repeating: "·", count: value % 17)
        }
        Self.expectSame(Self.bulk(keys), Self.appended(keys))
    }

    /// Arenas filled apart (as the workers of the link stage fill them) and merged, one at a time
    /// or all at once, hold the same keys as one arena filled in order: random split points, some
    /// parts empty, some keys missing.
    @Test(arguments: [21, 22, 23])
    func mergedArenasMatchOneArena(seed: Int) {
        var random = LinkTestRandom(seed: UInt64(seed))
        let keys: [String?] = (0..<2_000).map { index in
            Int.random(in: 0..<8, using: &random) == 0 ? nil : "key\(index % 300)" + String(repeating: "x", count: index % 5)
        }
        var cuts = (0..<Int.random(in: 0...6, using: &random)).map { _ in Int.random(in: 0...keys.count, using: &random) }
        cuts = [0] + cuts.sorted() + [keys.count]
        let parts: [KeyArena] = zip(cuts, cuts.dropFirst()).map { start, end in
            var arena = KeyArena()
            for key in keys[start..<end] {
                var text = key ?? ""
                text.withUTF8 { arena.append($0) }
            }
            return arena
        }
        var allAtOnce = KeyArena(), oneByOne = KeyArena()
        allAtOnce.append(contentsOf: parts)
        for part in parts { oneByOne.append(contentsOf: part) }
        Self.expectSame(BlockingKeyColumn(keys: allAtOnce), Self.appended(keys))
        Self.expectSame(BlockingKeyColumn(keys: oneByOne), Self.appended(keys))
    }

    /// Keys assembled from parts: a key missing a part is dropped whole, and the next key starts
    /// clean.
    @Test func partsAndDroppedKeys() {
        var arena = KeyArena()
        func part(_ text: String) { var text = text; text.withUTF8 { arena.appendPart($0) } }
        part("anna"); arena.appendPart(UInt8(ascii: "|")); part("berg"); arena.closeKey()
        part("otto"); arena.appendNoKey()
        part("anna"); arena.appendPart(UInt8(ascii: "|")); part("berg"); arena.closeKey()
        let column = BlockingKeyColumn(keys: arena)
        #expect((0..<3).map(column.key(ofRecord:)) == ["anna|berg", nil, "anna|berg"])
        #expect(column.distinctKeyCount == 1)
    }

    /// Packed keys (`BlockingKeyColumn(packedKeys:text:)`) number like their texts appended: random
    /// pairs of small numbers, some missing, at sizes of one partition and of hundreds.
    @Test(arguments: [(11, 40), (12, 5_000), (13, 80_000), (14, 300_000)])
    func packedKeysMatchAppending(seed: Int, count: Int) {
        var random = LinkTestRandom(seed: UInt64(seed))
        let range = Int.random(in: 1...max(2, Int(Double(count).squareRoot() * 2)), using: &random)
        let packed: [UInt64] = (0..<count).map { _ in
            if Int.random(in: 0..<10, using: &random) == 0 { return BlockingKeyColumn.noPackedKey }
            return UInt64(Int.random(in: 0..<range, using: &random)) << 32 | UInt64(Int.random(in: 0..<range, using: &random))
        }
        func text(_ key: UInt64) -> String { "\(key >> 32)|\(key & 0xFFFF_FFFF)" }
        let column = BlockingKeyColumn(packedKeys: packed) { key, arena in arena.append(contentsOf: text(key).utf8) }
        Self.expectSame(column, Self.appended(packed.map { $0 == BlockingKeyColumn.noPackedKey ? nil : text($0) }))
    }
}
