import Foundation

/// Folds an export header into the form that header aliases are compared in.
///
/// The same column reaches us spelt many ways: `Company / Account`, `company/account` and
/// `COMPANY_ACCOUNT`; `FirstName` from the Salesforce API and `FIRSTNAME` from Data Loader; a
/// HubSpot label with straight quotes from one export and curly quotes from another; `Nachname*`
/// with the required-field marker of an import template; a UTF-8 byte order mark glued to the first
/// header. Folding makes each of these one key, so a preset lists a label once.
///
/// The steps, in order:
/// 1. drop a byte order mark (U+FEFF) and other zero-width characters;
/// 2. Unicode NFKC (full-width letters, ligatures and no-break spaces become plain ones);
/// 3. full case folding (so `ẞ` and `ß` both become `ss`), then NFKC again to recompose;
/// 4. umlauts folded the German way: `ä→ae`, `ö→oe`, `ü→ue`, `ß→ss` (upper case is already folded);
/// 5. straight, curly and low quotes and guillemets removed;
/// 6. every run of whitespace, dashes, underscores, slashes, dots, colons, bars and brackets
///    becomes one space, and the result is trimmed (so `Activity ID (18 Char)` and
///    `Activity ID(18 Char)` meet);
/// 7. a trailing `*` (required-field marker) is removed.
///
/// CamelCase is deliberately not split: `FirstName` and `FIRSTNAME` must fold alike, and an
/// upper-cased header has no case boundaries left to split on. Presets list `First Name` and
/// `FirstName` as separate aliases instead.
public enum HeaderFolding {
    /// Folds one header for comparison; see the type's documentation for the steps.
    ///
    /// Folding is idempotent: `fold(fold(h)) == fold(h)` for every header `h`.
    /// - Parameter header: a header as read from the export, or an alias as written in a preset.
    /// - Returns: the folded key, empty when the header holds only separators, quotes or markers.
    public static func fold(_ header: String) -> String {
        foldedASCII(header) ?? foldedUnicode(header)
    }

    /// `fold(_:)` through Foundation: any header.
    static func foldedUnicode(_ header: String) -> String {
        var cleaned = String.UnicodeScalarView()
        cleaned.append(contentsOf: header.unicodeScalars.lazy.filter { !isInvisible($0) })
        let folded = String(cleaned)
            .precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive], locale: nil)
            .precomposedStringWithCompatibilityMapping

        var output = String.UnicodeScalarView()
        var separatorPending = false
        for scalar in folded.unicodeScalars {
            if isInvisible(scalar) || quotes.contains(scalar) { continue }
            if isSeparator(scalar) {
                separatorPending = !output.isEmpty
                continue
            }
            if separatorPending {
                output.append(" ")
                separatorPending = false
            }
            switch scalar {
            case "ä": output.append(contentsOf: "ae".unicodeScalars)
            case "ö": output.append(contentsOf: "oe".unicodeScalars)
            case "ü": output.append(contentsOf: "ue".unicodeScalars)
            case "ß": output.append(contentsOf: "ss".unicodeScalars)
            default: output.append(scalar)
            }
        }
        // The required-field marker sits at the very end, possibly after a space: `Email *`.
        while let last = output.last, last == "*" || last == " " {
            output.removeLast()
        }
        return String(output)
    }

    /// Quote characters that exports and hand-typed aliases use around labels such as HubSpot's
    /// `Date entered "Marketing Qualified Lead (Lifecycle Stage Pipeline)"`.
    private static let quotes: Set<Unicode.Scalar> = [
        "\"", "'", "`",
        "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}",  // “ ” „ ‟
        "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}",  // ‘ ’ ‚ ‛
        "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}",  // « » ‹ ›
    ]

    /// Punctuation that only separates words in a header; runs of it fold to one space.
    private static let separators: Set<Unicode.Scalar> = [
        "/", "\\", ".", ":", "|", "(", ")", "[", "]", "{", "}",
        "\u{00B7}", "\u{2022}", "\u{2044}", "\u{2215}", "\u{2212}",
    ]

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        if separators.contains(scalar) || scalar.properties.isWhitespace { return true }
        switch scalar.properties.generalCategory {
        case .dashPunctuation, .connectorPunctuation, .spaceSeparator, .control: return true
        default: return false
        }
    }

    /// The byte order mark and zero-width characters, which survive NFKC and are never meant.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFEFF, 0x200B, 0x200C, 0x200D, 0x2060, 0x00AD: true
        default: false
        }
    }
}
