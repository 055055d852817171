import ArgumentParser

/// How `run` writes its log lines on stderr: as text for people, or as JSON lines for log
/// collectors (one object per line: `ts`, `level`, `msg`, then fields).
enum LogFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text
    case json
}
