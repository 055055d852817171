/// Why a row was not loaded.
public enum RejectReason: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The row has a different number of fields than the header.
    case fieldCount(expected: Int, found: Int)
    /// Text follows a closing quote, as in `"Acme" Corp`.
    case textAfterClosingQuote
    /// A quote inside a field that did not start with one, as in `12" display`.
    case quoteInUnquotedField
    /// The row holds a NUL byte (binary data or a broken export).
    case nulByte
    /// A field is longer than the configured maximum.
    case oversizeField(limit: Int)
    /// A quote opens a field and is never closed (or the field grew past the limit): only the
    /// quote's own line is rejected and reading resumes on the next line.
    case unterminatedQuote
    /// A reason given by a later stage (for instance a missing record id).
    case other(code: String, message: String)

    /// A stable machine-readable code for `rejects.csv` and counts.
    public var code: String {
        switch self {
        case .fieldCount: "field_count"
        case .textAfterClosingQuote: "text_after_closing_quote"
        case .quoteInUnquotedField: "quote_in_unquoted_field"
        case .nulByte: "nul_byte"
        case .oversizeField: "oversize_field"
        case .unterminatedQuote: "unterminated_quote"
        case .other(let code, _): code
        }
    }

    public var description: String {
        switch self {
        case .fieldCount(let expected, let found):
            "field_count: expected \(expected) fields as in the header, found \(found)"
        case .textAfterClosingQuote:
            "text_after_closing_quote: text follows a closing quote; a quote inside a quoted field must be doubled (\"\")"
        case .quoteInUnquotedField:
            "quote_in_unquoted_field: a quote inside an unquoted field; quote the whole field and double the quote"
        case .nulByte:
            "nul_byte: the row holds a NUL byte (binary data?)"
        case .oversizeField(let limit):
            "oversize_field: a field is longer than max_field_bytes (\(limit) bytes)"
        case .unterminatedQuote:
            "unterminated_quote: a quoted field opens on this line and is never closed (or grows past max_field_bytes); reading resumed on the next line"
        case .other(let code, let message):
            "\(code): \(message)"
        }
    }
}

/// A row that was read but not loaded, with everything needed to find and fix it.
public struct RejectedRow: Sendable, Equatable {
    /// The physical line (1-based) the row starts on.
    public var line: Int
    /// The last physical line of the row.
    public var endLine: Int
    public var reason: RejectReason
    /// The row's text as it stands in the file (decoded to UTF-8, capped at ``rawLimit`` bytes).
    public var raw: String

    /// Longer raw text is cut, with a note of how much: the file and line still locate it.
    public static let rawLimit = 64 * 1024

    public init(line: Int, endLine: Int, reason: RejectReason, raw: String) {
        self.line = line
        self.endLine = endLine
        self.reason = reason
        self.raw = raw
    }
}
