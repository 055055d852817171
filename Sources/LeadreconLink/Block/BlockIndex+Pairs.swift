import Dispatch

/// Pair generation: every pair once, in (i, j) order, with the mask of all rules that found it.
///
/// Records are walked in ascending order; for record `i`, each rule's block yields the members after
/// `i`. A candidate `j` is kept only by the first rule that pairs it with `i` (a rule `r` keeps it
/// when no rule before `r` has `i` and `j` in one block), and its mask is read from the table in the
/// same pass, so no pair is ever made twice and nothing needs a global sort or a hash set: the only
/// sort is of the few `j` of one `i` when more than one rule contributed. Ranges of records are
/// independent, so threads take chunks of the range and the chunks are joined in order: the output
/// is the same for any number of threads.
extension BlockIndex {
    /// The pairs of records `range`, in (i, j) order.
    struct Chunk: Sendable {
        var left: [UInt32] = []
        var right: [UInt32] = []
        var masks: [UInt32] = []
        /// Per rule: pairs it found first.
        var newPairs: [Int]
    }

    /// All pairs, generated on `threads` threads.
    func pairs(threads: Int) -> Chunk {
        guard threads > 1, recordCount > 1 else { return pairs(in: 0..<recordCount) }
        // Work per record shrinks with its index (it pairs only with later members), so many small
        // chunks dealt out in turn keep the threads evenly loaded.
        let chunkSize = max(16, recordCount / (threads * 32))
        let chunkCount = (recordCount + chunkSize - 1) / chunkSize
        let results = ChunkSlots(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            for chunk in stride(from: worker, to: chunkCount, by: threads) {
                let range = chunk * chunkSize..<min(recordCount, (chunk + 1) * chunkSize)
                results.store(pairs(in: range), at: chunk)
            }
        }
        return results.joined(ruleCount: ruleCount)
    }

    /// The pairs whose smaller record lies in `range`, in (i, j) order.
    func pairs(in range: Range<Int>) -> Chunk {
        var chunk = Chunk(newPairs: Array(repeating: 0, count: ruleCount))
        let rules = ruleCount
        var pending: [UInt64] = []  // j << 32 | mask, for one i
        blockOfRecord.withUnsafeBufferPointer { table in
            blockStart.withUnsafeBufferPointer { starts in
                members.withUnsafeBufferPointer { members in
                    for i in range {
                        let row = table.baseAddress! + i * rules
                        pending.removeAll(keepingCapacity: true)
                        var contributingRules = 0
                        for rule in 0..<rules {
                            let block = row[rule]
                            guard block != Self.noBlock else { continue }
                            let before = pending.count
                            // Members ascend: skip to the first one after i.
                            var low = Int(starts[Int(block)]), high = Int(starts[Int(block) + 1])
                            let end = high
                            while low < high {
                                let middle = (low + high) / 2
                                if Int(members[middle]) <= i { low = middle + 1 } else { high = middle }
                            }
                            candidates: for position in low..<end {
                                let j = Int(members[position])
                                if let sources = linkOnlySources, sources[i] == sources[j] { continue }
                                let other = table.baseAddress! + j * rules
                                for earlier in 0..<rule where row[earlier] != Self.noBlock && row[earlier] == other[earlier] {
                                    continue candidates
                                }
                                var mask = UInt32(1) << UInt32(rule)
                                for later in (rule + 1)..<rules where row[later] != Self.noBlock && row[later] == other[later] {
                                    mask |= UInt32(1) << UInt32(later)
                                }
                                pending.append(UInt64(j) << 32 | UInt64(mask))
                            }
                            chunk.newPairs[rule] += pending.count - before
                            if pending.count > before { contributingRules += 1 }
                        }
                        // One rule's candidates already ascend; several rules' are disjoint, so
                        // sorting by j (the high half) orders them.
                        if contributingRules > 1 { pending.sort() }
                        for entry in pending {
                            chunk.left.append(UInt32(i))
                            chunk.right.append(UInt32(truncatingIfNeeded: entry >> 32))
                            chunk.masks.append(UInt32(truncatingIfNeeded: entry))
                        }
                    }
                }
            }
        }
        return chunk
    }
}

/// One slot per chunk, written by the threads and read after they have all finished.
///
/// `@unchecked Sendable` because the compiler cannot see the discipline that makes it safe: each
/// chunk index is written by exactly one worker, and `joined` runs only after
/// `concurrentPerform` has returned, which orders every write before it.
private final class ChunkSlots: @unchecked Sendable {
    /// Allocated once, so workers write distinct elements and never the array value itself.
    private let slots: UnsafeMutableBufferPointer<BlockIndex.Chunk?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ chunk: BlockIndex.Chunk, at index: Int) {
        slots[index] = chunk
    }

    /// The chunks back to back, freeing each once copied.
    func joined(ruleCount: Int) -> BlockIndex.Chunk {
        var total = BlockIndex.Chunk(newPairs: Array(repeating: 0, count: ruleCount))
        let count = slots.reduce(0) { $0 + ($1?.left.count ?? 0) }
        total.left.reserveCapacity(count)
        total.right.reserveCapacity(count)
        total.masks.reserveCapacity(count)
        for index in slots.indices {
            guard let chunk = slots[index] else { continue }
            slots[index] = nil
            total.left.append(contentsOf: chunk.left)
            total.right.append(contentsOf: chunk.right)
            total.masks.append(contentsOf: chunk.masks)
            for rule in 0..<ruleCount { total.newPairs[rule] += chunk.newPairs[rule] }
        }
        return total
    }
}
