import Foundation
import LeadreconLink

/// Runs CPU-bound work over `0..<count` on both cores, split into contiguous ranges so that each
/// worker writes its own part of an output buffer: the results do not depend on the number of
/// threads. Used by the link stage (normalising, blocking, grading, scoring) and the flag stage
/// (assembling and evaluating persons). Reading files, which blocks on I/O and wants a thread
/// per source, goes through `IngestJobs` instead.
enum ParallelRanges {
    /// Workers for the per-record and per-pair loops (the machines leadrecon targets have two cores).
    static let defaultWorkers = 2

    /// Calls `body` with ranges covering `0..<count`, in parallel; small counts run on the calling
    /// thread.
    static func forEach(count: Int, workers: Int = defaultWorkers, _ body: (Range<Int>) -> Void) {
        forEach(count: count, workers: workers, state: {}) { _, range in body(range) }
    }

    /// Calls `body` with ranges covering `0..<count`, in parallel, each worker with its own `state`
    /// made by `state()` (a memo, a buffer): small counts run on the calling thread.
    ///
    /// The ranges are many small ones that the workers take in turn as they become free, not one
    /// half each: when another process slows one core down (the machines are shared), or one half
    /// holds the harder work, the other worker takes more ranges instead of waiting idle at the end.
    static func forEach<State>(count: Int, workers: Int = defaultWorkers, state: () -> State,
                               _ body: (inout State, Range<Int>) -> Void) {
        let parts = count < 10_000 ? 1 : max(1, workers)
        if parts == 1 {
            var single = state()
            return body(&single, 0..<count)
        }
        let size = max(2_048, count / (parts * 16))
        let ranges = (count + size - 1) / size
        let next = WorkCounter(count: ranges)
        onThreads(parts) {
            var workerState = state()
            while let range = next.take() { body(&workerState, range * size..<min(count, (range + 1) * size)) }
        }
    }

    /// Runs `body` once per worker: one on the calling thread, the others on threads of their own;
    /// returns when all have.
    ///
    /// Why threads and not `DispatchQueue.concurrentPerform`: these loops run inside the normalize
    /// stage's jobs, themselves run side by side. A nested `concurrentPerform` decides its width
    /// when it starts; started while the other core was busy with another job, it ran all its
    /// work on one thread even after that core fell idle (the company normaliser of the 1M-person
    /// world: 2.5 s on one core). A thread of its own is scheduled by the system as soon as a core
    /// is free, and whichever worker is running takes the next range.
    private static func onThreads(_ workers: Int, _ body: () -> Void) {
        guard workers > 1 else { return body() }
        withoutActuallyEscaping(body) { body in
            // The threads get a pointer to the closure, not the closure: a `Thread` keeps its block
            // until it is torn down, which may be after `finished` is signalled, and a block
            // holding the closure then would count as the closure escaping.
            let closure = UnsafeMutablePointer<() -> Void>.allocate(capacity: 1)
            closure.initialize(to: body)
            defer { closure.deinitialize(count: 1).deallocate() }
            let work = UncheckedSendable(closure)
            let finished = DispatchSemaphore(value: 0)
            for _ in 1..<workers {
                let thread = Thread {
                    work.value.pointee()
                    finished.signal()
                }
                thread.stackSize = 8 << 20
                thread.start()
            }
            body()
            for _ in 1..<workers { finished.wait() }
        }
    }

    /// `transform` of each index in `0..<count`, in order, computed in parallel ranges.
    static func map<Element>(count: Int, _ transform: (Int) -> Element) -> [Element] {
        map(count: count, state: {}) { _, index in transform(index) }
    }

    /// `transform(&state, i)` for each `i` in `0..<count`, in order, computed in parallel ranges,
    /// with a `state` made by `state()` for each worker: for work that memoises (normalisers with a
    /// cache), which must not share its memo between threads.
    static func map<State, Element>(count: Int, state: () -> State,
                                    _ transform: (inout State, Int) -> Element) -> [Element] {
        Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            let shared = UncheckedSendable(buffer)
            forEach(count: count, state: state) { workerState, range in
                for index in range { (shared.value.baseAddress! + index).initialize(to: transform(&workerState, index)) }
            }
            initialized = count
        }
    }

    /// `job(index)` for each index in `0..<count`, the jobs shared out among the cores as they
    /// become free (for a few large, unequal jobs such as one column each); results in order.
    static func jobs<Element>(_ count: Int, _ job: (Int) -> Element) -> [Element] {
        jobs(count, state: {}) { _, index in job(index) }
    }

    /// `job(&state, index)` for each index in `0..<count`, shared out as ``jobs(_:_:)`` does, each
    /// worker with its own `state` made by `state()` and kept across the jobs it takes (rules and
    /// calendars whose memos stay warm from one range of people to the next).
    static func jobs<State, Element>(_ count: Int, state: () -> State, _ job: (inout State, Int) -> Element) -> [Element] {
        Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            let shared = UncheckedSendable(buffer)
            let next = WorkCounter(count: count)
            onThreads(min(count, defaultWorkers)) {
                var workerState = state()
                while let index = next.take() { (shared.value.baseAddress! + index).initialize(to: job(&workerState, index)) }
            }
            initialized = count
        }
    }

    /// `produce(&state, range)` for blocks of `blockSize` indexes covering `0..<count`, computed on
    /// both cores a window of blocks at a time, each block's part handed to `consume` in order:
    /// for a large file encoded in parallel and written in order, with memory for two windows of
    /// it rather than the whole. A window's parts are consumed by one worker while the others
    /// produce the next window (writing a file is a copy into the system's cache, which otherwise
    /// left the other core idle); each window's workers make their own `state`.
    static func inOrder<State, Part>(count: Int, blockSize: Int, state: () -> State,
                                     _ produce: (inout State, Range<Int>) -> Part,
                                     consume: (Part) throws -> Void) throws {
        precondition(blockSize > 0, "blocks of at least one index")
        let blocks = (count + blockSize - 1) / blockSize
        let window = defaultWorkers * 4
        var produced: [Part] = []
        var failure: (any Error)?
        var first = 0
        while true {
            let producing = max(0, min(window, blocks - first))
            let consuming = produced.isEmpty ? 0 : 1
            if producing + consuming == 0 { break }
            let previous = produced
            let parts = jobs(consuming + producing, state: state) { workerState, job -> Part? in
                if job < consuming {
                    do { for part in previous { try consume(part) } } catch { failure = error }
                    return nil
                }
                let start = (first + job - consuming) * blockSize
                return produce(&workerState, start..<min(count, start + blockSize))
            }
            if let failure { throw failure }
            produced = parts.compactMap { $0 }
            first += window
        }
    }

    /// Fills `output` (of `count` elements) in parallel ranges.
    static func fill<Element>(_ output: inout [Element], _ body: (Range<Int>, UnsafeMutableBufferPointer<Element>) -> Void) {
        let count = output.count
        output.withUnsafeMutableBufferPointer { buffer in
            let shared = UncheckedSendable(buffer)
            forEach(count: count) { range in body(range, shared.value) }
        }
    }
}

/// A value handed to worker threads that only read it, or write disjoint parts of the memory it
/// points to; the compiler cannot check that discipline, the callers of ``ParallelRanges`` keep it.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
