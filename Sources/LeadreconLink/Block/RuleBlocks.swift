/// One rule's blocks: its members block after block, and per record where its block ends and where
/// the record stands among the members (both counted from the rule's first member).
struct RuleBlocks {
    var report: BlockingRuleReport
    var skipped: [SkippedBlock] = []
    var members: [UInt32] = []
    /// Per record: the end of its block among `members`, or `BlockIndex.noBlock`.
    var ends: [UInt32]
    /// Per record: its position among `members` (unset for `noBlock`).
    var positions: [UInt32]

    init(_ rule: BlockingRule, index ruleIndex: Int, recordCount: Int, maxBlockSize: Int,
         sources: (ids: [Int], count: Int)?) {
        let keys = rule.keys, noBlock = BlockIndex.noBlock
        report = BlockingRuleReport(name: rule.name, distinctKeys: keys.distinctKeyCount)
        ends = [UInt32](repeating: noBlock, count: recordCount)
        positions = [UInt32](repeating: 0, count: recordCount)

        // Block size per key, then each kept block's start among the members (reusing the array).
        var startOfKey = [UInt32](repeating: 0, count: keys.distinctKeyCount)
        for id in keys.keyIDs where id != BlockingKeyColumn.noKey {
            startOfKey[Int(id)] += 1
            report.keyedRecords += 1
        }
        var blockStarts: [UInt32] = []
        var memberCount: UInt32 = 0
        for key in 0..<startOfKey.count {
            let size = Int(startOfKey[key])
            report.largestBlock = max(report.largestBlock, size)
            if size < 2 {
                startOfKey[key] = noBlock
            } else if size > maxBlockSize {
                let pairs = size * (size - 1) / 2
                report.skippedBlocks += 1
                report.skippedPairs += pairs
                skipped.append(SkippedBlock(rule: ruleIndex, ruleName: rule.name, key: keys.keyText(key), size: size, pairs: pairs))
                startOfKey[key] = noBlock
            } else {
                startOfKey[key] = memberCount
                blockStarts.append(memberCount)
                memberCount += UInt32(size)
                report.blocks += 1
            }
        }
        blockStarts.append(memberCount)

        // Counting sort: records visited in ascending order, so each block's members ascend. A
        // key's entry moves along its block as members are placed; the block's end is read from
        // `blockStarts` once the last member is in (entries are per key, blocks per kept key).
        members = [UInt32](repeating: 0, count: Int(memberCount))
        var blockOfKey = [UInt32](repeating: noBlock, count: keys.distinctKeyCount)
        var block: UInt32 = 0
        for key in 0..<startOfKey.count where startOfKey[key] != noBlock {
            blockOfKey[key] = block
            block += 1
        }
        for (record, id) in keys.keyIDs.enumerated() where id != BlockingKeyColumn.noKey {
            let position = startOfKey[Int(id)]
            guard position != noBlock else { continue }
            members[Int(position)] = UInt32(record)
            startOfKey[Int(id)] = position + 1
            ends[record] = blockStarts[Int(blockOfKey[Int(id)]) + 1]
            positions[record] = position
        }

        // Pairs per block: k(k−1)/2, less the pairs inside one source when only links are wanted.
        var sourceCounts = [Int](repeating: 0, count: (sources?.count ?? 0) + 1)
        for block in 0..<(blockStarts.count - 1) {
            let range = Int(blockStarts[block])..<Int(blockStarts[block + 1])
            report.candidatePairs += range.count * (range.count - 1) / 2
            guard let sources else { continue }
            for position in range {
                let source = sources.ids[Int(members[position])]
                report.candidatePairs -= sourceCounts[source]
                sourceCounts[source] += 1
            }
            for position in range { sourceCounts[sources.ids[Int(members[position])]] = 0 }
        }
    }
}
