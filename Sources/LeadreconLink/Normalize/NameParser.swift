/// The pieces of a person's name as written, before any key is built.
struct NameParts {
    var first: [NameToken] = []
    var last: [NameToken] = []
    var leadingTitles: [NameToken] = []
    var trailingTitles: [NameToken] = []
    var salutation: Substring?
}

/// Splits names into salutation, titles, first and last name. Input is cleaned text (see
/// `DisplayText`): NFC, single spaces.
enum NameParser {
    /// Reads a first-name and a last-name cell. A full name in the first-name cell (last name
    /// empty) or a `Last, First` in the last-name cell (first name empty) is split as a full name;
    /// a single word stays where it was entered. Salutations and titles are taken from the front
    /// of either cell, postnominals (`PhD`, `, MBA`) from the end, and lower-case particles at the
    /// end of the first name (`Ludwig van` + `Beethoven`) move to the last name.
    static func parse(first: String, last: String) -> NameParts {
        let comma = UInt8(ascii: ",")
        // A cell of punctuation only (such as ",") counts as empty: else "Hans Hans" + "," kept
        // "Hans Hans" as the first name, and normalising the result again split it (found by the
        // idempotence property test).
        let noLast = isPunctuationOnly(last)
        let noFirst = isPunctuationOnly(first)
        if noLast, first.utf8.contains(where: { $0 == UInt8(ascii: " ") || $0 == comma }) {
            return parse(fullName: first)
        }
        if noFirst, last.utf8.contains(comma) { return parse(fullName: last) }
        var parts = NameParts()
        var firstTokens = words(of: first, titlesInto: &parts)
        var lastTokens = words(of: last, titlesInto: &parts)
        normalizeCells(first: &firstTokens, last: &lastTokens, into: &parts)
        return parts
    }

    /// Empty, or nothing but punctuation and spaces.
    private static func isPunctuationOnly(_ cell: String) -> Bool {
        cell.unicodeScalars.allSatisfy(NamePunctuation.isPunctuationOrSpace)
    }

    /// Reads a full name: `Dr. Hans-Peter von der Müller`, `Müller, Hans`, `Anna Schmidt, PhD`,
    /// `Herr Prof. Dr. med. Klaus Weber`. Without a comma the last name starts at the first
    /// particle that has a word after it (`von der Müller`, `de la Cruz`), else it is the last word;
    /// a particle at the very start counts only in lower case or as a sequence (`van der Berg`),
    /// so that `Van Morrison` keeps his first name. A single word is a last name. With a comma,
    /// the parts are read as a last-name and a first-name cell.
    static func parse(fullName: String) -> NameParts {
        var parts = NameParts()
        var segments: [[NameToken]] = []
        for (index, segment) in fullName.utf8.split(separator: UInt8(ascii: ",")).enumerated() {
            let words = NameToken.words(of: Substring(segment))
            if words.isEmpty { continue }
            if index > 0, isTitleSegment(words) {
                parts.trailingTitles.append(contentsOf: words)
            } else {
                segments.append(words)
            }
        }
        guard var words = segments.first else { return parts }
        if segments.count > 1 {
            var firstTokens = Array(segments[1...].joined())
            normalizeCells(first: &firstTokens, last: &words, into: &parts)
            return parts
        }
        stripLeadingAffixes(&words, into: &parts, keeping: 1)
        stripPostnominals(&words, into: &parts)
        let split = lastNameStart(words)
        parts.first = Array(words[..<split])
        parts.last = Array(words[split...])
        return parts
    }

    /// The rules for a first-name and a last-name cell, shared by `Last, First`, so that re-reading
    /// normalised parts changes nothing.
    private static func normalizeCells(first: inout [NameToken], last: inout [NameToken], into parts: inout NameParts) {
        stripLeadingAffixes(&first, into: &parts, keeping: last.isEmpty ? 1 : 0)
        stripLeadingAffixes(&last, into: &parts, keeping: 1)
        stripPostnominals(&last, into: &parts)
        stripPostnominals(&first, into: &parts)
        if !last.isEmpty { moveTrailingParticles(from: &first, to: &last) }
        parts.first = first
        parts.last = last
    }

