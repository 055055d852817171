/// Why a pipeline file could not be loaded. The module's one public error type.
///
/// Its description is what the command prints: one `FILE:LINE:COL: message` line per problem,
/// with short lower-case messages, e.g.
/// `pipelines/default.yaml:12:5: unknown key 'treshold' (did you mean 'threshold'?)`.
public enum PipelineFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be read at all (missing, unreadable, not UTF-8).
    case unreadable(file: String, reason: String)
    /// The file was read but is wrong: every problem found, sorted by position. Never empty.
    case invalid([PipelineDiagnostic])

    /// The problems as located diagnostics; an unreadable file gives one at 1:1.
    public var diagnostics: [PipelineDiagnostic] {
        switch self {
        case .unreadable(let file, let reason):
            [PipelineDiagnostic(file: file, line: 1, column: 1, message: reason)]
        case .invalid(let diagnostics):
            diagnostics
        }
    }

    /// One `FILE:LINE:COL: message` line per problem, or `FILE: reason` for an unreadable file.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): \(reason)"
        case .invalid(let diagnostics):
            diagnostics.map(\.description).joined(separator: "\n")
        }
    }
}
