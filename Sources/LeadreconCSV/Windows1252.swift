/// Windows-1252 to Unicode, and UTF-8 validation with a per-sequence Windows-1252 fallback.
///
/// Written by hand: Foundation's `String(data:encoding: .windowsCP1252)` works per whole buffer and
/// cannot fall back per byte sequence, which is what files mixing UTF-8 and Excel's Windows-1252
/// need (one valid UTF-8 line must stay UTF-8 while a pasted 1252 line is repaired).
enum Windows1252 {
    /// Unicode scalars for bytes 0x80...0x9F; 0xA0...0xFF map to U+00A0...U+00FF. The five bytes
    /// Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) map to the C1 controls of the same
    /// value, as WHATWG's encoding standard does, so no byte is ever lost.
    static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The Unicode scalar value of one Windows-1252 byte.
    @inline(__always)
    static func scalar(_ byte: UInt8) -> UInt32 {
        byte < 0x80 ? UInt32(byte) : byte < 0xA0 ? high[Int(byte) - 0x80] : UInt32(byte)
    }

    /// Appends the UTF-8 encoding of a scalar.
    @inline(__always)
    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (scalar >> 18)))
            out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// Decodes bytes to UTF-8: valid UTF-8 sequences are kept unless `forceAll`, every other byte is
    /// read as Windows-1252.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, forceAll: Bool, into out: inout [UInt8]) {
        var i = 0
        let n = bytes.count
        out.reserveCapacity(out.count + n + n / 2)
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                out.append(b)
                i += 1
                continue
            }
            if !forceAll {
                let length = UTF8Validation.sequenceLength(bytes, at: i)
                if length > 0 {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]))
                    i += length
                    continue
                }
            }
            appendUTF8(scalar(b), to: &out)
            i += 1
        }
    }
}

/// UTF-8 validation on raw bytes (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
enum UTF8Validation {
    /// The length of the valid UTF-8 sequence starting at `i`, or 0 when none starts there.
    @inline(__always)
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = bytes.count
        let b0 = bytes[i]
        @inline(__always) func cont(_ k: Int) -> Bool { i + k < n && bytes[i + k] & 0xC0 == 0x80 }
        switch b0 {
        case 0x00...0x7F:
            return 1
        case 0xC2...0xDF:
            return cont(1) ? 2 : 0
        case 0xE0:
            return i + 2 < n && (0xA0...0xBF).contains(bytes[i + 1]) && cont(2) ? 3 : 0
        case 0xED:
            return i + 2 < n && (0x80...0x9F).contains(bytes[i + 1]) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return cont(1) && cont(2) ? 3 : 0
        case 0xF0:
            return i + 3 < n && (0x90...0xBF).contains(bytes[i + 1]) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3:
            return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4:
            return i + 3 < n && (0x80...0x8F).contains(bytes[i + 1]) && cont(2) && cont(3) ? 4 : 0
        default:
            return 0
        }
    }

    /// The length of the prefix of `count` bytes at `start` that is plain ASCII without NUL: the
    /// common case of a CSV line, checked 8 bytes at a time.
    @inline(__always)
    static func cleanASCIIPrefix(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var i = 0
        // Word at a time (Swift's SIMD mask reductions do not compile to single instructions here):
        // a word is clean when no byte has its high bit set and no byte is zero.
        while i + 8 <= count {
            let word = UnsafeRawPointer(start + i).loadUnaligned(as: UInt64.self)
            let zeroByte = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            if (word & 0x8080_8080_8080_8080) | zeroByte != 0 { break }
            i += 8
        }
        while i < count {
            let byte = start[i]
            if byte >= 0x80 || byte == 0 { return i }
            i += 1
        }
        return count
    }

    /// Whether all of `bytes` is valid UTF-8.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            if bytes[i] < 0x80 {
                // Skip ASCII runs a word at a time.
                while i + 8 <= bytes.count,
                      UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                }
                if i < bytes.count && bytes[i] < 0x80 { i += 1 }
                continue
            }
            let length = sequenceLength(bytes, at: i)
            if length == 0 { return false }
            i += length
        }
        return true
    }
}
