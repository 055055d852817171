import Testing
@testable import LeadreconCore
import LeadreconLink
import LeadreconValues

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

    /// Dates travel through a row's two slots unchanged, before 1970 and after 2038 included, and
    /// a missing one stays missing.
    @Test(arguments: [nil, 0, -1, 1, -86_400 * 365 * 100, Int64(UInt32.max) + 7, Int64.min, Int64.max - 1] as [Int64?])
    func rowsCarryTimestamps(seconds: Int64?) {
        let stamp = seconds.map { Timestamp(secondsSinceEpoch: $0, precision: .date) }
        let column = LinkTextColumn(rawIDs: [0, 0], normalized: ["x"])
        let rows = TextIDRows([column], timestamps: [[stamp, nil]], recordCount: 2)
        let slot = rows.timestampSlot[0]
        #expect(rows.width == 3 && slot == 1)
        #expect(TextIDRows.timestamp(rows.ids[slot], rows.ids[slot + 1])?.secondsSinceEpoch == seconds)
        #expect(TextIDRows.timestamp(rows.ids[rows.width + slot], rows.ids[rows.width + slot + 1]) == nil)
    }

    /// Every pair of a small register graded at once (phones from the digits packed in the rows,
    /// names through the graders, birthdays from the timestamps) has the levels the comparators
    /// give the normalised values one by one.
    @Test func gradedPairsHaveTheComparatorsLevels() throws {
        let people = LinkBlockingTests.table([
            ("1", "Anna", "Kahl", "", "030 1234567", "", 7000),
            ("2", "Anne", "Kahl", "", "+49 40 991234567", "", 7001),
            ("3", "Hanna", "Berg", "", "0301234567", "", nil),
            ("4", "Bernd", "Berg", "", "+41 44 668 18 00", "", 7400),
            ("5", "Anna", "Kohl", "", "", "", 7000),
            ("6", "Bernd", "Kohl", "", "0176 2345678", "", 7030),
        ])
        let comparisons = try [
            Pipeline.Comparison(field: .phone, method: .phone, thresholds: [8, 5]),
            Pipeline.Comparison(field: .firstName, method: .jaroWinkler, thresholds: [0.92, 0.8]),
            Pipeline.Comparison(field: .dateOfBirth, method: .date, thresholds: [1, 30]),
        ].map(LinkComparison.init)
        let records = LinkRecords(tables: [people], fields: [.phone, .firstName, .dateOfBirth])
        var left: [UInt32] = [], right: [UInt32] = []
        for i in 0..<records.count { for j in (i + 1)..<records.count { left.append(UInt32(i)); right.append(UInt32(j)) } }
        let gammas = PairGrading.grade(left: left, right: right, comparisons: comparisons, records: records)
        for (p, (i, j)) in zip(left, right).enumerated() {
            let (i, j) = (Int(i), Int(j))
            #expect(Int(gammas[p * 3]) == comparisons[0].comparator.level(records.value(.phone, i), records.value(.phone, j)))
            #expect(Int(gammas[p * 3 + 1]) == comparisons[1].comparator.level(records.value(.firstName, i), records.value(.firstName, j)))
            let birthdays = records.timestamps[.dateOfBirth]!
            #expect(Int(gammas[p * 3 + 2]) == comparisons[2].comparator.level(birthdays[i], birthdays[j]))
        }
        #expect(Set(stride(from: 0, to: gammas.count, by: 3).map { gammas[$0] }).count >= 3)
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
