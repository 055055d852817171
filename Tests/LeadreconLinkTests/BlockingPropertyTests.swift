import LeadreconLink
import Testing

/// SplitMix64: a small seeded generator, so property tests replay the same cases on every run.
struct LinkTestRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

@Suite struct BlockingPropertyTests {
    /// Random keys from small alphabets (so blocks of every size occur, some above the limit), random
    /// sources and scope: the pairs equal the brute-force O(n²) pairs sharing a key under any rule
    /// whose block was not skipped, with the same masks, and every thread count gives the same result.
    /// One random case: keys per rule, sources, options.
    struct RandomCase {
        var keys: [[String?]]
        var sources: [Int]
        var options: BlockingOptions
        var rules: [BlockingRule] { keys.enumerated().map { BlockingRule(name: "rule\($0.offset)", keys: $0.element) } }

        init(seed: Int) {
            var random = LinkTestRandom(seed: UInt64(seed))
            let count = Int.random(in: 0...260, using: &random)
            let ruleCount = Int.random(in: 1...12, using: &random)
            sources = (0..<count).map { _ in Int.random(in: 0...2, using: &random) * 10 }
            options = BlockingOptions(maxBlockSize: Int.random(in: 2...40, using: &random))
            options.scope = Bool.random(using: &random) ? .linkOnly : .dedupeAndLink
            keys = (0..<ruleCount).map { _ in
                let alphabet = Int.random(in: 1...60, using: &random)
                let missing = Double.random(in: 0...0.6, using: &random)
                return (0..<count).map { _ in
                    Double.random(in: 0..<1, using: &random) < missing
                        ? nil : "k\(Int.random(in: 0..<alphabet, using: &random))"
                }
            }
        }
    }

    static let seeds = 1...24

    /// Random keys from small alphabets (so blocks of every size occur, some above the limit), random
    /// sources and scope: the pairs equal the brute-force O(n²) pairs sharing a key under any rule
    /// whose block was not skipped, with the same masks, and every thread count gives the same result.
    @Test(arguments: seeds)
    func pairsEqualBruteForce(seed: Int) throws {
        let example = RandomCase(seed: seed)
        let (keys, sources, rules, count) = (example.keys, example.sources, example.rules, example.sources.count)
        var options = example.options
        let sequential = try CandidatePairs(recordCount: count, rules: rules, sources: sources, options: options)
        let expected = Self.bruteForce(keys: keys, sources: sources, options: options)
        #expect(Array(sequential) == expected.pairs)
        #expect(sequential.report.rules.map(\.candidatePairs) == expected.perRule)
        #expect(sequential.report.rules.reduce(0) { $0 + $1.newPairs } == sequential.count)
        #expect(sequential.report.uniquePairs == sequential.count)

        for threads in [2, 3] {
            options.threads = threads
            let parallel = try CandidatePairs(recordCount: count, rules: rules, sources: sources, options: options)
            #expect(Array(parallel) == Array(sequential), "threads: \(threads)")
            #expect(parallel.report == sequential.report, "threads: \(threads)")
        }
    }

    /// The random cases reach what they are meant to test: skipped blocks, both scopes, shared pairs.
    @Test func randomCasesCoverTheEdges() throws {
        var skipped = 0, linkOnly = 0, shared = 0
        for seed in Self.seeds {
            let example = RandomCase(seed: seed)
            let pairs = try CandidatePairs(
                recordCount: example.sources.count, rules: example.rules, sources: example.sources,
                options: example.options)
            skipped += pairs.warnings.isEmpty ? 0 : 1
            linkOnly += example.options.scope == .linkOnly ? 1 : 0
            shared += pairs.contains { $0.rules.rules.count > 1 } ? 1 : 0
        }
        #expect(skipped >= 4 && linkOnly >= 4 && linkOnly <= 20 && shared >= 4, "\(skipped) \(linkOnly) \(shared)")
    }

    /// Every pair i < j checked against every rule.
    static func bruteForce(keys: [[String?]], sources: [Int], options: BlockingOptions) -> (
        pairs: [CandidatePair], perRule: [Int]
    ) {
        let count = sources.count
        let sizes = keys.map { column in
            column.reduce(into: [String: Int]()) { sizes, key in if let key { sizes[key, default: 0] += 1 } }
        }
        var pairs: [CandidatePair] = []
        var perRule = Array(repeating: 0, count: keys.count)
        for i in 0..<count {
            for j in (i + 1)..<max(i + 1, count) {
                if options.scope == .linkOnly, sources[i] == sources[j] { continue }
                var mask = RuleMask()
                for (rule, column) in keys.enumerated() {
                    guard let key = column[i], key == column[j], sizes[rule][key]! <= options.maxBlockSize else { continue }
                    mask.insert(RuleMask(rule: rule))
                    perRule[rule] += 1
                }
                if !mask.isEmpty { pairs.append(CandidatePair(i: i, j: j, rules: mask)) }
            }
        }
        return (pairs, perRule)
    }
}