    /// The words of a cell; comma-separated segments after the first that hold only titles
    /// (`Schmidt, Dr.`) go to the trailing titles.
    private static func words(of text: String, titlesInto parts: inout NameParts) -> [NameToken] {
        guard text.utf8.contains(UInt8(ascii: ",")) else { return NameToken.words(of: Substring(text)) }
        var words: [NameToken] = []
        for (index, segment) in text.utf8.split(separator: UInt8(ascii: ",")).enumerated() {
            let segmentWords = NameToken.words(of: Substring(segment))
            if index > 0, isTitleSegment(segmentWords) {
                parts.trailingTitles.append(contentsOf: segmentWords)
            } else {
                words.append(contentsOf: segmentWords)
            }
        }
        return words
    }

    /// Moves lower-case particles at the end of the first name (`Ludwig van`) to the front of the
    /// last name, all of them (`Hans von der` + `Müller`), keeping at least one first-name word.
    private static func moveTrailingParticles(from first: inout [NameToken], to last: inout [NameToken]) {
        var moved = true
        while moved, first.count > 1 {
            moved = false
            for start in 1..<first.count {
                let length = NameToken.particleLength(in: first, at: start)
                if length > 0, start + length == first.count, first[start].isLowercase {
                    last.insert(contentsOf: first[start...], at: 0)
                    first.removeSubrange(start...)
                    moved = true
                    break
                }
            }
        }
    }

    private static func lastNameStart(_ words: [NameToken]) -> Int {
        guard words.count > 1 else { return 0 }
        for start in 0..<(words.count - 1) {
            let length = NameToken.particleLength(in: words, at: start)
            guard length > 0, start + length < words.count else { continue }
            if start == 0, length == 1, !words[0].isLowercase { continue }
            return start
        }
        return words.count - 1
    }

    private static func isTitleSegment(_ words: [NameToken]) -> Bool {
        let titleKinds: NameAffixes.Kind = [.title, .postnominal, .commaPostnominal, .continuation]
        return !words.isEmpty
            && words.allSatisfy {
                !$0.kind.isDisjoint(with: titleKinds) || $0.code == NameAffixes.honorisH || $0.code == NameAffixes.honorisC
            }
    }

    /// Takes salutations and titles (with their continuations) off the front of `words`, leaving at
    /// least `minimum` words.
    private static func stripLeadingAffixes(_ words: inout [NameToken], into parts: inout NameParts, keeping minimum: Int) {
        var taken = 0
        while words.count - taken > minimum {
            let word = words[taken]
            if word.kind.contains(.salutation) {
                if parts.salutation == nil { parts.salutation = word.text }
                taken += 1
                continue
            }
            guard word.kind.contains(.title) else { break }
            parts.leadingTitles.append(word)
            taken += 1
            while words.count - taken > minimum, words[taken].looksAbbreviated {
                let next = words[taken]
                if next.kind.contains(.continuation) {
                    parts.leadingTitles.append(next)
                    taken += 1
                } else if next.code == NameAffixes.honorisH, words.count - taken - 1 > minimum,
                    words[taken + 1].code == NameAffixes.honorisC
                {
                    parts.leadingTitles.append(contentsOf: words[taken...(taken + 1)])  // `h. c.`
                    taken += 2
                } else {
                    break
                }
            }
        }
        words.removeFirst(taken)
    }

    /// Takes postnominal titles (`PhD`, `MBA`) off the end of `words`, leaving at least one word.
    /// Keeps a word that is not a particle: "von" alone is no last name, so "von PhD" (a particle
    /// moved over from the first-name cell in front of a last name "PhD") stays as it is, as it
    /// was read the first time (found by the idempotence property test).
    private static func stripPostnominals(_ words: inout [NameToken], into parts: inout NameParts) {
        while let last = words.last, last.kind.contains(.postnominal),
              words.dropLast().contains(where: { !$0.kind.contains(.particle) }) {
            parts.trailingTitles.insert(words.removeLast(), at: 0)
        }
    }
}
