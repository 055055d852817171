import Foundation
import Testing
@testable import LeadreconCore

/// The parallel loops cover every index exactly once, whatever the count and the number of workers,
/// and `map` gives what a serial map gives.
@Suite struct ParallelRangesTests {
    /// Counts below the parallel threshold, at it, and ones that leave a short last range.
    @Test(arguments: [0, 1, 9_999, 10_000, 10_001, 65_537, 250_000])
    func forEachCoversEveryIndexOnce(count: Int) {
        let seen = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(count, 1))
        defer { seen.deallocate() }
        seen.initialize(repeating: 0)
        let shared = UncheckedSendable(seen)
        ParallelRanges.forEach(count: count, workers: 3) { range in
            for index in range { shared.value[index] += 1 }
        }
        #expect(seen.prefix(count).allSatisfy { $0 == 1 })
    }

    /// A worker's state lives across the ranges it takes: at most one state per worker is made.
    @Test func statePerWorkerNotPerRange() {
        let made = NSLock()
        nonisolated(unsafe) var states = 0
        var sums = [Int](repeating: 0, count: 200_000)
        ParallelRanges.fill(&sums) { range, output in
            for index in range { output[index] = index * 2 }
        }
        let total = ParallelRanges.map(count: 200_000, state: { () -> Int in
            made.lock(); states += 1; made.unlock()
            return 0
        }) { calls, index in
            calls += 1
            return sums[index] - index
        }
        #expect(total == Array(0..<200_000))
        #expect(states <= ParallelRanges.defaultWorkers)
    }

    /// `inOrder` hands every block over once, in order, each block the range it was made from,
    /// whatever the count (none, one short block, several windows with a short last block).
    @Test(arguments: [0, 1, 999, 1_000, 8_001, 40_000])
    func inOrderConsumesEveryBlockInOrder(count: Int) throws {
        var consumed: [Range<Int>] = []
        try ParallelRanges.inOrder(count: count, blockSize: 1_000, state: {}) { _, range in
            range
        } consume: { range in
            consumed.append(range)
        }
        #expect(consumed.first?.lowerBound ?? 0 == 0)
        #expect(consumed.last?.upperBound ?? 0 == count)
        #expect(zip(consumed, consumed.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(consumed.allSatisfy { !$0.isEmpty && $0.count <= 1_000 })
    }

    /// An error of `consume` ends the loop and comes out of `inOrder`, after no later block.
    @Test func inOrderStopsAtTheFirstConsumeError() {
        struct Full: Error {}
        var consumed = 0
        #expect(throws: Full.self) {
            try ParallelRanges.inOrder(count: 100_000, blockSize: 1_000, state: {}) { _, range in range } consume: { range in
                if range.lowerBound == 20_000 { throw Full() }
                consumed += 1
            }
        }
        #expect(consumed == 20)
    }
}
