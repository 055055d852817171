extension PersonNameNormalizer {
    /// The keys of a first-name and a last-name cell that are one plain ASCII word each (`Hans` +
    /// `Mueller`, `Marie-Luise` + `O'Brien`), as `linkKeys(first:last:)` gives them; nil when
    /// either cell is anything else, or when neither has a key.
    ///
    /// Why a hand-written path: most distinct names of a register are such pairs (a million
    /// records hold some 350,000 distinct first + last names), and for them the parser's rules
    /// reduce to three: cleaning changes nothing, the last name is its word, and the first name is
    /// its word unless that is a salutation or a title (`Herr` + `Müller`), which is taken off
    /// (`NameParser.normalizeCells`: one word per cell leaves no particles to move and no
    /// postnominals to strip). The keys are then the words' letters in lower case. A property test
    /// compares this path with the parser on generated ASCII words.
    static func plainWordKeys(first: String, last: String) -> (first: String, last: String)? {
        guard let firstLetters = plainWordLetters(first), let lastLetters = plainWordLetters(last) else { return nil }
        let firstKind = NameAffixes.code(Substring(first)).map(NameAffixes.kind(of:)) ?? []
        let firstKey = firstKind.isDisjoint(with: [.salutation, .title]) ? firstLetters : ""
        guard !firstKey.isEmpty || !lastLetters.isEmpty else { return nil }
        return (firstKey, lastLetters)
    }

    /// The lower-case letters of `cell` when it is one plain word: printable ASCII without blanks
    /// or commas (which split cells), and not punctuation only (which counts as an empty cell).
    private static func plainWordLetters(_ cell: String) -> String? {
        var cell = cell
        return cell.withUTF8 { bytes -> String? in
            guard !bytes.isEmpty else { return nil }
            var onlyPunctuation = true
            for byte in bytes {
                guard byte > 0x20, byte < 0x7F, byte != UInt8(ascii: ",") else { return nil }
                if onlyPunctuation, !NamePunctuation.isPunctuation(Unicode.Scalar(byte)) { onlyPunctuation = false }
            }
            guard !onlyPunctuation else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var count = 0
                for byte in bytes where CellBytes.isLetter(byte) {
                    buffer[count] = byte | 0x20
                    count += 1
                }
                return count
            }
        }
    }
}
