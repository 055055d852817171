internal import Foundation

/// Folds whole values to lower-case ASCII for keys, with ICU for scripts other than Latin.
///
/// Latin text (nearly every value in DACH exports) goes through `LatinFoldTable` in one pass over
/// its scalars, without Foundation. A value with letters of another script (Cyrillic, Greek, Han,
/// Vietnamese, …) is transliterated as a whole by ICU's `Any-Latin; Latin-ASCII; Any-Lower`
/// through Foundation's `applyingTransform`, which costs microseconds, so its result is memoised
/// per distinct value and style. The memo is a plain dictionary inside this value: whoever owns
/// the folder owns the memo (see the concurrency notes on `PersonNameNormalizer`).
///
/// The fold keeps ASCII punctuation and digits; symbols and emoji become spaces. Callers decide
/// which characters a key keeps.
struct KeyFolder: Sendable {
    /// The ICU transform that turns any script into lower-case ASCII.
    static let transform = StringTransform(rawValue: "Any-Latin; Latin-ASCII; Any-Lower")

    /// The largest number of memoised values per style before the memo is emptied.
    let capacity: Int
    private var germanFolds: [ExactText: [UInt8]] = [:]
    private var plainFolds: [ExactText: [UInt8]] = [:]

    /// A memo key compared and hashed on its UTF-8 bytes: values arrive in NFC already, and
    /// `String`'s own hashing would normalise them again on every look-up.
    private struct ExactText: Hashable {
        let text: String

        static func == (lhs: ExactText, rhs: ExactText) -> Bool {
            lhs.text.utf8.elementsEqual(rhs.text.utf8)
        }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    init(capacity: Int) {
        self.capacity = max(capacity, 0)
    }

    /// How many values are memoised (both styles together): for tests.
    var memoisedCount: Int { germanFolds.count + plainFolds.count }

