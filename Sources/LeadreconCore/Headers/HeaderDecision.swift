/// What the mapper did with one column of the header line, for `leadrecon inspect` and for
/// reports that explain why a column was or was not loaded.
public struct HeaderDecision: Sendable, Hashable {
    /// How a column got its field, or why it got none.
    public enum How: String, Sendable, Hashable {
        /// The preset's aliases matched the header.
        case preset
        /// The pipeline file's `columns:` named this header for `field`.
        case override
        /// No alias matched, or it matched a field the role does not load: the column is dropped
        /// (data minimisation).
        case unmapped
        /// The same header (after folding) appeared in an earlier column, which is used instead;
        /// `field` is what the earlier column carries, if anything.
        case duplicate
        /// Another column carries `field`: an override, a preferred alias or an earlier column
        /// that means the same (`Phone` before `Telefon`). This column is not loaded.
        case superseded
    }

    /// Zero-based column index.
    public let index: Int
    /// The header as the file has it.
    public let header: String
    /// The field the column carries; for `.duplicate` and `.superseded`, the field it would have
    /// carried, which another column carries instead.
    public let field: CanonicalField?
    /// How the decision was made.
    public let how: How

    /// Creates a decision.
    public init(index: Int, header: String, field: CanonicalField?, how: How) {
        self.index = index
        self.header = header
        self.field = field
        self.how = how
    }

    /// One-based column number, as people and spreadsheets count.
    public var column: Int { index + 1 }

    /// Whether the column's values are loaded.
    public var isLoaded: Bool { how == .preset || how == .override }
}
