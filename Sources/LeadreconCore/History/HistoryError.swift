/// Why the run history could not be used (exit code 2). The database file is never deleted or
/// rewritten to get past one of these: what it holds may be the only record of earlier runs.
public enum HistoryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not an SQLite database, or SQLite reports it damaged.
    case corrupt(path: String, reason: String)
    /// Another process held a lock on the database for longer than the busy timeout.
    case locked(path: String, seconds: Double)
    /// The file or its folder cannot be created, opened or written.
    case unavailable(path: String, reason: String)
    /// The database was written by a newer leadrecon (a migration this version does not know).
    case newerSchema(path: String)

    public var description: String {
        switch self {
        case .corrupt(let path, let reason):
            "\(path): the run history is not a readable SQLite database (\(reason)); move the file away to start a new history, or run with --no-history (the previous reports are unchanged)"
        case .locked(let path, let seconds):
            "\(path): the run history is locked by another process (waited \(Self.format(seconds)) s); try again when it has finished, or run with --no-history (the previous reports are unchanged)"
        case .unavailable(let path, let reason):
            "\(path): cannot use the run history (\(reason)); check the folder's permissions and free space, set outputs.history to another file, or run with --no-history"
        case .newerSchema(let path):
            "\(path): the run history was written by a newer leadrecon; use that version, point outputs.history to another file, or run with --no-history"
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
