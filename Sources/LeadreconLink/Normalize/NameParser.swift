/// The pieces of a person's name as written, before any key is built.
struct NameParts {
    var first: [Substring] = []
    var last: [Substring] = []
    var leadingTitles: [Substring] = []
    var trailingTitles: [Substring] = []
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
        if last.isEmpty, first.contains(" ") || first.contains(",") { return parse(fullName: first) }
        if first.isEmpty, last.contains(",") { return parse(fullName: last) }
        var parts = NameParts()
        var firstTokens = tokens(of: first, titlesInto: &parts)
        var lastTokens = tokens(of: last, titlesInto: &parts)
        stripLeadingAffixes(&firstTokens, into: &parts, keeping: lastTokens.isEmpty ? 1 : 0)
        stripLeadingAffixes(&lastTokens, into: &parts, keeping: 1)
        stripPostnominals(&lastTokens, into: &parts)
        stripPostnominals(&firstTokens, into: &parts)
        if !lastTokens.isEmpty { moveTrailingParticles(from: &firstTokens, to: &lastTokens) }
        parts.first = firstTokens
        parts.last = lastTokens
        return parts
    }

    /// Reads a full name: `Dr. Hans-Peter von der Müller`, `Müller, Hans`, `Anna Schmidt, PhD`,
    /// `Herr Prof. Dr. med. Klaus Weber`. Without a comma the last name starts at the first
    /// particle that has a word after it (`von der Müller`, `de la Cruz`), else it is the last word;
    /// a particle at the very start counts only in lower case or as a sequence (`van der Berg`),
    /// so that `Van Morrison` keeps his first name. A single word is a last name.
    static func parse(fullName: String) -> NameParts {
        var parts = NameParts()
        var segments: [[Substring]] = []
        for (index, segment) in fullName.split(separator: ",").enumerated() {
            let words = Array(segment.split(separator: " "))
            if words.isEmpty { continue }
            if index > 0, isTitleSegment(words) {
                parts.trailingTitles.append(contentsOf: words)
            } else {
                segments.append(words)
            }
        }
        guard var lastTokens = segments.first else { return parts }
        if segments.count > 1 {
            var firstTokens = Array(segments[1...].joined())
            // The same rules as for two cells, so that re-reading the parts changes nothing.
            stripLeadingAffixes(&firstTokens, into: &parts, keeping: 0)
            stripLeadingAffixes(&lastTokens, into: &parts, keeping: 1)
            stripPostnominals(&lastTokens, into: &parts)
            stripPostnominals(&firstTokens, into: &parts)
            moveTrailingParticles(from: &firstTokens, to: &lastTokens)
            parts.first = firstTokens
            parts.last = lastTokens
            return parts
        }
        var words = lastTokens
        stripLeadingAffixes(&words, into: &parts, keeping: 1)
        stripPostnominals(&words, into: &parts)
        let split = lastNameStart(words)
        parts.first = Array(words[..<split])
        parts.last = Array(words[split...])
        return parts
    }

    /// The words of a cell; comma-separated segments after the first that hold only titles
    /// (`Schmidt, Dr.`) go to the trailing titles.
    private static func tokens(of text: String, titlesInto parts: inout NameParts) -> [Substring] {
        guard text.contains(",") else { return text.split(separator: " ") }
        var words: [Substring] = []
        for (index, segment) in text.split(separator: ",").enumerated() {
            let segmentWords = segment.split(separator: " ")
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
    private static func moveTrailingParticles(from firstTokens: inout [Substring], to lastTokens: inout [Substring]) {
        var moved = true
        while moved, firstTokens.count > 1 {
            moved = false
            let keys = firstTokens.map(NameAffixes.key)
            for start in 1..<firstTokens.count {
                let length = NameAffixes.particleLength(in: keys, at: start)
                if length > 0, start + length == firstTokens.count, isLowercase(firstTokens[start]) {
                    lastTokens.insert(contentsOf: firstTokens[start...], at: 0)
                    firstTokens.removeSubrange(start...)
                    moved = true
                    break
                }
            }
        }
    }

    private static func lastNameStart(_ words: [Substring]) -> Int {
        guard words.count > 1 else { return 0 }
        let keys = words.map(NameAffixes.key)
        for start in 0..<(words.count - 1) {
            let length = NameAffixes.particleLength(in: keys, at: start)
            guard length > 0, start + length < words.count else { continue }
            if start == 0, length == 1, !isLowercase(words[0]) { continue }
            return start
        }
        return words.count - 1
    }

    private static func isTitleSegment(_ words: [Substring]) -> Bool {
        !words.isEmpty
            && words.allSatisfy { word in
                let key = NameAffixes.key(word)
                return NameAffixes.titles.contains(key) || NameAffixes.postnominals.contains(key)
                    || NameAffixes.commaPostnominals.contains(key) || NameAffixes.titleContinuations.contains(key)
                    || key == "h" || key == "c"
            }
    }

    /// Takes salutations and titles (with their continuations) off the front of `words`, leaving at
    /// least `minimum` words.
    private static func stripLeadingAffixes(_ words: inout [Substring], into parts: inout NameParts, keeping minimum: Int) {
        var taken = 0
        while words.count - taken > minimum {
            let word = words[taken]
            let key = NameAffixes.key(word)
            if NameAffixes.salutations.contains(key) {
                if parts.salutation == nil { parts.salutation = word }
                taken += 1
                continue
            }
            guard NameAffixes.titles.contains(key) else { break }
            parts.leadingTitles.append(word)
            taken += 1
            while words.count - taken > minimum {
                let next = words[taken]
                guard NameAffixes.looksAbbreviated(next) else { break }
                let nextKey = NameAffixes.key(next)
                if NameAffixes.titleContinuations.contains(nextKey) {
                    parts.leadingTitles.append(next)
                    taken += 1
                } else if nextKey == "h", words.count - taken - 1 > minimum,
                    NameAffixes.key(words[taken + 1]) == "c"
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
    private static func stripPostnominals(_ words: inout [Substring], into parts: inout NameParts) {
        while words.count > 1, let last = words.last, NameAffixes.postnominals.contains(NameAffixes.key(last)) {
            parts.trailingTitles.insert(words.removeLast(), at: 0)
        }
    }

    private static func isLowercase(_ word: Substring) -> Bool {
        word.first?.isLowercase == true
    }
}
