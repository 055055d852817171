#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file opened for streaming, yielding UTF-8 or single-byte text: a UTF-8 BOM is skipped, and
/// UTF-16 (with a BOM, or recognised by its zero bytes) is transcoded to UTF-8 on the fly. Windows-1252
/// is not transcoded here: its delimiters, quotes and line ends are the ASCII bytes libcsv expects,
/// so the reader repairs only the rows that need it.
final class InputSource {
    let path: String
    private let fd: Int32
    private(set) var detected: TextEncoding = .utf8
    private(set) var hadBOM = false
    /// Bytes read ahead while detecting, handed out before reading further.
    private var pending: [UInt8] = []
    private var pendingOffset = 0
    private var utf16Carry: [UInt8] = []
    private var rawScratch: [UInt8] = []
    private(set) var atEOF = false

    init(path: String, encoding: TextEncodingChoice) throws(CSVError) {
        self.path = path
        var info = stat()
        if stat(path, &info) != 0 {
            let err = errno
            if err == ENOENT || err == ENOTDIR { throw .fileNotFound(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(err)))
        }
        if info.st_mode & S_IFMT == S_IFDIR { throw .isDirectory(path: path) }
        let fd = open(path, O_RDONLY)
        if fd < 0 { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        self.fd = fd
        try sniffStart(encoding: encoding)
    }

    deinit { close(fd) }

    /// How far into the file reading has got (the descriptor's offset), for progress displays.
    /// Safe to ask from another thread while reading: it is one `lseek` on a descriptor that
    /// never changes.
    var fileOffset: Int { max(0, Int(lseek(fd, 0, SEEK_CUR))) }

    /// Reads the first block: rejects other formats, finds a BOM or UTF-16 without one.
    private func sniffStart(encoding: TextEncodingChoice) throws(CSVError) {
        var head = [UInt8](repeating: 0, count: 4096)
        let n = try readRaw(into: &head, count: head.count)
        head.removeSubrange(n...)
        if let format = Self.foreignFormat(head) { throw .notCSV(path: path, format: format) }
        var skip = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            hadBOM = true; skip = 3; detected = .utf8
        } else if head.starts(with: [0xFF, 0xFE]) {
            hadBOM = true; skip = 2; detected = .utf16LE
        } else if head.starts(with: [0xFE, 0xFF]) {
            hadBOM = true; skip = 2; detected = .utf16BE
        } else if let wide = Self.utf16WithoutBOM(head) {
            detected = wide
        }
        if case .forced(let forced) = encoding {
            detected = forced
        }
        pending = Array(head[skip...])
        if detected == .utf16LE || detected == .utf16BE {
            let raw = pending
            pending = []
            pending = transcodeUTF16(raw, final: n < 4096)
        }
    }

    /// Names a well-known non-CSV format from its magic bytes.
    static func foreignFormat(_ head: [UInt8]) -> String? {
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "an Excel workbook (XLSX) or a ZIP archive" }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "an Excel 97-2003 workbook (XLS)" }
        if head.starts(with: [0x1F, 0x8B]) { return "a gzip-compressed file; decompress it first, then" }
        if head.starts(with: [0x25, 0x50, 0x44, 0x46]) { return "a PDF document" }
        return nil
    }

    /// UTF-16 without a BOM shows as zero bytes in every other position of mostly-ASCII text.
    static func utf16WithoutBOM(_ head: [UInt8]) -> TextEncoding? {
        let pairs = head.count / 2
        guard pairs >= 8 else { return nil }
        var evenZero = 0, oddZero = 0
        for i in 0..<pairs {
            if head[2 * i] == 0 { evenZero += 1 }
            if head[2 * i + 1] == 0 { oddZero += 1 }
        }
        if oddZero * 10 >= pairs * 7 && evenZero * 10 < pairs { return .utf16LE }
        if evenZero * 10 >= pairs * 7 && oddZero * 10 < pairs { return .utf16BE }
        return nil
    }

    private func readRaw(into buffer: inout [UInt8], count: Int) throws(CSVError) -> Int {
        var total = 0
        while total < count {
            let n = buffer.withUnsafeMutableBytes { raw in
                Glibc.read(fd, raw.baseAddress! + total, count - total)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .readFailed(path: path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            total += n
        }
        return total
    }

    /// Fills `destination` with up to `capacity` bytes of text; returns 0 at the end of the file.
    func read(into destination: UnsafeMutablePointer<UInt8>, capacity: Int) throws(CSVError) -> Int {
        if pendingOffset < pending.count {
            let n = min(capacity, pending.count - pendingOffset)
            pending.withUnsafeBufferPointer { src in
                destination.update(from: src.baseAddress! + pendingOffset, count: n)
            }
            pendingOffset += n
            return n
        }
        if atEOF { return 0 }
        if detected == .utf16LE || detected == .utf16BE {
            while pendingOffset >= pending.count {
                if atEOF { return 0 }
                try refillTranscoded()
            }
            return try read(into: destination, capacity: capacity)
        }
        while true {
            let n = Glibc.read(fd, destination, capacity)
            if n < 0 {
                if errno == EINTR { continue }
                throw .readFailed(path: path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { atEOF = true }
            return n
        }
    }

    private func refillTranscoded() throws(CSVError) {
        if rawScratch.count < 1 << 16 { rawScratch = [UInt8](repeating: 0, count: 1 << 16) }
        let n = try readRaw(into: &rawScratch, count: rawScratch.count)
        if n == 0 { atEOF = true }
        pending = transcodeUTF16(Array(rawScratch[0..<n]), final: n == 0)
        pendingOffset = 0
    }

    /// Returns up to `count` bytes of text from the start without consuming them, for sniffing.
    func peek(count: Int) throws(CSVError) -> [UInt8] {
        if detected == .utf16LE || detected == .utf16BE {
            while pending.count - pendingOffset < count && !atEOF {
                let kept = Array(pending[pendingOffset...])
                try refillTranscoded()
                pending = kept + pending
            }
        } else {
            while pending.count - pendingOffset < count && !atEOF {
                var block = [UInt8](repeating: 0, count: count - (pending.count - pendingOffset))
                let n = try readRaw(into: &block, count: block.count)
                if n == 0 { atEOF = true }
                pending += block[0..<n]
            }
        }
        return Array(pending[pendingOffset..<min(pending.count, pendingOffset + count)])
    }

    /// Transcodes UTF-16 to UTF-8, carrying an odd byte or a high surrogate to the next call;
    /// unpaired surrogates become U+FFFD.
    private func transcodeUTF16(_ bytes: [UInt8], final: Bool) -> [UInt8] {
        let input = utf16Carry + bytes
        utf16Carry = []
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        let littleEndian = detected == .utf16LE
        var i = 0
        @inline(__always) func unit(_ k: Int) -> UInt32 {
            littleEndian ? UInt32(input[k]) | UInt32(input[k + 1]) << 8 : UInt32(input[k]) << 8 | UInt32(input[k + 1])
        }
        while i + 1 < input.count {
            let u = unit(i)
            if (0xD800..<0xDC00).contains(u) {
                if i + 3 < input.count {
                    let low = unit(i + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        Windows1252.appendUTF8(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), to: &out)
                        i += 4
                        continue
                    }
                } else if !final {
                    break
                }
                Windows1252.appendUTF8(0xFFFD, to: &out)
            } else if (0xDC00..<0xE000).contains(u) {
                Windows1252.appendUTF8(0xFFFD, to: &out)
            } else {
                Windows1252.appendUTF8(u, to: &out)
            }
            i += 2
        }
        if i < input.count && !final { utf16Carry = Array(input[i...]) }
        return out
    }
}
