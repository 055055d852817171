import Testing
@testable import LeadreconCore
import LeadreconLink

/// Grading by value ids gives the comparator's levels, whichever route a method takes.
@Suite struct PairGradingTests {
    static let names = ["anna", "hanna", "anne", "bernd", "+49301234567", "0301234567", "a.b@x.de", "a_b@x.de", "a.b@y.de"]
    static let column = LinkTextColumn(rawIDs: (0..<UInt32(names.count)).map { $0 }, normalized: names)

    @Test(arguments: [
        Comparator.Method.exact, .jaroWinkler(thresholds: [0.92, 0.8]), .phone(lastDigits: [8]),
        .email(localPartThresholds: [0.9]), .levenshtein(thresholds: [1, 2]),
    ])
    func graderLevelsAreTheComparators(method: Comparator.Method) {
        let comparator = Comparator(method)
        Self.column.values.withUnsafeStorage { _, arena, offsets in
            let grader = TextPairGrader(comparator, arena: arena, offsets: offsets)
            for _ in 0..<2 {  // the second round from the cache, where the method has one
                for a in 0..<Self.names.count {
                    for b in 0..<Self.names.count {
                        let level = grader.level(Self.column.ids[a], Self.column.ids[b])
                        #expect(Int(level) == comparator.level(Self.names[a], Self.names[b]), "\(Self.names[a]) / \(Self.names[b])")
                    }
                }
            }
        }
    }

    @Test func rowsHoldEachRecordsIDsSideBySide() {
        let first = LinkTextColumn(rawIDs: [0, 1, 0, BlockingKeyColumn.noKeyID], normalized: ["x", "y"])
        let second = LinkTextColumn(rawIDs: [1, 1, 0, 0], normalized: ["p", "q"])
        let rows = TextIDRows([first, second], recordCount: 4)
        #expect(rows.width == 2)
        #expect(rows.ids == [first.ids[0], second.ids[0], first.ids[1], second.ids[1],
                             first.ids[2], second.ids[2], first.ids[3], second.ids[3]])
        #expect(rows.ids[6] == BlockingKeyColumn.noKeyID)
    }

    /// Law: counting levels on both cores gives the serial counts (parts are summed, not raced).
    @Test func levelCountsAreTheSerialCounts() throws {
        let comparison = try LinkComparison(Pipeline.Comparison(field: .firstName, method: .jaroWinkler, thresholds: [0.92, 0.8]))
        let values = (0..<UInt32(Self.names.count)).map { Self.column.ids[Int($0)] }
        let pairs = UEstimator.randomUnequalValuePairs(values: values, sampleCount: 30_000)
        let counts = PairGrading.levelCounts(left: pairs.left, right: pairs.right, comparison: comparison, column: Self.column)
        var serial = Array(repeating: 0, count: comparison.comparator.levels.count)
        for (a, b) in zip(pairs.left, pairs.right) {
            serial[comparison.comparator.level(Self.column.values.keyText(Int(a)), Self.column.values.keyText(Int(b)))] += 1
        }
        #expect(counts == serial && counts.reduce(0, +) == 30_000)
    }
}
