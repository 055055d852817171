/// Two output files written on threads of their own while the caller goes on with others.
///
/// `wait()` must be called before the output directory is published or abandoned: it joins both
/// threads and rethrows the first file's error, else the second's, so a failed write fails the run
/// the same way whichever thread finished first. Waiting again returns the same outcome.
final class ConcurrentOutput<First: Sendable>: Sendable {
    private let first: BackgroundTask<First>
    private let second: BackgroundTask<Void>

    private init(first: BackgroundTask<First>, second: BackgroundTask<Void>) {
        self.first = first
        self.second = second
    }

    /// Starts `first` and `second`, each on a thread of its own. The closures may capture values
    /// that are not `Sendable`: each is only read, by its thread, until `wait()` returns.
    static func start(_ first: @escaping () throws -> First, and second: @escaping () throws -> Void) -> ConcurrentOutput {
        let jobs = UncheckedSendable((first, second))
        return ConcurrentOutput(first: BackgroundTask("leadrecon-output") { try jobs.value.0() },
                                second: BackgroundTask("leadrecon-output") { try jobs.value.1() })
    }

    /// Waits for both files; the first one's result, or the first error in file order.
    func wait() throws -> First {
        let firstResult = Result { try first.value() }
        let secondResult = Result { try second.value() }   // both joined before either error is thrown
        let value = try firstResult.get()
        try secondResult.get()
        return value
    }
}
