import Foundation
import LeadreconCore

/// The stderr side of `run`: log lines (text or JSON lines) and, on a terminal, the progress bar.
///
/// Why not apple/swift-log: the runner reports through one `(String) -> Void` closure, and the
/// command has exactly two renderings of it. swift-log would add a dependency and a process-wide
/// `LoggingSystem.bootstrap` (global state the house rules keep out) to do what this type does in
/// a page; a `LogHandler` can still wrap ``write(_:)`` if leadrecon is ever embedded as a library.
final class RunLog: @unchecked Sendable {
    enum Level: String { case info, warning, error }

    let format: LogFormat
    let quiet: Bool
    /// Drawn only on a terminal; every log line erases it first so the two never interleave.
    let bar: ProgressBar?
    private let lock = NSLock()
    private let write: @Sendable (String) -> Void

    init(format: LogFormat, quiet: Bool, bar: ProgressBar?, write: @escaping @Sendable (String) -> Void = Console.error) {
        self.format = format
        self.quiet = quiet
        self.bar = bar
        self.write = write
    }

    /// A line from the runner: `stage: message`, `stage: warning: message` or `warning: message`.
    func runner(_ line: String) {
        var message = Substring(line)
        var fields: [String: JSONLogLine.Value] = [:]
        if let colon = message.range(of: ": "), PipelineStage(rawValue: String(message[..<colon.lowerBound])) != nil {
            fields["stage"] = .string(String(message[..<colon.lowerBound]))
            message = message[colon.upperBound...]
        }
        var level = Level.info
        if message.hasPrefix("warning: ") {
            level = .warning
            message = message.dropFirst("warning: ".count)
        }
        emit(level, String(message), fields: fields, text: line, silent: quiet)
    }

    func warning(_ message: String) {
        emit(.warning, message, fields: [:], text: "warning: \(message)", silent: quiet)
    }

    /// Why the run could not run: always written, `--quiet` or not.
    func error(_ message: String, exitCode: Int32) {
        emit(.error, message, fields: ["exit_code": .int(Int(exitCode))], text: "leadrecon: \(message)", silent: false)
    }

    /// The end of a run, for log collectors (the text form prints the headline on stdout instead).
    func finished(_ result: PipelineRunner.Result, exitCode: Int32) {
        guard format == .json, !quiet else { return }
        let ledger = result.summary.ledger
        var fields: [String: JSONLogLine.Value] = [
            "exit_code": .int(Int(exitCode)), "out": .string(DisplayPath.of(result.outputDirectory)),
            "rows_read": .int(ledger.rowsRead), "rows_loaded": .int(ledger.rowsLoaded), "rows_rejected": .int(ledger.rowsRejected),
            "run_id": .string(result.summary.run.id),
        ]
        if let link = result.summary.link { fields["people"] = .int(link.people) }
        for (flag, count) in result.summary.flags { fields["findings_\(flag.lowercased())"] = .int(count) }
        emit(.info, "run finished", fields: fields, text: "", silent: false)
    }

    func progress(_ progress: RunProgress) {
        guard !quiet, let bar else { return }
        lock.withLock { bar.update(progress) }
    }

    /// Erases the bar at the end of the run.
    func close() {
        guard let bar else { return }
        lock.withLock { bar.erase() }
    }

    private func emit(_ level: Level, _ message: String, fields: [String: JSONLogLine.Value], text: String, silent: Bool) {
        guard !silent else { return }
        let line: String
        switch format {
        case .text: line = text
        case .json: line = JSONLogLine(level: level.rawValue, message: message, fields: fields).text
        }
        lock.withLock {
            bar?.erase()
            write(line)
            bar?.redraw()
        }
    }
}
