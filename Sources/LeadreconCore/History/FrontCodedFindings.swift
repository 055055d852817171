import Foundation

/// A run's findings as the history stores them: one blob per run instead of a row per finding.
///
/// The finding keys are sorted by their UTF-8 bytes and front-coded: each key is written as the
/// number of bytes it shares with the key before it and the bytes after those. Neighbouring keys
/// share their flag and most of their first record id, so a key of ~40 bytes takes a few; and a
/// run's findings are one row to write, read or delete instead of a third of a million.
///
/// Layout, every number an unsigned LEB128 varint:
///
///     format (1)
///     severity count, then each severity: byte length, UTF-8 bytes   (sorted; "" when a flag has none)
///     finding count, then each finding:
///         bytes shared with the previous key, suffix length, suffix bytes, severity index
///
/// Keys are bytes here, not `String`s compared by Unicode rules: a key comes back with exactly
/// the bytes it went in with, whatever its normalisation.
enum FrontCodedFindings {
    /// One finding as kept: its ``FindingKey`` text and its severity.
    struct Entry: Hashable, Sendable {
        var key: String
        var severity: String
    }

    /// Why a blob could not be read back: it was damaged, or written by another format.
    struct DecodingError: Error, Equatable, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }

    /// The only layout so far; a blob that starts otherwise is refused rather than misread.
    static let format: UInt8 = 1

    /// The blob for `entries`, in key order (then severity order for equal keys) whatever order
    /// they come in.
    static func encode(_ entries: [Entry]) -> [UInt8] {
        let severities = Array(Set(entries.map(\.severity))).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let severityIndex = Dictionary(uniqueKeysWithValues: severities.enumerated().map { ($1, $0) })
        // Every key's bytes in one buffer, and spans of it sorted rather than entries: a third of
        // a million keys compared with memcmp, none copied into an array of its own.
        var keys: [UInt8] = []
        keys.reserveCapacity(entries.count * 48)
        var spans: [Span] = []
        spans.reserveCapacity(entries.count)
        for entry in entries {
            let start = keys.count
            keys.append(contentsOf: entry.key.utf8)
            spans.append(Span(start: start, end: keys.count, severity: severityIndex[entry.severity]!))
        }

        var out: [UInt8] = [format]
        out.reserveCapacity(16 + entries.count * 8)
        appendVarint(severities.count, to: &out)
        for severity in severities {
            appendVarint(severity.utf8.count, to: &out)
            out.append(contentsOf: severity.utf8)
        }
        appendVarint(entries.count, to: &out)
        keys.withUnsafeBufferPointer { keys in
            spans.sort { a, b in
                let order = compare(a.bytes(in: keys), b.bytes(in: keys))
                return order != 0 ? order < 0 : a.severity < b.severity
            }
            var previous = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            for span in spans {
                let bytes = span.bytes(in: keys)
                var shared = 0
                while shared < min(previous.count, bytes.count), previous[shared] == bytes[shared] { shared += 1 }
                appendVarint(shared, to: &out)
                appendVarint(bytes.count - shared, to: &out)
                out.append(contentsOf: bytes[shared...])
                appendVarint(span.severity, to: &out)
                previous = bytes
            }
        }
        return out
    }

    /// One entry while encoding: where its key's bytes are, and its severity's index.
    private struct Span {
        var start: Int
        var end: Int
        var severity: Int

        func bytes(in keys: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: keys[start..<end])
        }
    }

    /// The entries of a blob written by ``encode(_:)``, in its order.
    /// - Throws: ``DecodingError`` when the blob is not one whole, well-formed blob of this format.
    static func decode(_ blob: [UInt8]) throws(DecodingError) -> [Entry] {
        var reader = Reader(bytes: blob)
        let format = try reader.byte()
        guard format == Self.format else {
            throw DecodingError(reason: "findings stored in an unknown format \(format)")
        }
        let severityCount = try reader.varint(atMost: blob.count)
        var severities: [String] = []
        severities.reserveCapacity(severityCount)
        for _ in 0..<severityCount {
            severities.append(try reader.text(length: try reader.varint(atMost: blob.count)))
        }
        let count = try reader.varint(atMost: blob.count)
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var key: [UInt8] = []
        for _ in 0..<count {
            let shared = try reader.varint(atMost: key.count)
            let suffix = try reader.bytes(length: try reader.varint(atMost: blob.count))
            key.removeSubrange(shared...)
            key.append(contentsOf: suffix)
            let severity = try reader.varint(atMost: severities.count - 1)
            entries.append(Entry(key: try Self.text(key, what: "a key"), severity: severities[severity]))
        }
        guard reader.isAtEnd else {
            throw DecodingError(reason: "\(blob.count - reader.offset) bytes after the last of \(count) findings")
        }
        return entries
    }

    /// `bytes` as text, refused when they are not UTF-8 (`String(decoding:)` would quietly repair
    /// them; `String(validating:)` needs macOS 15).
    private static func text(_ bytes: some Collection<UInt8>, what: String) throws(DecodingError) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.elementsEqual(bytes) else { throw DecodingError(reason: "\(what) in the findings is not UTF-8") }
        return text
    }

    /// Negative, zero or positive as `a` sorts before, with or after `b`, byte by byte.
    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(a.count, b.count)
        if common > 0, let x = a.baseAddress, let y = b.baseAddress {
            let order = memcmp(x, y, common)
            if order != 0 { return Int(order) }
        }
        return a.count - b.count
    }

    static func appendVarint(_ value: Int, to out: inout [UInt8]) {
        precondition(value >= 0, "lengths and counts are not negative")
        var rest = UInt(value)
        while rest >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        out.append(UInt8(rest))
    }

    /// Reads a blob front to back; every read checks what is left first.
    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        var isAtEnd: Bool { offset == bytes.count }

        mutating func byte() throws(DecodingError) -> UInt8 {
            guard offset < bytes.count else { throw DecodingError(reason: "findings cut short after \(offset) bytes") }
            defer { offset += 1 }
            return bytes[offset]
        }

        /// A varint no larger than `limit` (a length cannot exceed what it measures).
        mutating func varint(atMost limit: Int) throws(DecodingError) -> Int {
            var value: UInt = 0
            var shift: UInt = 0
            while true {
                let byte = try byte()
                guard shift < 63 else { throw DecodingError(reason: "a number in the findings is too long at byte \(offset)") }
                value |= UInt(byte & 0x7F) << shift
                if byte < 0x80 { break }
                shift += 7
            }
            guard limit >= 0, value <= UInt(limit) else {
                throw DecodingError(reason: "a length or index in the findings is out of range at byte \(offset)")
            }
            return Int(value)
        }

        mutating func bytes(length: Int) throws(DecodingError) -> ArraySlice<UInt8> {
            guard bytes.count - offset >= length else {
                throw DecodingError(reason: "findings cut short after \(bytes.count) bytes")
            }
            defer { offset += length }
            return bytes[offset..<(offset + length)]
        }

        mutating func text(length: Int) throws(DecodingError) -> String {
            try FrontCodedFindings.text(try bytes(length: length), what: "a severity")
        }
    }
}