    /// The lower-case ASCII fold of `text` in `style`.
    mutating func fold(_ text: String, style: FoldStyle) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 4)
        for scalar in text.unicodeScalars
        where LatinFoldTable.append(scalar, style: style, to: &output) == .otherScript {
            return transliterated(text, style: style)
        }
        return output
    }

    /// The name keys of `text` in both styles: lower-case ASCII letters only. One pass over the
    /// bytes for ASCII text, one over the scalars for other Latin text (a second only when it holds
    /// an umlaut, where the styles differ), none of it through Foundation.
    mutating func nameKeys(_ text: Substring) -> (german: String, plain: String) {
        if let asciiKey = Self.asciiLetterKey(text) { return (asciiKey, asciiKey) }
        var hasUmlaut = false
        guard let german = Self.latinKey(text, style: .german, sawUmlaut: &hasUmlaut) else {
            let whole = String(text)
            let german = transliterated(whole, style: .german)
            let plain = transliterated(whole, style: .plain)
            return (Self.letters(german), Self.letters(plain))
        }
        guard hasUmlaut else { return (german, german) }
        return (german, Self.latinKey(text, style: .plain, sawUmlaut: &hasUmlaut) ?? german)
    }

    /// The lower-cased ASCII letters of `text` in one pass over its bytes, or nil when it holds a
    /// byte outside ASCII (both name-key styles agree on ASCII text).
    private static func asciiLetterKey(_ text: Substring) -> String? {
        let utf8 = text.utf8
        var isASCII = true
        let key = String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            for byte in utf8 {
                if byte >= 0x80 {
                    isASCII = false
                    return 0
                }
                if CellBytes.isLetter(byte) {
                    buffer[count] = byte | 0x20
                    count += 1
                }
            }
            return count
        }
        return isASCII ? key : nil
    }

    /// `nameKeys(text).german` without the plain key: for callers that compare German keys only.
    mutating func germanNameKey(_ text: Substring) -> String {
        if let asciiKey = Self.asciiLetterKey(text) { return asciiKey }
        var hasUmlaut = false
        if let german = Self.latinKey(text, style: .german, sawUmlaut: &hasUmlaut) { return german }
        return Self.letters(transliterated(String(text), style: .german))
    }

    /// The letters of the table fold of `text`, or nil when it holds another script.
    private static func latinKey(_ text: Substring, style: FoldStyle, sawUmlaut: inout Bool) -> String? {
        var isLatin = true
        var umlaut = false
        let key = String(unsafeUninitializedCapacity: text.utf8.count * 2) { buffer in
            var count = 0
            for scalar in text.unicodeScalars {
                let folded = LatinFoldTable.fold(scalar, style: style)
                if folded == LatinFoldTable.otherScript {
                    isLatin = false
                    return 0
                }
                if !umlaut, scalar.value >= 0xC4, LatinFoldTable.isUmlaut(scalar) { umlaut = true }
                let first = UInt8(truncatingIfNeeded: folded)
                if CellBytes.isLetter(first) {
                    buffer[count] = first
                    count += 1
                }
                let second = UInt8(truncatingIfNeeded: folded >> 8)
                if CellBytes.isLetter(second) {
                    buffer[count] = second
                    count += 1
                }
            }
            return count
        }
        sawUmlaut = umlaut
        return isLatin ? key : nil
    }

    private static func letters(_ folded: [UInt8]) -> String {
        String(unsafeUninitializedCapacity: folded.count) { buffer in
            var count = 0
            for byte in folded where CellBytes.isLetter(byte) {
                buffer[count] = byte
                count += 1
            }
            return count
        }
    }

    private mutating func transliterated(_ text: String, style: FoldStyle) -> [UInt8] {
        let key = ExactText(text: text)
        switch style {
        case .german:
            if let folded = germanFolds[key] { return folded }
            let folded = Self.transliterate(text, style: style)
            if germanFolds.count >= capacity { germanFolds.removeAll(keepingCapacity: true) }
            if capacity > 0 { germanFolds[key] = folded }
            return folded
        case .plain:
            if let folded = plainFolds[key] { return folded }
            let folded = Self.transliterate(text, style: style)
            if plainFolds.count >= capacity { plainFolds.removeAll(keepingCapacity: true) }
            if capacity > 0 { plainFolds[key] = folded }
            return folded
        }
    }

    /// Transliterates with ICU; without ICU (a Foundation that answers nil) strips diacritics by
    /// canonical decomposition, which keeps Latin letters and loses other scripts.
    static func transliterate(_ text: String, style: FoldStyle) -> [UInt8] {
        // ICU's Latin-ASCII drops the umlaut dots; spell them the German way first when asked.
        let source = style == .german ? spellingUmlauts(text) : text
        let latin =
            source.applyingTransform(transform, reverse: false)
            ?? source.decomposedStringWithCanonicalMapping
        var output: [UInt8] = []
        output.reserveCapacity(latin.utf8.count)
        for scalar in latin.unicodeScalars
        where LatinFoldTable.append(scalar, style: style, to: &output) == .otherScript {
            output.append(UInt8(ascii: " "))  // what ICU could not romanise separates words
        }
        return output
    }

    /// Whether ICU transliteration answers on this platform (it does on Linux with
    /// swift-corelibs-foundation, which bundles ICU).
    static var isTransliterationAvailable: Bool {
        "Анна".applyingTransform(transform, reverse: false) == "anna"
    }

    private static func spellingUmlauts(_ text: String) -> String {
        var spelled = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xC4: spelled.append(contentsOf: "Ae".unicodeScalars)
            case 0xD6: spelled.append(contentsOf: "Oe".unicodeScalars)
            case 0xDC: spelled.append(contentsOf: "Ue".unicodeScalars)
            case 0xE4: spelled.append(contentsOf: "ae".unicodeScalars)
            case 0xF6: spelled.append(contentsOf: "oe".unicodeScalars)
            case 0xFC: spelled.append(contentsOf: "ue".unicodeScalars)
            default: spelled.append(scalar)
            }
        }
        return String(spelled)
    }
}
