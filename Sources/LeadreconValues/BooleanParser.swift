/// Reads boolean cells: the words CRM and marketing exports use for yes and no, in English and
/// German.
///
/// True: `true`, `1`, `yes`, `y`, `ja`, `wahr`, `x` (a ticked checkbox column). False: `false`,
/// `0`, `no`, `n`, `nein`, `falsch`. Case is ignored and blanks around the value too; a blank
/// cell is `.empty` (for an `x` column that usually means false: the caller decides), and
/// anything else is `.invalid`.
public enum BooleanParser {
    /// Reads one cell's UTF-8 bytes.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ValueParse<Bool> {
        let range = ByteText.trimmed(bytes)
        guard !range.isEmpty else { return .empty }
        let word = UnsafeBufferPointer(rebasing: bytes[range])
        switch word.count {
        case 1:
            switch ByteText.lowercased(word[0]) {
            case UInt8(ascii: "1"), UInt8(ascii: "y"), UInt8(ascii: "x"): return .value(true)
            case UInt8(ascii: "0"), UInt8(ascii: "n"): return .value(false)
            default: return .invalid
            }
        case 2:
            if matches(word, "ja") { return .value(true) }
            if matches(word, "no") { return .value(false) }
        case 3:
            if matches(word, "yes") { return .value(true) }
        case 4:
            if matches(word, "true") || matches(word, "wahr") { return .value(true) }
            if matches(word, "nein") { return .value(false) }
        case 5:
            if matches(word, "false") { return .value(false) }
        case 6:
            if matches(word, "falsch") { return .value(false) }
        default:
            break
        }
        return .invalid
    }

    /// Reads one cell's text; see `parse(_:)` on bytes.
    public static func parse(_ text: String) -> ValueParse<Bool> {
        text.withUTF8Bytes { parse($0) }
    }

    /// Whether `word`, lower-cased, is `lowercaseWord` (of the same length).
    @inline(__always)
    private static func matches(_ word: UnsafeBufferPointer<UInt8>, _ lowercaseWord: StaticString) -> Bool {
        let expected = lowercaseWord.utf8Start
        for index in 0..<word.count where ByteText.lowercased(word[index]) != expected[index] {
            return false
        }
        return true
    }
}
