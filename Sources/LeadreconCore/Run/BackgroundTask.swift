import Foundation

/// One piece of work on a thread of its own while the caller goes on, such as reading the
/// previous run's finding keys from the history database while the flag stage evaluates people,
/// or writing one output file (``ConcurrentOutput``). `value()` waits for it and returns its
/// result or rethrows its error; waiting again gives the same outcome. A caller that gives up
/// early (an error elsewhere) need not wait: the work captures only `Sendable` values, and its
/// thread ends on its own.
final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once by the thread before it leaves `done`; read only after waiting on `done`.
    private var result: Result<Value, any Error>?

    init(_ name: String, _ work: @escaping @Sendable () throws -> Value) {
        done.enter()
        let thread = Thread { [self] in
            result = Result { try work() }
            done.leave()
        }
        thread.name = name
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the work; its value, or its error.
    func value() throws -> Value {
        done.wait()
        return try result!.get()
    }
}
