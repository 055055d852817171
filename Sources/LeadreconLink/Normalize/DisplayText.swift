internal import Foundation

/// Cleans a raw cell for display and for further parsing: Unicode NFC, trimmed, every run of
/// blanks (tabs, line breaks, no-break and other Unicode spaces) collapsed to one space, and
/// invisible characters (zero-width space, byte-order mark, soft hyphen) removed, as are combining
/// marks with no letter to sit on (at the start, after a blank or after ASCII punctuation): Swift
/// would read `, ̈` as one character, so such a mark would glue a separator to the next word.
///
/// Foundation's NFC costs microseconds, so it runs only for values holding a scalar that NFC could
/// change or compose (see `mayNeedComposition`): Latin, Cyrillic, Greek, CJK and Hangul syllables
/// without combining marks skip it, and a value that needs no change is returned as it came,
/// without allocating.
enum DisplayText {
    /// The cleaned form of `raw`.
    static func clean(_ raw: String) -> String {
        if isCleanASCII(raw) { return raw }
        var needsComposition = false
        var needsRebuild = false
        var previousWasBlank = true  // a leading blank needs trimming
        var markHasBase = false
        for scalar in raw.unicodeScalars {
            let value = scalar.value
            if value == 0x20 {
                if previousWasBlank { needsRebuild = true }
                previousWasBlank = true
                markHasBase = false
            } else if isBlank(value) {
                needsRebuild = true
                previousWasBlank = true
                markHasBase = false
            } else if isInvisible(value) {
                needsRebuild = true  // removed without leaving a gap
            } else if !markHasBase, isCombiningMark(scalar) {
                needsRebuild = true  // an orphan mark: dropped
            } else {
                previousWasBlank = false
                markHasBase = canCarryMark(value)
                if value >= 0x300, !needsComposition, mayNeedComposition(scalar) { needsComposition = true }
            }
        }
        if previousWasBlank, !raw.isEmpty { needsRebuild = true }  // a trailing blank
        let composed = needsComposition ? raw.precomposedStringWithCanonicalMapping : raw
        guard needsRebuild else { return composed }
        var cleaned = String.UnicodeScalarView()
        var pendingSpace = false
        markHasBase = false
        for scalar in composed.unicodeScalars {
            let value = scalar.value
            if isInvisible(value) { continue }
            if value == 0x20 || isBlank(value) {
                pendingSpace = !cleaned.isEmpty
                markHasBase = false
                continue
            }
            if isCombiningMark(scalar) {
                if !markHasBase { continue }
            } else {
                markHasBase = canCarryMark(value)
            }
            if pendingSpace {
                cleaned.append(" ")
                pendingSpace = false
            }
            cleaned.append(scalar)
        }
        // Composed again once invisible characters are gone: a mark they separated from its base
        // ("a", U+200B, U+0308) can only combine now (found by the idempotence property test).
        return needsComposition ? String(cleaned).precomposedStringWithCanonicalMapping : String(cleaned)
    }

    /// Whether `raw` is printable ASCII with single inner spaces only: the common case, decided on
    /// the bytes.
    private static func isCleanASCII(_ raw: String) -> Bool {
        var raw = raw
        return raw.withUTF8(isCleanASCII)
    }

    /// ``isCleanASCII(_:)-(String)`` on contiguous UTF-8 (iterating the string's UTF-8 view was a
    /// visible part of normalising a million company names).
    private static func isCleanASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = true
        for byte in bytes {
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else if byte < 0x20 || byte >= 0x7F {
                return false
            } else {
                previousWasSpace = false
            }
        }
        return !previousWasSpace || bytes.isEmpty
    }

    /// Whitespace other than the plain space, and control characters, which count as blanks.
    @inline(__always)
    static func isBlank(_ value: UInt32) -> Bool {
        switch value {
        case 0x00..<0x20, 0x7F, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    /// Whether NFC could change a value holding `scalar`: combining marks, Hangul jamo, and the
    /// blocks holding singletons and composition exclusions (Greek Extended, Indic, Tibetan, CJK
    /// compatibility ideographs, Hebrew presentation forms, …). Checked exhaustively against
    /// Foundation on Linux for every assigned scalar: no other scalar changes under NFC alone, and
    /// every scalar after the first in a canonical composition is one of these, so a value
    /// without them is in NFC.
    static func mayNeedComposition(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300: return false
        case 0x0300...0x036F, 0x0374, 0x037E, 0x0387, 0x0900...0x0DFF, 0x0F00...0x0FFF: return true
        case 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF, 0x1F00...0x1FFF: return true
        case 0x2126, 0x212A, 0x212B, 0x2329, 0x232A, 0x2ADC: return true
        case 0xF900...0xFAFF, 0xFB1D...0xFB4F, 0x1D15E...0x1D1C0, 0x2F800...0x2FA1F: return true
        default: return isCombiningMark(scalar)
        }
    }

    /// Whether a combining mark after this scalar has something to sit on: letters and digits, and
    /// anything beyond ASCII (letters of every script, emoji with their variation selectors); not
    /// ASCII punctuation, where a mark only glues the punctuation to the next word.
    @inline(__always)
    static func canCarryMark(_ value: UInt32) -> Bool {
        value >= 0x80 || CellBytes.isAlphanumeric(UInt8(truncatingIfNeeded: value))
    }

    @inline(__always)
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // Blocks without marks, common in names: no property look-up (tens of nanoseconds each).
        case 0..<0x300, 0x0370...0x0482, 0x048A...0x0590, 0x05D0...0x05EA, 0x3041...0x3096, 0x30A1...0x30FA,
            0x4E00...0x9FFF, 0xAC00...0xD7A3, 0x1F300...0x1FAFF:
            return false
        default:
            break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Characters that carry nothing for a key and are dropped without leaving a gap.
    @inline(__always)
    static func isInvisible(_ value: UInt32) -> Bool {
        value == 0x200B || value == 0xFEFF || value == 0xAD || value == 0x2060
    }
}
