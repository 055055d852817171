/// What kind of personal value a token stands for; the kind is the token's prefix
/// (`email:3fa94c0e1b2d7a55`), so a reader of a report knows what was replaced.
public enum PersonalValueKind: String, Sendable, CaseIterable {
    case email
    case phone
    /// A person's name, or a sales rep's (the CRM owner).
    case name
    /// A whole row of an input file that was rejected: it cannot be split into fields reliably.
    case row
    /// A value quoted in a diagnostic or a warning, whose field is not known there.
    case value
    /// A free-text line around a table (a report title or "exported by" line).
    case text

    /// The form that is tokenised, so that spellings of one value give one token: e-mails and
    /// names in lower case with runs of white space as one space, phones as their digits (with a
    /// leading `+`); rows, values and text exactly as they are.
    func normalised(_ value: String) -> String {
        switch self {
        case .email, .name:
            value.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        case .phone:
            (value.trimmingPrefix(while: \.isWhitespace).first == "+" ? "+" : "") + value.filter(\.isNumber)
        case .row, .value, .text:
            value
        }
    }
}
