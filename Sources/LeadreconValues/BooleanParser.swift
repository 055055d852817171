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
        guard range.count <= 8 else { return .invalid }
        // The lower-cased word packed into an integer, first byte lowest: one comparison per word.
        var word: UInt64 = 0
        for index in range.reversed() {
            word = word << 8 | UInt64(ByteText.lowercased(bytes[index]))
        }
        switch word {
        case Words.true, Words.one, Words.yes, Words.y, Words.ja, Words.wahr, Words.x: return .value(true)
        case Words.false, Words.zero, Words.no, Words.n, Words.nein, Words.falsch: return .value(false)
        default: return .invalid
        }
    }

    /// Reads one cell's text; see `parse(_:)` on bytes.
    public static func parse(_ text: String) -> ValueParse<Bool> {
        text.withUTF8Bytes { parse($0) }
    }

    /// Words packed as in `parse(_:)`.
    private enum Words {
        static let `true` = pack("true"), one = pack("1"), yes = pack("yes"), y = pack("y")
        static let ja = pack("ja"), wahr = pack("wahr"), x = pack("x")
        static let `false` = pack("false"), zero = pack("0"), no = pack("no"), n = pack("n")
        static let nein = pack("nein"), falsch = pack("falsch")

        private static func pack(_ word: StaticString) -> UInt64 {
            var packed: UInt64 = 0
            for index in stride(from: word.utf8CodeUnitCount - 1, through: 0, by: -1) {
                packed = packed << 8 | UInt64(word.utf8Start[index])
            }
            return packed
        }
    }
}
