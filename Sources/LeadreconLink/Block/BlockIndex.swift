/// The blocks of every rule, laid out for pair generation: which block each record is in under each
/// rule, where the record stands among the block's members, and each block's members in ascending
/// record order.
///
/// A block is identified by where its members end in `members`, unique across all rules' blocks,
/// so two records share a block under rule `r` exactly when their entries for `r` are equal and
/// not `noBlock`, and a record's later members are `members[position + 1 ..< end]` with no search.
/// The tables are record-major (`i * ruleCount + r`): checking a candidate `j` against every rule,
/// which deduplicates pairs and builds their rule mask, reads one cache line. Only blocks of two or
/// more records within `maxBlockSize` count; singletons, records without a key and records in
/// skipped blocks hold `noBlock`.
///
/// Memory: 8 bytes per record and rule for the tables and at most 4 for the members;
/// 1,000,000 records × 7 rules stay under 90 MB.
struct BlockIndex: Sendable {
    static let noBlock = UInt32.max

    let recordCount: Int
    let ruleCount: Int
    /// Per record and rule (record-major): where its block's members end in `members`, or `noBlock`.
    let blockEnd: [UInt32]
    /// Per record and rule (record-major): the record's position in `members` (unset for `noBlock`).
    let memberPosition: [UInt32]
    /// The members of every block, each block's ascending, one block after another.
    let members: [UInt32]
    /// Per record: its source, for link-only scope; `nil` for within-and-across.
    let linkOnlySources: [Int]?
    /// Counts known before any pair exists (`newPairs` still 0).
    let ruleReports: [BlockingRuleReport]
    let skippedBlocks: [SkippedBlock]

    /// Groups the records of every rule into blocks and counts the pairs each rule would yield.
    init(recordCount: Int, rules: [BlockingRule], sources: [Int]?, options: BlockingOptions) {
        self.recordCount = recordCount
        ruleCount = rules.count
        let linkOnly = options.scope == .linkOnly
        linkOnlySources = linkOnly ? sources : nil
        let denseSources = linkOnly ? sources.map(Self.denseSourceIDs) : nil

        var table = [UInt32](repeating: Self.noBlock, count: recordCount * rules.count)
        var positions = [UInt32](repeating: 0, count: recordCount * rules.count)
        var blockStart: [UInt32] = [0]
        var members: [UInt32] = []
        var firstBlockOfRule: [Int] = []
        var reports: [BlockingRuleReport] = []
        var skipped: [SkippedBlock] = []
        var sourceCounts = [Int](repeating: 0, count: (denseSources?.count ?? 0) + 1)

        for (ruleIndex, rule) in rules.enumerated() {
            let keys = rule.keys
            var report = BlockingRuleReport(name: rule.name, distinctKeys: keys.distinctKeyCount)
            firstBlockOfRule.append(blockStart.count - 1)

            // Block size per key, then a global block id per key worth expanding (reusing the array).
            var blockOfKey = [UInt32](repeating: 0, count: keys.distinctKeyCount)
            for id in keys.keyIDs where id != BlockingKeyColumn.noKey {
                blockOfKey[Int(id)] += 1
                report.keyedRecords += 1
            }
            for key in 0..<blockOfKey.count {
                let size = Int(blockOfKey[key])
                report.largestBlock = max(report.largestBlock, size)
                if size < 2 {
                    blockOfKey[key] = Self.noBlock
                } else if size > options.maxBlockSize {
                    let pairs = size * (size - 1) / 2
                    report.skippedBlocks += 1
                    report.skippedPairs += pairs
                    skipped.append(
                        SkippedBlock(
                            rule: ruleIndex, ruleName: rule.name, key: keys.keyText(key), size: size, pairs: pairs))
                    blockOfKey[key] = Self.noBlock
                } else {
                    blockOfKey[key] = UInt32(blockStart.count - 1)
                    blockStart.append(blockStart.last! + UInt32(size))
                    report.blocks += 1
                }
            }

            // Counting sort: records visited in ascending order, so each block's members ascend.
            let firstMember = members.count
            members.append(contentsOf: repeatElement(0, count: Int(blockStart.last!) - firstMember))
            var cursor = Array(blockStart[firstBlockOfRule[ruleIndex]...].dropLast())
            let base = firstBlockOfRule[ruleIndex]
            for (record, id) in keys.keyIDs.enumerated() where id != BlockingKeyColumn.noKey {
                let block = blockOfKey[Int(id)]
                guard block != Self.noBlock else { continue }
                let position = cursor[Int(block) - base]
                members[Int(position)] = UInt32(record)
                cursor[Int(block) - base] = position + 1
                table[record * rules.count + ruleIndex] = blockStart[Int(block) + 1]
                positions[record * rules.count + ruleIndex] = position
            }

            // Pairs per block: k(k−1)/2, less the pairs inside one source when only links are wanted.
            for block in base..<(blockStart.count - 1) {
                let range = Int(blockStart[block])..<Int(blockStart[block + 1])
                report.candidatePairs += range.count * (range.count - 1) / 2
                guard let denseSources else { continue }
                for position in range {
                    let source = denseSources.ids[Int(members[position])]
                    report.candidatePairs -= sourceCounts[source]
                    sourceCounts[source] += 1
                }
                for position in range { sourceCounts[denseSources.ids[Int(members[position])]] = 0 }
            }
            reports.append(report)
        }

        blockEnd = table
        memberPosition = positions
        self.members = members
        ruleReports = reports
        skippedBlocks = skipped
    }

    /// Sources renumbered 0..<count, so per-block tallies can use an array.
    private static func denseSourceIDs(_ sources: [Int]) -> (ids: [Int], count: Int) {
        var numbers: [Int: Int] = [:]
        let ids = sources.map { source in
            if let id = numbers[source] { return id }
            numbers[source] = numbers.count
            return numbers.count - 1
        }
        return (ids, numbers.count)
    }
}
