import Dispatch

/// Hands out the numbers `0..<count` once each, to whichever thread asks first: workers of a
/// parallel loop take pieces of work from it as they become free.
///
/// Why not a fixed share per worker: the machines are shared, and when another process slows one
/// core down, a worker with a fixed half finishes late while the other waits idle. A serial queue
/// rather than an atomic (`Atomic` needs macOS 15): it is asked a few dozen times per loop.
public final class WorkCounter: @unchecked Sendable {
    private let count: Int
    private var next = 0
    private let queue = DispatchQueue(label: "leadrecon.work-counter")

    /// A counter of `count` pieces.
    public init(count: Int) {
        self.count = count
    }

    /// The next piece, or nil when all have been taken.
    public func take() -> Int? {
        queue.sync {
            guard next < count else { return nil }
            next += 1
            return next - 1
        }
    }
}
