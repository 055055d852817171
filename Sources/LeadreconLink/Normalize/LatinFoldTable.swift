/// Folds one Unicode scalar of Latin script to lower-case ASCII without ICU.
///
/// Latin-1 Supplement and Latin Extended-A (U+00C0–U+017F) come from a table: these cover the
/// names of Western, Central and Eastern Europe and Turkey (`ı`, `İ`, `ş`, `ğ`), which is nearly
/// all of what DACH exports hold. Punctuation look-alikes (curly apostrophes, dashes, no-break
/// spaces) become their ASCII forms. Letters of other scripts are reported so that the caller can
/// transliterate the whole value with ICU.
enum LatinFoldTable {
    /// What the fold of one scalar did.
    enum Step {
        /// The scalar's fold (possibly nothing, for a combining mark) was appended.
        case appended
        /// A letter of another script (Cyrillic, Greek, Han, Vietnamese stacks, …): nothing appended.
        case otherScript
    }

    /// `fold(_:style:)`'s answer for a letter of another script.
    static let otherScript: UInt16 = 0xFFFF

    /// The lower-case ASCII fold of `scalar`, packed: low byte first, high byte second or 0; 0 for
    /// nothing (a combining mark); `otherScript` for a letter of another script (Cyrillic, Greek,
    /// Han, Vietnamese stacks, …), which the caller transliterates with ICU.
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar, style: FoldStyle) -> UInt16 {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(truncatingIfNeeded: value)
            return UInt16(byte &- 0x41 < 26 ? byte | 0x20 : byte)
        }
        if value >= 0xC0, value < 0x180 {
            if style == .german, let umlaut = germanUmlaut(value) {
                return UInt16(umlaut) | UInt16(UInt8(ascii: "e")) << 8
            }
            return latinLetters[Int(value &- 0xC0)]
        }
        switch value {
        case 0xB4, 0x2018, 0x2019, 0x201B, 0x2032, 0x02BB, 0x02BC:
            return UInt16(UInt8(ascii: "'"))  // ´ ‘ ’ ‛ ′ ʻ ʼ are typed as apostrophes in names
        case 0x2010...0x2015, 0x2212:
            return UInt16(UInt8(ascii: "-"))
        case 0xA0..<0xC0, 0x2000...0x206F, 0x3000, 0xFEFF:
            return UInt16(UInt8(ascii: " "))
        case 0x1E9E:
            return 0x7373  // capital sharp s: "ss"
        case 0x0370...0x03FF, 0x0400...0x0482, 0x048A...0x052F, 0x4E00...0x9FFF, 0xAC00...0xD7A3:
            return otherScript  // Greek, Cyrillic, CJK, Hangul letters: no property look-up needed
        default:
            if scalar.properties.isAlphabetic { return otherScript }
            if DisplayText.isCombiningMark(scalar) { return 0 }  // a leftover mark: the base carries the key
            return UInt16(UInt8(ascii: " "))  // symbols, emoji, digits of other scripts
        }
    }

    /// Appends the lower-case ASCII fold of `scalar` to `output`.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, style: FoldStyle, to output: inout [UInt8]) -> Step {
        let folded = fold(scalar, style: style)
        if folded == otherScript { return .otherScript }
        if folded != 0 { output.append(UInt8(truncatingIfNeeded: folded)) }
        if folded > 0xFF { output.append(UInt8(truncatingIfNeeded: folded >> 8)) }
        return .appended
    }

    /// Whether `scalar` is one of `ä ö ü Ä Ö Ü`, where the two folds differ.
    @inline(__always)
    static func isUmlaut(_ scalar: Unicode.Scalar) -> Bool {
        germanUmlaut(scalar.value) != nil
    }

    /// The fold of text known to be Latin (built-in word lists); letters of other scripts become
    /// spaces.
    static func foldedASCII(_ text: String, style: FoldStyle = .german) -> [UInt8] {
        var output: [UInt8] = []
        for scalar in text.unicodeScalars where append(scalar, style: style, to: &output) == .otherScript {
            output.append(UInt8(ascii: " "))
        }
        return output
    }

    /// The vowel of `ä ö ü Ä Ö Ü`, which the German convention spells with a following `e`.
    @inline(__always)
    private static func germanUmlaut(_ value: UInt32) -> UInt8? {
        switch value {
        case 0xC4, 0xE4: UInt8(ascii: "a")
        case 0xD6, 0xF6: UInt8(ascii: "o")
        case 0xDC, 0xFC: UInt8(ascii: "u")
        default: nil
        }
    }

    /// Plain ASCII fold of U+00C0–U+017F: low byte first letter, high byte second letter or 0.
    /// Generated from Unicode's compatibility decompositions, with ICU Latin-ASCII's choices for
    /// the letters that have none (`Æ→ae`, `Ø→o`, `Þ→th`, `ß→ss`, `Đ→d`, `ı→i`, `Ł→l`, `Œ→oe`).
    private static let latinLetters: [UInt16] = [
        0x0061, 0x0061, 0x0061, 0x0061, 0x0061, 0x0061, 0x6561, 0x0063,  // À Á Â Ã Ä Å Æ Ç
        0x0065, 0x0065, 0x0065, 0x0065, 0x0069, 0x0069, 0x0069, 0x0069,  // È É Ê Ë Ì Í Î Ï
        0x0064, 0x006E, 0x006F, 0x006F, 0x006F, 0x006F, 0x006F, 0x0020,  // Ð Ñ Ò Ó Ô Õ Ö ×
        0x006F, 0x0075, 0x0075, 0x0075, 0x0075, 0x0079, 0x6874, 0x7373,  // Ø Ù Ú Û Ü Ý Þ ß
        0x0061, 0x0061, 0x0061, 0x0061, 0x0061, 0x0061, 0x6561, 0x0063,  // à á â ã ä å æ ç
        0x0065, 0x0065, 0x0065, 0x0065, 0x0069, 0x0069, 0x0069, 0x0069,  // è é ê ë ì í î ï
        0x0064, 0x006E, 0x006F, 0x006F, 0x006F, 0x006F, 0x006F, 0x0020,  // ð ñ ò ó ô õ ö ÷
        0x006F, 0x0075, 0x0075, 0x0075, 0x0075, 0x0079, 0x6874, 0x0079,  // ø ù ú û ü ý þ ÿ
        0x0061, 0x0061, 0x0061, 0x0061, 0x0061, 0x0061, 0x0063, 0x0063,  // Ā ā Ă ă Ą ą Ć ć
        0x0063, 0x0063, 0x0063, 0x0063, 0x0063, 0x0063, 0x0064, 0x0064,  // Ĉ ĉ Ċ ċ Č č Ď ď
        0x0064, 0x0064, 0x0065, 0x0065, 0x0065, 0x0065, 0x0065, 0x0065,  // Đ đ Ē ē Ĕ ĕ Ė ė
        0x0065, 0x0065, 0x0065, 0x0065, 0x0067, 0x0067, 0x0067, 0x0067,  // Ę ę Ě ě Ĝ ĝ Ğ ğ
        0x0067, 0x0067, 0x0067, 0x0067, 0x0068, 0x0068, 0x0068, 0x0068,  // Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ
        0x0069, 0x0069, 0x0069, 0x0069, 0x0069, 0x0069, 0x0069, 0x0069,  // Ĩ ĩ Ī ī Ĭ ĭ Į į
        0x0069, 0x0069, 0x6A69, 0x6A69, 0x006A, 0x006A, 0x006B, 0x006B,  // İ ı Ĳ ĳ Ĵ ĵ Ķ ķ
        0x0071, 0x006C, 0x006C, 0x006C, 0x006C, 0x006C, 0x006C, 0x006C,  // ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ
        0x006C, 0x006C, 0x006C, 0x006E, 0x006E, 0x006E, 0x006E, 0x006E,  // ŀ Ł ł Ń ń Ņ ņ Ň
        0x006E, 0x006E, 0x006E, 0x006E, 0x006F, 0x006F, 0x006F, 0x006F,  // ň ŉ Ŋ ŋ Ō ō Ŏ ŏ
        0x006F, 0x006F, 0x656F, 0x656F, 0x0072, 0x0072, 0x0072, 0x0072,  // Ő ő Œ œ Ŕ ŕ Ŗ ŗ
        0x0072, 0x0072, 0x0073, 0x0073, 0x0073, 0x0073, 0x0073, 0x0073,  // Ř ř Ś ś Ŝ ŝ Ş ş
        0x0073, 0x0073, 0x0074, 0x0074, 0x0074, 0x0074, 0x0074, 0x0074,  // Š š Ţ ţ Ť ť Ŧ ŧ
        0x0075, 0x0075, 0x0075, 0x0075, 0x0075, 0x0075, 0x0075, 0x0075,  // Ũ ũ Ū ū Ŭ ŭ Ů ů
        0x0075, 0x0075, 0x0075, 0x0075, 0x0077, 0x0077, 0x0079, 0x0079,  // Ű ű Ų ų Ŵ ŵ Ŷ ŷ
        0x0079, 0x007A, 0x007A, 0x007A, 0x007A, 0x007A, 0x007A, 0x0073,  // Ÿ Ź ź Ż ż Ž ž ſ
    ]
}
