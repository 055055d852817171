/// One problem in a pipeline file, at a line and column (both counted from 1; columns in
/// Unicode scalars, as the YAML parser counts them).
public struct PipelineDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The pipeline file as the user named it.
    public var file: String
    /// The line, from 1.
    public var line: Int
    /// The column, from 1, in Unicode scalars.
    public var column: Int
    /// What is wrong, and where it helps, what to do: short and lower-case.
    public var message: String

    /// A diagnostic of `file` at `line`:`column`.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE:COL: message`.
    public var description: String {
        "\(file):\(line):\(column): \(message)"
    }
}
