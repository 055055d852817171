public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The reports directory of a run, replaced as a whole only when the run succeeds.
///
/// Files are written into a hidden staging sibling (`.NAME.staging-PID`); ``publish()`` swaps it in
/// place of the previous directory. An interrupted or failed run leaves the previous reports as they
/// were. A lock file (`.NAME.lock`, holding the pid) stops a second run writing the same directory;
/// a lock whose process is gone is taken over with a warning.
public final class OutputDirectory {
    /// Where the reports end up.
    public let finalURL: URL
    /// Where this run writes them until ``publish()``.
    public let stagingURL: URL
    private let lockURL: URL
    private var locked = false
    private var published = false
    /// Notes for the log, such as a stale lock taken over.
    public private(set) var warnings: [String] = []

    /// Takes the lock and creates an empty staging directory.
    public init(_ url: URL) throws(OutputError) {
        finalURL = url.standardizedFileURL
        let parent = finalURL.deletingLastPathComponent()
        let name = finalURL.lastPathComponent
        let pid = getpid()
        stagingURL = parent.appendingPathComponent(".\(name).staging-\(pid)")
        lockURL = parent.appendingPathComponent(".\(name).lock")
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: parent.path, reason: Self.reason(error))
        }
        try acquireLock(pid: pid)
        removeLeftovers(in: parent, name: name)
        do {
            try FileManager.default.createDirectory(at: stagingURL, withIntermediateDirectories: false)
        } catch {
            releaseLock()
            throw .cannotCreate(path: stagingURL.path, reason: Self.reason(error))
        }
        InterruptCleanup.register(self, InterruptCleanup.outputDirectory(
            staging: stagingURL.path, lock: lockURL.path, final: finalURL.path, previous: previousURL.path))
    }

    deinit {
        InterruptCleanup.unregister(self)
        if !published { try? FileManager.default.removeItem(at: stagingURL) }
        releaseLock()
    }

    /// Where ``publish()`` parks the previous reports between its two renames.
    private var previousURL: URL {
        finalURL.deletingLastPathComponent().appendingPathComponent(".\(finalURL.lastPathComponent).previous-\(getpid())")
    }

    /// The URL of a report file inside the staging directory.
    public func file(_ name: String) -> URL { stagingURL.appendingPathComponent(name) }

    /// Moves the staged reports into place; the previous directory is removed only afterwards.
    public func publish() throws(OutputError) {
        let fm = FileManager.default
        let previous = previousURL
        var hadPrevious = false
        if fm.fileExists(atPath: finalURL.path) {
            if rename(finalURL.path, previous.path) != 0 {
                throw .cannotPublish(path: finalURL.path, reason: String(cString: strerror(errno)))
            }
            hadPrevious = true
        }
        if rename(stagingURL.path, finalURL.path) != 0 {
            let reason = String(cString: strerror(errno))
            if hadPrevious { _ = rename(previous.path, finalURL.path) }
            throw .cannotPublish(path: finalURL.path, reason: reason)
        }
        published = true
        InterruptCleanup.unregister(self)
        if hadPrevious { try? fm.removeItem(at: previous) }
        releaseLock()
    }

    // MARK: - Lock

    private func acquireLock(pid: Int32) throws(OutputError) {
        for _ in 0..<2 {
            let fd = open(lockURL.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd >= 0 {
                let text = "\(pid)\n"
                _ = text.withCString { write(fd, $0, strlen($0)) }
                close(fd)
                locked = true
                return
            }
            guard errno == EEXIST else {
                throw .cannotCreate(path: lockURL.path, reason: String(cString: strerror(errno)))
            }
            let holder = (try? String(contentsOf: lockURL, encoding: .utf8))
                .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if let holder, holder != pid, Self.isAlive(holder) {
                throw .locked(path: finalURL.path, pid: holder, lockPath: lockURL.path)
            }
            warnings.append("took over the stale lock \(lockURL.path) (process \(holder.map(String.init) ?? "?") is gone)")
            unlink(lockURL.path)
        }
        throw .cannotCreate(path: lockURL.path, reason: "the lock keeps reappearing")
    }

    private func releaseLock() {
        guard locked else { return }
        unlink(lockURL.path)
        locked = false
    }

    private static func isAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// Removes staging and previous directories that crashed runs left behind.
    private func removeLeftovers(in parent: URL, name: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries where entry.hasPrefix(".\(name).staging-") || entry.hasPrefix(".\(name).previous-") {
            guard let pid = entry.split(separator: "-").last.flatMap({ Int32($0) }), !Self.isAlive(pid) else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
        }
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}

/// Why the reports directory could not be prepared or published.
public enum OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotCreate(path: String, reason: String)
    case locked(path: String, pid: Int32, lockPath: String)
    case cannotPublish(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotCreate(let path, let reason):
            "\(path): cannot create (\(reason)); check the output directory's permissions and free space"
        case .locked(let path, let pid, let lockPath):
            "\(path): another leadrecon run (pid \(pid)) is writing here; wait for it, or delete \(lockPath) if that process is not leadrecon"
        case .cannotPublish(let path, let reason):
            "\(path): cannot move the new reports into place (\(reason)); the previous reports are unchanged"
        }
    }
}
