public import Foundation
import GRDB

/// The run history: one SQLite database (GRDB) holding every successful run of every pipeline
/// that writes to it — its metadata and counts, and for its last runs the stable keys of its
/// findings (``FrontCodedFindings``, one row a run) — so that `flags.csv` can say which findings
/// are new since the previous run and a report can show how the counts move.
///
/// Opening checks the file at once (schema migrated, every table checked page by page), so a
/// damaged or locked database stops the run before any stage has spent time, and before anything
/// is published.
public final class RunHistory: Sendable {
    /// The database file.
    public let url: URL
    /// How long to wait for another process's lock before giving up.
    public let busyTimeout: Double
    private let queue: DatabaseQueue

    /// How long a run waits for another run that is recording its results: those transactions take
    /// milliseconds, so a lock held this long is something else and is reported.
    public static let defaultBusyTimeout = 5.0

    /// Opens (creating when absent, with its folder) and migrates the database at `url`.
    /// - Throws: ``HistoryError``; the file is never removed or replaced.
    public init(url: URL, busyTimeout: Double = RunHistory.defaultBusyTimeout) throws(HistoryError) {
        self.url = url
        self.busyTimeout = busyTimeout
        let path = url.path
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .unavailable(path: path, reason: (error as NSError).localizedFailureReason ?? "\(error)")
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        queue = try Self.attempt(path: path, timeout: busyTimeout) {
            try DatabaseQueue(path: path, configuration: configuration)
        }
        let migrator = Self.migrator
        try Self.attempt(path: path, timeout: busyTimeout) {
            if try queue.read({ db in try migrator.hasBeenSuperseded(db) }) { throw HistoryError.newerSchema(path: path) }
            let applied = try queue.read { db in try migrator.appliedIdentifiers(db) }
            try migrator.migrate(queue)
            if applied.contains(Self.versionOne), !applied.contains(Self.findingsAsBlobs) {
                // The v1 findings' pages (50 MB a run at a million leads) are free now: given back
                // to the disk once (0.4 s after three such runs) rather than kept as the file's
                // size for ever.
                try queue.vacuum()
            }
            // A damaged page elsewhere than the schema shows up only when it is read, so the
            // tables are checked now, before any stage runs. The findings too since v2: retention
            // bounds them (30 runs of ~7 MB at a million leads: 0.05 s from the page cache, 0.7 s
            // from disk), where v1's rows took 20 s after twenty runs and were left unchecked.
            for table in Self.checkedTables {
                let check = try queue.read { db in try String.fetchOne(db, sql: "PRAGMA quick_check(\(table))") }
                if check != "ok" { throw HistoryError.corrupt(path: path, reason: check ?? "quick_check failed") }
            }
        }
    }

    /// The tables checked page by page when the history is opened: all of them (the freelist is
    /// not read by a check limited to tables).
    static let checkedTables = ["runs", "run_inputs", "run_flag_counts", "run_findings"]

    /// Runs `body` on the database, turning SQLite's errors into ``HistoryError``s naming the file.
    func access<T>(_ body: (DatabaseQueue) throws -> T) throws(HistoryError) -> T {
        try Self.attempt(path: url.path, timeout: busyTimeout) { try body(queue) }
    }

    private static func attempt<T>(path: String, timeout: Double, _ body: () throws -> T) throws(HistoryError) -> T {
        do {
            return try body()
        } catch let error as HistoryError {
            throw error
        } catch let error as DatabaseError {
            throw classify(error, path: path, timeout: timeout)
        } catch {
            throw .unavailable(path: path, reason: "\(error)")
        }
    }

    static func classify(_ error: DatabaseError, path: String, timeout: Double) -> HistoryError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked(path: path, seconds: timeout)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT, .SQLITE_FORMAT:
            return .corrupt(path: path, reason: error.message ?? "\(error.resultCode)")
        default:
            return .unavailable(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }
}
