import CPrefetch
import Dispatch

/// Pair generation: every pair once, in (i, j) order, with the mask of all rules that found it.
///
/// Records are walked in ascending order; for record `i`, each rule's block yields the members after
/// `i`. Each candidate `j`'s rule mask is read from the table (one row, all rules), and the pair is
/// kept only by the first rule that pairs `i` and `j`, the mask's lowest bit. So no pair is ever
/// made twice and nothing needs a global sort or a hash set: the only sort is of the few `j` of one
/// `i` when more than one rule contributed. Ranges of records are
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
    func pairs(threads: Int, atMost: Int) -> Chunk {
        guard threads > 1, recordCount > 1 else { return pairs(in: 0..<recordCount, reserving: atMost) }
        // Work per record shrinks with its index (it pairs only with later members), so many small
        // chunks, taken by the threads as they become free, keep them evenly loaded.
        let chunkSize = max(16, recordCount / (threads * 32))
        let chunkCount = (recordCount + chunkSize - 1) / chunkSize
        let results = ChunkSlots(count: chunkCount)
        let next = WorkCounter(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let chunk = next.take() {
                let range = chunk * chunkSize..<min(recordCount, (chunk + 1) * chunkSize)
                results.store(pairs(in: range), at: chunk)
            }
        }
        return results.joined(ruleCount: ruleCount)
    }

    /// The pairs whose smaller record lies in `range`, in (i, j) order.
    func pairs(in range: Range<Int>, reserving capacity: Int = 0) -> Chunk {
        var chunk = Chunk(newPairs: Array(repeating: 0, count: ruleCount))
        chunk.left.reserveCapacity(capacity)
        chunk.right.reserveCapacity(capacity)
        chunk.masks.reserveCapacity(capacity)
        let rules = ruleCount
        var current: [UInt64] = [], upcoming: [UInt64] = []  // j << 8 | rule: every rule's later members of one i
        var kept: [UInt64] = []  // j << 32 | mask
        // Record i's row with "no block" replaced by a value no record holds, so that comparing a
        // row needs no test for "no block": block ends are at most the number of members.
        var own = [UInt32](repeating: 0, count: rules)
        blockEnd.withUnsafeBufferPointer { table in
            memberPosition.withUnsafeBufferPointer { positions in
                members.withUnsafeBufferPointer { members in
                    own.withUnsafeMutableBufferPointer { own in
                        // Every candidate's row and every block's members lie anywhere among a
                        // million records: a pipeline of three records hides the misses. For
                        // record i + 2 the members after it are asked for; for i + 1 the
                        // candidates are listed (their members have arrived) and their rows are
                        // asked for; record i's pairs are made from rows that have arrived.
                        func askForMembers(_ i: Int) {
                            let row = table.baseAddress! + i * rules
                            for rule in 0..<rules where row[rule] != Self.noBlock {
                                leadrecon_prefetch(members.baseAddress! + Int(positions[i * rules + rule]) + 1)
                            }
                        }
                        func listCandidates(_ i: Int, into candidates: inout [UInt64]) -> Int {
                            candidates.removeAll(keepingCapacity: true)
                            let row = table.baseAddress! + i * rules
                            var contributingRules = 0
                            for rule in 0..<rules {
                                let end = row[rule]
                                guard end != Self.noBlock else { continue }
                                // Members ascend: the ones after i follow it.
                                let low = Int(positions[i * rules + rule]) + 1
                                if low < Int(end) { contributingRules += 1 }
                                for position in low..<Int(end) {
                                    let j = members[position]
                                    candidates.append(UInt64(j) << 8 | UInt64(rule))
                                    leadrecon_prefetch(table.baseAddress! + Int(j) * rules)
                                }
                            }
                            return contributingRules
                        }
                        guard let first = range.first else { return }
                        if first + 1 < range.upperBound { askForMembers(first + 1) }
                        var currentRules = listCandidates(first, into: &current)
                        for i in range {
                            if i + 2 < range.upperBound { askForMembers(i + 2) }
                            let upcomingRules = i + 1 < range.upperBound ? listCandidates(i + 1, into: &upcoming) : 0
                            defer {
                                swap(&current, &upcoming)
                                currentRules = upcomingRules
                            }
                            guard !current.isEmpty else { continue }
                            let row = table.baseAddress! + i * rules
                            for rule in 0..<rules { own[rule] = row[rule] == Self.noBlock ? Self.noBlock - 1 : row[rule] }
                            // Building a mask takes no data-dependent branch.
                            kept.removeAll(keepingCapacity: true)
                            for candidate in current {
                                let j = Int(candidate >> 8), rule = Int(candidate & 0xFF)
                                if let sources = linkOnlySources, sources[i] == sources[j] { continue }
                                let other = table.baseAddress! + j * rules
                                var mask: UInt32 = 0
                                for shared in 0..<rules {
                                    mask |= UInt32(own[shared] == other[shared] ? 1 : 0) << UInt32(shared)
                                }
                                // Kept only by the first rule that pairs i and j.
                                guard mask.trailingZeroBitCount == rule else { continue }
                                chunk.newPairs[rule] += 1
                                kept.append(UInt64(j) << 32 | UInt64(mask))
                            }
                            // One rule's candidates ascend; several rules' kept ones are disjoint,
                            // so sorting by j (the high half) orders them.
                            if currentRules > 1 { kept.sort() }
                            for entry in kept {
                                chunk.left.append(UInt32(i))
                                chunk.right.append(UInt32(truncatingIfNeeded: entry >> 32))
                                chunk.masks.append(UInt32(truncatingIfNeeded: entry))
                            }
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
