import LeadreconLink
import Testing

/// One blocking example: keys per rule, and every pair expected with its rule mask.
struct BlockingCase: CustomTestStringConvertible, Sendable {
    var name: String
    var rules: [(String, [String?])]
    var sources: [Int]? = nil
    var options = BlockingOptions()
    /// `"i-j:rules"`, e.g. `"0-2:01"` for a pair found by rules 0 and 1.
    var expected: [String]
    var testDescription: String { name }
}

@Suite struct BlockingTests {
    static let cases: [BlockingCase] = [
        BlockingCase(
            name: "nil and empty keys make no pairs",
            rules: [("email", ["a", nil, "a", "", nil, ""])],
            expected: ["0-2:0"]
        ),
        BlockingCase(
            name: "duplicate keys form one block",
            rules: [("email", ["x", "x", "y", "x", "y", "z"])],
            expected: ["0-1:0", "0-3:0", "1-3:0", "2-4:0"]
        ),
        BlockingCase(
            name: "a pair found by two rules appears once with both bits",
            rules: [("email", ["x", "x", "x", "y", "y", nil]), ("phone", ["1", nil, "1", "1", nil, "2"])],
            expected: ["0-1:0", "0-2:01", "0-3:1", "1-2:0", "2-3:1", "3-4:0"]
        ),
        BlockingCase(
            name: "output is sorted by (i, j) across rules",
            rules: [("a", ["p", nil, nil, "p"]), ("b", [nil, "q", "q", nil]), ("c", ["r", "r", nil, nil])],
            expected: ["0-1:2", "0-3:0", "1-2:1"]
        ),
        BlockingCase(
            name: "an oversize block is skipped, another rule still finds its pairs",
            rules: [("email", ["info", "info", "info", "info", "b", "b"]), ("phone", ["1", "1", nil, nil, nil, nil])],
            options: BlockingOptions(maxBlockSize: 3),
            expected: ["0-1:1", "4-5:0"]
        ),
        BlockingCase(
            name: "a block of exactly maxBlockSize is kept",
            rules: [("email", ["k", "k", "k"])],
            options: BlockingOptions(maxBlockSize: 3),
            expected: ["0-1:0", "0-2:0", "1-2:0"]
        ),
        BlockingCase(
            name: "dedupe and link keeps pairs within a source",
            rules: [("name", ["k", "k", "k", "k"])],
            sources: [0, 0, 1, 1],
            expected: ["0-1:0", "0-2:0", "0-3:0", "1-2:0", "1-3:0", "2-3:0"]
        ),
        BlockingCase(
            name: "link only keeps pairs across sources",
            rules: [("name", ["k", "k", "k", "k"])],
            sources: [0, 0, 1, 1],
            options: BlockingOptions(scope: .linkOnly),
            expected: ["0-2:0", "0-3:0", "1-2:0", "1-3:0"]
        ),
        BlockingCase(
            name: "link only with three sources and a rule mask",
            rules: [("a", ["k", "k", "k", nil]), ("b", ["m", nil, "m", "m"])],
            sources: [7, 9, 7, 3],
            options: BlockingOptions(scope: .linkOnly),
            expected: ["0-1:0", "0-3:1", "1-2:0", "2-3:1"]
        ),
        BlockingCase(name: "no rules, no pairs", rules: [], expected: []),
    ]

    @Test(arguments: cases)
    func pairs(_ example: BlockingCase) throws {
        let count = example.rules.first?.1.count ?? 5
        let rules = example.rules.map { BlockingRule(name: $0.0, keys: $0.1) }
        for threads in [1, 2] {
            var options = example.options
            options.threads = threads
            let pairs = try CandidatePairs(recordCount: count, rules: rules, sources: example.sources, options: options)
            let written = pairs.map { "\($0.i)-\($0.j):" + $0.rules.rules.map(String.init).joined() }
            #expect(written == example.expected, "threads: \(threads)")
            #expect(pairs.report.uniquePairs == example.expected.count)
            #expect(pairs.report.rules.reduce(0) { $0 + $1.newPairs } == pairs.count)
        }
    }

