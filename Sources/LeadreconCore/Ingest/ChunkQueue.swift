import Foundation

/// Hands row chunks from the reading thread to the typing thread: bounded (memory stays flat
/// whatever the file's size), with used chunks recycled, and a way for either side to stop.
final class ChunkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var ready: [RowChunk] = []
    private var spare: [RowChunk] = []
    private var finished = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int = 4) {
        self.capacity = capacity
    }

    /// A chunk to fill: a recycled one when there is one.
    func emptyChunk() -> RowChunk {
        condition.lock()
        defer { condition.unlock() }
        return spare.popLast() ?? RowChunk()
    }

    /// Queues a filled chunk, waiting while the consumer is behind. False once cancelled.
    func put(_ chunk: consuming RowChunk) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while ready.count >= capacity && !cancelled { condition.wait() }
        if cancelled { return false }
        ready.append(chunk)
        condition.broadcast()
        return true
    }

    /// The next filled chunk, or nil when the producer has finished and all were taken.
    func take() -> RowChunk? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !finished { condition.wait() }
        if ready.isEmpty { return nil }
        let chunk = ready.removeFirst()
        condition.broadcast()
        return chunk
    }

    func recycle(_ chunk: consuming RowChunk) {
        chunk.reset()
        condition.lock()
        spare.append(chunk)
        condition.unlock()
    }

    /// Called by the producer when it has put its last chunk (or failed).
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Called by the consumer to stop the producer early (an error on its side).
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// Blocks until the producer has called ``finish()``.
    func waitUntilFinished() {
        condition.lock()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
