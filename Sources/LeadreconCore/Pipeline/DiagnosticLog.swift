/// Collects the problems found while reading one pipeline file, so that all of them are
/// reported together rather than one per attempt.
///
/// A reference type because every reader and validator step appends to the same log; it lives
/// for one load and is never shared across threads.
final class DiagnosticLog {
    private(set) var entries: [(location: SourceLocation, message: String)] = []

    var isEmpty: Bool { entries.isEmpty }

    func error(_ message: String, at location: SourceLocation) {
        entries.append((location, message))
    }

    /// The problems as diagnostics of `file`, sorted by position (stable for equal positions).
    func diagnostics(file: String) -> [PipelineDiagnostic] {
        entries.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map {
                PipelineDiagnostic(file: file, line: $0.element.location.line,
                                   column: $0.element.location.column, message: $0.element.message)
            }
    }
}
