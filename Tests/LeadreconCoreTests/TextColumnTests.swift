import PropertyBased
import Testing
@testable import LeadreconCore

/// A source table's text column gives back every value as appended, whether it stayed interned
/// (few distinct values) or switched to plain storage (mostly distinct).
@Suite struct TextColumnTests {
    static func column(_ values: [String]) -> TextColumn {
        var column = TextColumn()
        for value in values { column.append(value) }
        return column
    }

    static func check(_ values: [String], _ column: TextColumn, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(column.count == values.count, sourceLocation: sourceLocation)
        #expect(column.values == values, sourceLocation: sourceLocation)
        for (row, value) in values.enumerated() {
            #expect(column.isEmpty(row) == value.isEmpty, sourceLocation: sourceLocation)
            #expect(column.withBytes(row) { Array($0) } == Array(value.utf8), sourceLocation: sourceLocation)
        }
    }

    static let statuses = ["Open - Not Contacted", "Working - Contacted", "", "Closed - Not Converted", "Qualified"]

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var values: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        .init(name: "empty column", values: []),
        .init(name: "only missing values", values: Array(repeating: "", count: 5000)),
        .init(name: "a status column: few values, repeated", values: (0..<10_000).map { statuses[$0 * 7 % statuses.count] }),
        .init(name: "record ids: all distinct (switches to plain)", values: (0..<10_000).map { "00Q5g00000\($0 + 100_000)EAK" }),
        .init(name: "distinct after a long repeated start", values: Array(repeating: "DE", count: 3000) + (0..<3000).map { "mail\($0)@firma.de" }),
        .init(name: "more than 4,096 distinct among many repeats",
              values: (0..<50_000).map { $0 % 10 == 0 ? "owner \($0)" : "queue" }),
        .init(name: "umlauts, emoji and long values", values: ["Müller", "", "😀 Grüße", String(repeating: "x", count: 100_000), "Müller"]),
    ]

    @Test(arguments: cases)
    func valuesComeBackAsAppended(_ example: Case) {
        Self.check(example.values, Self.column(example.values))
    }

    /// Any sequence of values drawn from a small or a large pool comes back unchanged.
    @Test func anySequenceComesBack() async {
        let fragment = Gen.int(in: 0...9).map { ["", "a", "ä", "Müller", "queue", "😀", "00G", "x@y.de", " ", "-"][$0] }
        let value = fragment.array(of: 0...4).map { $0.joined() }
        await propertyCheck(count: 200, input: value.array(of: 0...3000)) { values in
            Self.check(values, Self.column(values))
        }
    }

    /// Equal interned ids mean equal values, and the empty value is id 0; a column gives no ids
    /// once it keeps plain bytes.
    @Test(arguments: cases)
    func internedIDsNameTheValues(_ example: Case) {
        let column = Self.column(example.values)
        guard let count = column.internedCount else {
            #expect(example.values.indices.allSatisfy { column.internedID($0) == nil })
            return
        }
        var valueOfID: [Int: String] = [:]
        for (row, value) in example.values.enumerated() {
            let id = try! #require(column.internedID(row))
            #expect(id < count)
            #expect((id == 0) == value.isEmpty)
            #expect(valueOfID[id, default: value] == value)
            valueOfID[id] = value
        }
    }
}

