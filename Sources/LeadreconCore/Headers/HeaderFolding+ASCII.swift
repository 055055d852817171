extension HeaderFolding {
    /// `fold(_:)` of a header that is plain ASCII, read on its bytes; nil for any other header.
    ///
    /// Why a second spelling of the steps: the link stage folds every distinct value of the
    /// generic text fields (postal code, street, city) with `fold`, and Foundation's NFKC and case
    /// folding cost about 15,000 instructions a value even when there is nothing to compose or
    /// fold. On ASCII the steps reduce to: upper case to lower case, quotes dropped, every run of
    /// separators one space, trimmed, a trailing `*` removed (NFKC, the invisible characters and
    /// the umlauts need a scalar beyond ASCII). A property test compares both paths.
    static func foldedASCII(_ header: String) -> String? {
        var header = header
        return header.withUTF8 { bytes -> String? in
            for byte in bytes where byte >= 0x80 { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0
                var separatorPending = false
                for byte in bytes {
                    switch asciiClass(byte) {
                    case .quote:
                        continue
                    case .separator:
                        separatorPending = count > 0
                    case .kept:
                        if separatorPending {
                            output[count] = UInt8(ascii: " ")
                            count += 1
                            separatorPending = false
                        }
                        output[count] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
                        count += 1
                    }
                }
                // The required-field marker sits at the very end, possibly after a space: `Email *`.
                while count > 0, output[count - 1] == UInt8(ascii: "*") || output[count - 1] == UInt8(ascii: " ") {
                    count -= 1
                }
                return count
            }
        }
    }

    private enum ASCIIClass {
        case kept, quote, separator
    }

    /// What `foldedUnicode` does with an ASCII scalar: the quotes of `quotes`, and as separators
    /// the controls, blanks, dash (`-`) and connector (`_`) punctuation and the scalars of
    /// `separators`.
    @inline(__always)
    private static func asciiClass(_ byte: UInt8) -> ASCIIClass {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"):
            .quote
        case 0x00...0x20, 0x7F, UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: "\\"),
            UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "|"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            .separator
        default:
            .kept
        }
    }
}
