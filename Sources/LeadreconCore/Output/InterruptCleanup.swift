import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a run in flight must undo if the process is told to stop (SIGTERM from `kill` or a cron
/// timeout, SIGINT from Ctrl-C): remove its staging folder and its lock, and put the previous
/// reports back if the signal fell between the two renames of a publish.
///
/// Process-wide by nature, as signals are: the one piece of global state in the library, behind a
/// lock. ``OutputDirectory`` registers itself while it holds the lock; the command's signal thread
/// calls ``runAll()`` and then lets the signal end the process.
public enum InterruptCleanup {
    private final class Registry: @unchecked Sendable {
        let lock = NSLock()
        var actions: [ObjectIdentifier: @Sendable () -> Void] = [:]
    }
    private static let registry = Registry()

    static func register(_ owner: AnyObject, _ action: @escaping @Sendable () -> Void) {
        registry.lock.withLock { registry.actions[ObjectIdentifier(owner)] = action }
    }

    static func unregister(_ owner: AnyObject) {
        _ = registry.lock.withLock { registry.actions.removeValue(forKey: ObjectIdentifier(owner)) }
    }

    /// Runs every registered cleanup once. Called from the signal thread, never from a handler.
    public static func runAll() {
        let actions = registry.lock.withLock {
            defer { registry.actions.removeAll() }
            return Array(registry.actions.values)
        }
        actions.forEach { $0() }
    }

    /// The cleanup of one output directory, from its paths only (it must not touch the object,
    /// which the main thread may be using).
    static func outputDirectory(staging: String, lock: String, final: String, previous: String) -> @Sendable () -> Void {
        {
            let fm = FileManager.default
            if !fm.fileExists(atPath: final), fm.fileExists(atPath: previous) { _ = rename(previous, final) }
            try? fm.removeItem(atPath: staging)
            unlink(lock)
        }
    }
}
