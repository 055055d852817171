import Foundation

/// Two output files written on threads of their own while the caller goes on with others.
///
/// `wait()` must be called before the output directory is published or abandoned: it joins both
/// threads and rethrows the first file's error, else the second's, so a failed write fails the run
/// the same way whichever thread finished first. Waiting again returns the same outcome.
final class ConcurrentOutput<First: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    private let lock = NSLock()
    private var first: Result<First, any Error>?
    private var second: Result<Void, any Error>?

    /// Starts `first` and `second`, each on a thread of its own. The closures may capture values
    /// that are not `Sendable`: each is only read, by its thread, until `wait()` returns.
    static func start(_ first: @escaping () throws -> First, and second: @escaping () throws -> Void) -> ConcurrentOutput {
        let output = ConcurrentOutput()
        let jobs = UncheckedSendable((first, second))
        output.spawn { let result = Result { try jobs.value.0() }; output.lock.withLock { output.first = result } }
        output.spawn { let result = Result { try jobs.value.1() }; output.lock.withLock { output.second = result } }
        return output
    }

    private func spawn(_ body: @escaping @Sendable () -> Void) {
        group.enter()
        let thread = Thread { [group] in
            body()
            group.leave()
        }
        thread.name = "leadrecon-output"
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for both files; the first one's result, or the first error in file order.
    func wait() throws -> First {
        group.wait()
        let (first, second) = lock.withLock { (self.first!, self.second!) }
        let value = try first.get()
        try second.get()
        return value
    }
}
