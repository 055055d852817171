import Foundation

/// Runs one piece of work per source on threads of their own, so that the three inputs of a run
/// (marketing, CRM leads, activities) are read at the same time and both cores stay busy while the
/// largest file is still being read.
///
/// Results come back in source order and the first error in source order is the one thrown, so
/// the outcome does not depend on which thread finished first.
enum ConcurrentSources {
    static func map<Source: Sendable, Result: Sendable>(
        _ sources: [Source], _ body: @escaping @Sendable (Source) throws -> Result
    ) throws -> [Result] {
        let slots = Slots<Result>(count: sources.count)
        let group = DispatchGroup()
        for (index, source) in sources.enumerated() {
            let thread = Thread {
                slots.set(index, Swift.Result { try body(source) })
                group.leave()
            }
            thread.name = "leadrecon-ingest-\(index)"
            thread.stackSize = 8 << 20
            group.enter()
            thread.start()
        }
        group.wait()
        return try slots.values.map { try $0!.get() }
    }

    /// Each slot is written once, under the lock (writes to one array from several threads would
    /// be overlapping accesses); all are read after `DispatchGroup.wait()`.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [Swift.Result<Value, any Error>?]

        init(count: Int) { stored = Array(repeating: nil, count: count) }

        var values: [Swift.Result<Value, any Error>?] { lock.withLock { stored } }

        func set(_ index: Int, _ value: Swift.Result<Value, any Error>) {
            lock.withLock { stored[index] = value }
        }
    }
}