    @Test func perRuleCounts() throws {
        let pairs = try CandidatePairs(
            recordCount: 6,
            rules: [
                BlockingRule(name: "email", keys: ["x", "x", "x", "y", "y", nil]),
                BlockingRule(name: "phone", keys: ["1", nil, "1", "1", nil, "2"]),
            ]
        )
        #expect(
            pairs.report.rules == [
                BlockingRuleReport(
                    name: "email", keyedRecords: 5, distinctKeys: 2, blocks: 2, largestBlock: 3, candidatePairs: 4,
                    newPairs: 4),
                BlockingRuleReport(
                    name: "phone", keyedRecords: 4, distinctKeys: 2, blocks: 1, largestBlock: 3, candidatePairs: 3,
                    newPairs: 2),
            ])
        #expect(pairs.report.countedPairs == 7)
        #expect(pairs.report.uniquePairs == 6)
        #expect(pairs.ruleNames == ["email", "phone"])
        #expect(pairs.ruleNames(at: 1) == ["email", "phone"])
        #expect(pairs.warnings.isEmpty)
    }

    @Test func oversizeBlockIsReported() throws {
        let pairs = try CandidatePairs(
            recordCount: 7,
            rules: [
                BlockingRule(name: "phone", keys: ["1", "1", nil, nil, nil, nil, nil]),
                BlockingRule(name: "email", keys: ["info@x", "info@x", "info@x", "info@x", "b", "b", "info@x"]),
            ],
            options: BlockingOptions(maxBlockSize: 4)
        )
        #expect(
            pairs.warnings == [SkippedBlock(rule: 1, ruleName: "email", key: "info@x", size: 5, pairs: 10)])
        let warning = pairs.warnings[0].description
        #expect(warning.contains("'email'") && warning.contains("'info@x'") && warning.contains("5 records"))
        let email = pairs.report.rules[1]
        #expect(email.skippedBlocks == 1 && email.skippedPairs == 10 && email.blocks == 1)
        #expect(email.candidatePairs == 1 && email.largestBlock == 5)
        // The phone rule's pair lies inside the skipped block: it keeps only the phone bit.
        #expect(
            Array(pairs) == [
                CandidatePair(i: 0, j: 1, rules: RuleMask(rule: 0)), CandidatePair(i: 4, j: 5, rules: RuleMask(rule: 1)),
            ])
    }

    @Test func linkOnlyCountsBeforeMaterialising() throws {
        let keys: [String?] = ["k", "k", "k", "k", "k", nil]
        let sources = [0, 0, 1, 1, 1, 0]
        let linked = try CandidatePairs(
            recordCount: 6, rules: [BlockingRule(name: "k", keys: keys)], sources: sources,
            options: BlockingOptions(scope: .linkOnly))
        #expect(linked.report.rules[0].candidatePairs == 6)
        #expect(linked.count == 6)
        let deduped = try CandidatePairs(
            recordCount: 6, rules: [BlockingRule(name: "k", keys: keys)], sources: sources)
        #expect(deduped.report.rules[0].candidatePairs == 10)
        #expect(deduped.count == 10)
    }

    @Test func tooManyPairsStopsBeforeMaterialising() {
        let rules = [
            BlockingRule(name: "a", keys: ["k", "k", "k"]),
            BlockingRule(name: "b", keys: ["m", "m", nil]),
        ]
        #expect {
            try CandidatePairs(recordCount: 3, rules: rules, options: BlockingOptions(maxCandidatePairs: 3))
        } throws: { error in
            guard case .tooManyCandidatePairs(let pairs, let limit, let report) = error as? BlockingError else {
                return false
            }
            return pairs == 4 && limit == 3 && report.rules.map(\.candidatePairs) == [3, 1]
                && "\(error)".contains("a: 3, b: 1")
        }
        #expect(throws: Never.self) {
            try CandidatePairs(recordCount: 3, rules: rules, options: BlockingOptions(maxCandidatePairs: 4))
        }
    }

    @Test func invalidInputIsRefused() {
        let rule = BlockingRule(name: "email", keys: ["a", "a"])
        #expect(throws: BlockingError.keyCountMismatch(rule: "email", keys: 2, records: 3)) {
            try CandidatePairs(recordCount: 3, rules: [rule])
        }
        #expect(throws: BlockingError.sourcesRequired) {
            try CandidatePairs(recordCount: 2, rules: [rule], options: BlockingOptions(scope: .linkOnly))
        }
        #expect(throws: BlockingError.sourceCountMismatch(sources: 1, records: 2)) {
            try CandidatePairs(recordCount: 2, rules: [rule], sources: [0])
        }
        #expect(throws: BlockingError.tooManyRules(count: 33)) {
            try CandidatePairs(recordCount: 2, rules: Array(repeating: rule, count: 33))
        }
        #expect(throws: BlockingError.self) {
            try CandidatePairs(recordCount: 2, rules: [rule], options: BlockingOptions(maxBlockSize: 1))
        }
        #expect(throws: BlockingError.self) {
            try CandidatePairs(recordCount: 2, rules: [rule], options: BlockingOptions(threads: 0))
        }
    }

    /// All 32 rules, so masks use every bit and rows span four vectors.
    @Test func thirtyTwoRules() throws {
        let rules = (0..<32).map { rule in
            BlockingRule(name: "r\(rule)", keys: rule % 9 == 0 || rule == 31 ? ["a", "b", "a"] : ["x", nil, nil])
        }
        let pairs = try CandidatePairs(recordCount: 3, rules: rules, options: BlockingOptions(threads: 2))
        let mask = RuleMask(rawValue: 1 << 0 | 1 << 9 | 1 << 18 | 1 << 27 | 1 << 31)
        #expect(Array(pairs) == [CandidatePair(i: 0, j: 2, rules: mask)])
        #expect(pairs.report.rules.map(\.newPairs) == [1] + Array(repeating: 0, count: 31))
    }

    @Test func ruleMask() {
        let mask: RuleMask = [RuleMask(rule: 3), RuleMask(rule: 0), RuleMask(rule: 31)]
        #expect(mask.rules == [0, 3, 31])
        #expect(mask.firstRule == 0)
        #expect(mask.contains(rule: 3) && !mask.contains(rule: 1) && !mask.contains(rule: 40))
        #expect(mask.description == "{0,3,31}")
        #expect(RuleMask().firstRule == nil)
    }
}
