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
    private var germanFolds: [String: [UInt8]] = [:]
    private var plainFolds: [String: [UInt8]] = [:]

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

    private mutating func transliterated(_ text: String, style: FoldStyle) -> [UInt8] {
        switch style {
        case .german:
            if let folded = germanFolds[text] { return folded }
            let folded = Self.transliterate(text, style: style)
            if germanFolds.count >= capacity { germanFolds.removeAll(keepingCapacity: true) }
            if capacity > 0 { germanFolds[text] = folded }
            return folded
        case .plain:
            if let folded = plainFolds[text] { return folded }
            let folded = Self.transliterate(text, style: style)
            if plainFolds.count >= capacity { plainFolds.removeAll(keepingCapacity: true) }
            if capacity > 0 { plainFolds[text] = folded }
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
        "Ж".applyingTransform(transform, reverse: false) == "zh"
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
