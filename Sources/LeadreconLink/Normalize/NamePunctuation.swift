/// Which scalars count as punctuation when a name cell or a word of it is checked for holding
/// nothing else (`NameParser`, `NameToken`).
///
/// Why masks: every word of every distinct name is checked, and the standard library's general
/// category look-up costs a few hundred instructions a scalar. ASCII, nearly everything names
/// hold, is answered from two 64-bit masks of the same categories (a test compares all 128
/// scalars with `Unicode.Scalar.Properties.generalCategory`); other scalars are looked up.
enum NamePunctuation {
    /// Bit `n` set: ASCII scalar `n` (below 64) is punctuation: `!"#%&'()*,-./:;?`.
    static let lowMask: UInt64 = 0x8C00_F7EE_0000_0000
    /// Bit `n` set: ASCII scalar `64 + n` is punctuation: `@[\]_{}`.
    static let highMask: UInt64 = 0x2800_0000_B800_0001

    /// Connector, dash, open, close, initial, final or other punctuation.
    @inline(__always)
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x40 { return lowMask >> UInt64(value) & 1 != 0 }
        if value < 0x80 { return highMask >> UInt64(value - 0x40) & 1 != 0 }
        return isPunctuationCategory(scalar.properties.generalCategory)
    }

    /// Punctuation as `isPunctuation(_:)`, or a space separator (` `, no-break space, …).
    @inline(__always)
    static func isPunctuationOrSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || isPunctuation(scalar) }
        let category = scalar.properties.generalCategory
        return category == .spaceSeparator || isPunctuationCategory(category)
    }

    static func isPunctuationCategory(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }
}
