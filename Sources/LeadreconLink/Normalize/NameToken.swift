/// One word of a name cell, with its affix code and kinds worked out once.
struct NameToken {
    /// The word as written.
    let text: Substring
    /// See `NameAffixes.code(_:)`; nil for words too long to be affixes.
    let code: NameAffixes.Code?
    let kind: NameAffixes.Kind

    init(_ text: Substring) {
        self.text = text
        code = NameAffixes.code(text)
        kind = code.map(NameAffixes.kind(of:)) ?? []
    }

    /// Whether the word starts with a lower-case letter: particles written `von`, not `Von`.
    var isLowercase: Bool {
        guard let byte = text.utf8.first else { return false }
        if byte < 0x80 { return byte &- UInt8(ascii: "a") < 26 }
        return text.first?.isLowercase == true
    }

    /// Whether the word is written as an abbreviation or in lower case: `med.`, `(FH)`, `nat`.
    var looksAbbreviated: Bool {
        text.utf8.contains(UInt8(ascii: ".")) || text.utf8.first == UInt8(ascii: "(") || isLowercase
    }

    /// The words of cleaned text (single spaces, see `DisplayText`), split on its UTF-8 bytes. A
    /// stretch of punctuation alone (`,`, `-`, `’`) is no word: taken for one, it became a last name
    /// of no letters, and normalising the result again read the name differently (found by the
    /// idempotence property test).
    static func words(of text: Substring) -> [NameToken] {
        var words: [NameToken] = []
        words.reserveCapacity(6)  // growing from empty reallocates for every word
        var start = text.startIndex
        var index = text.startIndex
        let utf8 = text.utf8
        while index < text.endIndex {
            if utf8[index] == UInt8(ascii: " ") {
                if start < index, !isPunctuation(text[start..<index]) { words.append(NameToken(text[start..<index])) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start < text.endIndex, !isPunctuation(text[start...]) { words.append(NameToken(text[start...])) }
        return words
    }

    /// Nothing but punctuation.
    static func isPunctuation(_ text: Substring) -> Bool {
        text.unicodeScalars.allSatisfy(NamePunctuation.isPunctuation)
    }

    /// The words' text joined by single spaces.
    static func joined(_ tokens: ArraySlice<NameToken>) -> String {
        guard tokens.count > 1 else { return tokens.first.map { String($0.text) } ?? "" }
        var length = tokens.count
        for token in tokens { length += token.text.utf8.count }
        var text = ""
        text.reserveCapacity(length)
        for token in tokens {
            if !text.isEmpty { text.append(" ") }
            text.append(contentsOf: token.text)
        }
        return text
    }

    /// The number of words of the longest particle sequence starting at `start`, or 0.
    static func particleLength(in tokens: [NameToken], at start: Int) -> Int {
        guard start < tokens.count, tokens[start].kind.contains(.particle) else { return 0 }
        for particle in NameAffixes.particles where start + particle.count <= tokens.count {
            if particle.indices.allSatisfy({ tokens[start + $0].code == particle[$0] }) { return particle.count }
        }
        return 0
    }
}
