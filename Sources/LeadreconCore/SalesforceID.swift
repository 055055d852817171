/// Salesforce record ids: the 15-character case-sensitive form of reports and the 18-character
/// case-insensitive form of the API, normalised to 18 characters before any join.
///
/// The 18-character form appends three checksum characters that encode the case of the first 15:
/// split them into three chunks of 5; in each chunk set bit i when character i is an upper-case
/// A–Z; map each 0–31 value into `ABCDEFGHIJKLMNOPQRSTUVWXYZ012345`. A 15-character id must never
/// be case-folded: `00Q…abc` and `00Q…ABC` are different records.
public enum SalesforceID {
    private static let suffixAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345".utf8)

    /// The 18-character form of `id`, or nil when `id` is not a Salesforce id.
    ///
    /// A 15-character alphanumeric id gets its checksum suffix. An 18-character alphanumeric id
    /// is returned with its suffix in upper case when the suffix (compared case-insensitively)
    /// matches the one computed from its first 15 characters, and nil otherwise: a mismatch
    /// means a typo, or an id whose first 15 characters were case-folded on the way. Pass
    /// trimmed text (see `RecordIDText.clean(_:)`).
    public static func canonical(_ id: String) -> String? {
        let bytes = Array(id.utf8)
        guard let suffix = checkedSuffix(bytes) else { return nil }
        return String(decoding: bytes[0..<15] + suffix, as: UTF8.self)
    }

    /// The 18-character form of the id in `bytes` (trimmed UTF-8), or nil when it is not a
    /// Salesforce id: the same as ``canonical(_:)`` without intermediate arrays, for the ingest
    /// hot path where every id of every row passes through here.
    public static func canonical(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let suffix = checkedSuffix(bytes: bytes) else { return nil }
        return String(unsafeUninitializedCapacity: 18) { buffer in
            for index in 0..<15 { buffer[index] = bytes[index] }
            buffer[15] = suffix.0
            buffer[16] = suffix.1
            buffer[17] = suffix.2
            return 18
        }
    }

    /// Appends the 18-character form of the id in `bytes` to `output` and answers true, or answers
    /// false (and appends nothing) when it is not a Salesforce id: ``canonical(bytes:)`` without a
    /// `String`, for ingest that keeps ids as bytes.
    static func appendCanonical(bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) -> Bool {
        guard let suffix = checkedSuffix(bytes: bytes) else { return false }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<15]))
        output.append(suffix.0)
        output.append(suffix.1)
        output.append(suffix.2)
        return true
    }

    /// Whether `bytes` is an 18-character Salesforce id already in the form ``appendCanonical(bytes:to:)``
    /// writes (its suffix as computed, upper case): then the id can be read where it stands.
    static func isCanonical(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 18, let suffix = checkedSuffix(bytes: bytes) else { return false }
        return bytes[15] == suffix.0 && bytes[16] == suffix.1 && bytes[17] == suffix.2
    }

    /// Every id of every row passes through here (three per activity: fifteen million at a
    /// million leads), so the first fifteen characters are classified eight at a time, in two
    /// overlapping 64-bit words, and the suffix characters are computed rather than read from the
    /// alphabet array. (A loop over the bytes took a seventh of typing the activities.)
    private static func checkedSuffix(bytes: UnsafeBufferPointer<UInt8>) -> (UInt8, UInt8, UInt8)? {
        guard bytes.count == 15 || bytes.count == 18, let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let first = letterClasses(UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)))            // bytes 0-7
        let second = letterClasses(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 7, as: UInt64.self)))  // bytes 7-14
        guard first.alphanumeric && second.alphanumeric else { return nil }
        let upper = first.upper | second.upper << 7
        let suffix = (suffixCharacter(upper & 31), suffixCharacter(upper >> 5 & 31), suffixCharacter(upper >> 10))
        // A given suffix character equal to the computed one (A-Z, 0-5), up to case, is alphanumeric.
        if bytes.count == 18, uppercased(bytes[15]) != suffix.0 || uppercased(bytes[16]) != suffix.1
            || uppercased(bytes[17]) != suffix.2 {
            return nil
        }
        return suffix
    }

    /// For eight bytes in a word (the first in the lowest byte): whether all are ASCII letters or
    /// digits, and which are upper-case letters (bit k for byte k). Each range test adds to every
    /// byte at once; with no byte above 0x7F no sum carries into the next byte.
    @inline(__always)
    private static func letterClasses(_ word: UInt64) -> (alphanumeric: Bool, upper: Int) {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func atLeast(_ byte: UInt8) -> UInt64 { (word &+ ones &* UInt64(0x80 - byte)) & high }
        @inline(__always) func atMost(_ byte: UInt8) -> UInt64 { ~(word &+ ones &* UInt64(0x7F - byte)) & high }
        let upper = atLeast(UInt8(ascii: "A")) & atMost(UInt8(ascii: "Z"))
        let letterOrDigit = upper | atLeast(UInt8(ascii: "a")) & atMost(UInt8(ascii: "z"))
            | atLeast(UInt8(ascii: "0")) & atMost(UInt8(ascii: "9"))
        // Gathers the high bit of byte k into bit 56 + k (the partial products never overlap).
        let gathered = (upper >> 7) &* 0x0102_0408_1020_4080
        return (word & high == 0 && letterOrDigit == high, Int(truncatingIfNeeded: gathered >> 56))
    }

    /// `suffixAlphabet[bits]`: A-Z for 0-25, 0-5 for 26-31.
    @inline(__always)
    private static func suffixCharacter(_ bits: Int) -> UInt8 {
        bits < 26 ? UInt8(ascii: "A") + UInt8(bits) : UInt8(ascii: "0") + UInt8(bits - 26)
    }

    /// Whether `id` is a 15-character alphanumeric id, or an 18-character one whose checksum
    /// suffix matches; the same test as `canonical(_:) != nil`.
    ///
    /// A 15-digit number passes (`001000000000001` is a valid account id): a column of another
    /// system's numeric ids can look like Salesforce ids.
    public static func looksLikeSalesforceID(_ id: String) -> Bool {
        checkedSuffix(Array(id.utf8)) != nil
    }

    /// The key prefix (first three characters) that names the object type of a Salesforce id:
    /// `00Q` lead, `003` contact, `001` account, `006` opportunity, `00T` task, `00U` event,
    /// `005` user, `00G` queue. Nil when `id` is not a Salesforce id.
    public static func keyPrefix(_ id: String) -> String? {
        guard looksLikeSalesforceID(id) else { return nil }
        return String(id.prefix(3))  // ASCII only: three characters are three bytes
    }

    /// The checksum suffix for `bytes` when they form a 15- or 18-character id, nil otherwise.
    private static func checkedSuffix(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count == 15 || bytes.count == 18, bytes.allSatisfy(isAlphanumeric) else { return nil }
        let suffix = checksum(bytes[0..<15])
        if bytes.count == 18 {
            for (given, computed) in zip(bytes[15...], suffix) where uppercased(given) != computed {
                return nil
            }
        }
        return suffix
    }

    /// The three checksum characters for the first 15 characters of an id.
    static func checksum(_ first15: ArraySlice<UInt8>) -> [UInt8] {
        (0..<3).map { chunk in
            let start = first15.startIndex + chunk * 5
            var bits = 0
            for position in 0..<5 where isUpperCaseLetter(first15[start + position]) {
                bits |= 1 << position
            }
            return suffixAlphabet[bits]
        }
    }

    private static func isUpperCaseLetter(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isUpperCaseLetter(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func uppercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 0x20 : byte
    }
}
