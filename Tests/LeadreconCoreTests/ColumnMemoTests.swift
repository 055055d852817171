import Testing
@testable import LeadreconCore

/// A column memo gives what its computation gives, and computes once per distinct text, whether
/// the column interns its values or keeps plain bytes.
@Suite struct ColumnMemoTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var values: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        .init(name: "statuses (interned)", values: (0..<1000).map { ["Open", "Working", "", "Closed - Not Converted"][$0 % 4] }),
        .init(name: "past 4,096 distinct (plain)", values: (0..<9000).map { $0 % 2 == 0 ? "queue" : "owner \($0)" }),
        .init(name: "no values", values: []),
    ]

    @Test(arguments: cases)
    func computesOncePerDistinctText(_ example: Case) {
        var column = TextColumn()
        for value in example.values { column.append(value) }
        var memo = ColumnMemo<String>(internedCount: column.internedCount)
        var computed: [String] = []
        for row in example.values.indices {
            let value = memo.value(id: column.internedID(row), text: { column[row] }) { text in
                computed.append(text)
                return text.uppercased()
            }
            #expect(value == example.values[row].uppercased())
        }
        #expect(computed.sorted() == Set(example.values).sorted())
    }
}
