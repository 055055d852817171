import LeadreconLink
import Testing

@Suite struct BlockingKeyColumnTests {
    @Test func idsFollowFirstAppearance() {
        let column = BlockingKeyColumn(["b", nil, "a", "b", "", "c", "a"])
        #expect(column.count == 7)
        #expect(column.distinctKeyCount == 3)
        #expect((0..<7).map(column.keyID(ofRecord:)) == [0, nil, 1, 0, nil, 2, 1])
        #expect(column.key(ofRecord: 5) == "c")
        #expect(column.key(ofRecord: 4) == nil)
        #expect(column.keyText(1) == "a")
    }

    @Test func bytesAndStringsInternAlike() {
        var column = BlockingKeyColumn()
        column.append("müller|acme")
        let bytes = Array("müller|acme".utf8)
        bytes.withUnsafeBytes { column.append(bytes: $0) }
        column.appendNoKey()
        Array<UInt8>().withUnsafeBytes { column.append(bytes: $0) }
        #expect((0..<4).map(column.keyID(ofRecord:)) == [0, 0, nil, nil])
    }

    /// Many distinct keys, long and short, force the table to grow; every key keeps its id.
    @Test func growthKeepsIds() {
        let keys = (0..<20_000).map { "key-\($0)" + String(repeating: "x", count: $0 % 23) }
        var column = BlockingKeyColumn(keys)
        for key in keys.reversed() { column.append(key) }
        #expect(column.distinctKeyCount == keys.count)
        for record in stride(from: 0, to: keys.count, by: 997) {
            #expect(column.keyID(ofRecord: record) == record)
            #expect(column.keyID(ofRecord: 2 * keys.count - 1 - record) == record)
            #expect(column.key(ofRecord: record) == keys[record])
        }
    }

    /// Compacting drops only the lookup table: ids stay, and appending afterwards still finds them.
    @Test func compactThenAppend() {
        var column = BlockingKeyColumn((0..<300).map { "k\($0 % 100)" })
        column.compact()
        #expect(column.key(ofRecord: 250) == "k50")
        column.append("k42")
        column.append("new")
        #expect(column.keyID(ofRecord: 300) == 42)
        #expect(column.keyID(ofRecord: 301) == 100)
        #expect(BlockingRule(name: "r", keys: column).keys.keyID(ofRecord: 299) == 99)
    }
}
