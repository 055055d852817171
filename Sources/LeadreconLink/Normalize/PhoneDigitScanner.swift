/// Reads the dialled digits out of a raw phone cell, leaving notes, labels and extensions behind.
///
/// What it keeps and drops, and why:
/// - a label before the number (`Tel.:`, `Mobil`, `Büro:`) and a note in parentheses anywhere
///   before it (`(Zentrale) 030 …`) are skipped;
/// - after the first digit, a letter ends the number: `x12`, `ext. 12`, `Durchwahl 12`, `Fax …`,
///   a trailing `(Büro)`, `(nach 16 Uhr)` or `(mobil)` are notes or extensions, not digits to dial;
///   so do `#`, `,`, `;`, `|`, a second `+`, and a `/` followed by `0` or `+` once six digits are in
///   (`0171 1234567 / 030 987654` holds two numbers: the first is kept);
/// - digits after `-` are kept: German numbers write the extension of a PBX that way
///   (`+49 30 123456-789`) and it is dialled as part of the number;
/// - `(0)` after a country code (`+49 (0)30 …`) is the trunk prefix shown for national callers
///   and dropped; other parentheses with digits only (`(030) 85802`) are kept;
/// - blanks, dots, dashes and other punctuation separate digit groups and are dropped.
struct PhoneDigitScanner {
    /// The scanned digits (ASCII) and whether a `+` preceded them.
    struct Scan {
        var count = 0
        var hasPlus = false
    }

    /// At most this many digits are read; a longer string is no single phone number.
    static let capacity = 24

    /// Scans `bytes` into `digits` (capacity `PhoneDigitScanner.capacity`); nil when there are
    /// more digits than that.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into digits: UnsafeMutableBufferPointer<UInt8>) -> Scan? {
        var scan = Scan()
        var index = 0
        let end = bytes.count
        scanning: while index < end {
            let byte = bytes[index]
            if CellBytes.isDigit(byte) {
                guard scan.count < capacity else { return nil }
                digits[scan.count] = byte
                scan.count += 1
                index += 1
                continue
            }
            let blank = CellBytes.blankLength(bytes, at: index, end: end)
            if blank > 0 {
                index += blank
                continue
            }
            switch byte {
            case UInt8(ascii: "+"):
                if scan.count > 0 { break scanning }
                scan.hasPlus = true
            case UInt8(ascii: "("):
                guard let close = closingParenthesis(bytes, after: index) else { break }  // a stray `(`
                let group = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close])
                if containsLetter(group) {
                    if scan.count > 0 { break scanning }
                    index = close + 1  // a note before the number
                    continue
                }
                if scan.count > 0, isTrunkZero(group) {
                    index = close + 1
                    continue
                }
            case UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "|"):
                if scan.count > 0 { break scanning }
            case UInt8(ascii: "/"):
                if scan.count >= 6, startsAnotherNumber(bytes, after: index) { break scanning }
            case 0xE2 where index + 1 < end && bytes[index + 1] == 0x80:
                index += 3  // U+2010…U+203F: dashes and quotes, punctuation like `-`
                continue
            default:
                if CellBytes.isLetter(byte) || byte >= 0x80 {
                    if scan.count > 0 { break scanning }
                    index += byte >= 0x80 ? sequenceLength(byte) : 1
                    continue
                }
            }
            index += 1  // other punctuation separates digit groups
        }
        return scan
    }

    private static func closingParenthesis(_ bytes: UnsafeBufferPointer<UInt8>, after open: Int) -> Int? {
        var index = open + 1
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: ")") { return index }
            if bytes[index] == UInt8(ascii: "(") { return nil }
            index += 1
        }
        return nil
    }

    private static func containsLetter(_ group: UnsafeBufferPointer<UInt8>) -> Bool {
        group.contains { CellBytes.isLetter($0) || $0 >= 0x80 }
    }

    /// Whether the group between parentheses is a lone `0`, blanks allowed.
    private static func isTrunkZero(_ group: UnsafeBufferPointer<UInt8>) -> Bool {
        var zeros = 0
        for byte in group {
            if byte == UInt8(ascii: "0") {
                zeros += 1
            } else if byte != UInt8(ascii: " ") {
                return false
            }
        }
        return zeros == 1
    }

    private static func startsAnotherNumber(_ bytes: UnsafeBufferPointer<UInt8>, after slash: Int) -> Bool {
        var index = slash + 1
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < bytes.count else { return false }
        return bytes[index] == UInt8(ascii: "0") || bytes[index] == UInt8(ascii: "+")
    }

    /// The length of the UTF-8 sequence a lead byte starts (1 for a stray continuation byte).
    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC0..<0xE0: 2
        case 0xE0..<0xF0: 3
        case 0xF0...: 4
        default: 1
        }
    }
}
