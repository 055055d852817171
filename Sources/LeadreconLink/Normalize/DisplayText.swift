internal import Foundation

/// Cleans a raw cell for display and for further parsing: Unicode NFC, trimmed, every run of
/// blanks (tabs, line breaks, no-break and other Unicode spaces) collapsed to one space, and
/// invisible characters (zero-width space, byte-order mark, soft hyphen) removed, as are combining
/// marks with no letter to sit on (at the start or after a blank): Swift would read a blank and
/// its mark as one character, so they would otherwise glue two words together.
///
/// Values made only of scalars below U+0300 are already in NFC (no composition pairs and no
/// singletons live there), so the common Latin case skips Foundation, and a value that needs no
/// change is returned as it came, without allocating.
enum DisplayText {
    /// The cleaned form of `raw`.
    static func clean(_ raw: String) -> String {
        var needsComposition = false
        var needsRebuild = false
        var previousWasBlank = true  // a leading blank needs trimming
        for scalar in raw.unicodeScalars {
            let value = scalar.value
            if value == 0x20 {
                if previousWasBlank { needsRebuild = true }
                previousWasBlank = true
            } else if isBlank(value) {
                needsRebuild = true
                previousWasBlank = true
            } else if isInvisible(value) {
                needsRebuild = true  // removed without leaving a gap
            } else if previousWasBlank, isCombiningMark(scalar) {
                needsRebuild = true  // an orphan mark: dropped, the blank before it stays a blank
            } else {
                previousWasBlank = false
                if value >= 0x300, !(0x2000...0x206F).contains(value) { needsComposition = true }
            }
        }
        if previousWasBlank, !raw.isEmpty { needsRebuild = true }  // a trailing blank
        let composed = needsComposition ? raw.precomposedStringWithCanonicalMapping : raw
        guard needsRebuild else { return composed }
        var cleaned = String.UnicodeScalarView()
        var pendingSpace = false
        var atWordStart = true
        for scalar in composed.unicodeScalars {
            let value = scalar.value
            if isInvisible(value) { continue }
            if value == 0x20 || isBlank(value) {
                pendingSpace = !cleaned.isEmpty
                atWordStart = true
                continue
            }
            if atWordStart, isCombiningMark(scalar) { continue }
            atWordStart = false
            if pendingSpace {
                cleaned.append(" ")
                pendingSpace = false
            }
            cleaned.append(scalar)
        }
        return String(cleaned)
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

    @inline(__always)
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
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
