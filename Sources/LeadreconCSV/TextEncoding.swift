/// The character encoding a file was read with, as reported to the user.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
}

/// What the user asked for: detect, or force one encoding.
public enum TextEncodingChoice: Sendable, Equatable {
    case auto
    case forced(TextEncoding)
}

/// How a file's bytes were decoded: the encoding, whether it had a byte-order mark, and how many
/// lines needed the Windows-1252 fallback.
public struct EncodingReport: Sendable, Equatable, Codable {
    /// The encoding that describes the file as a whole.
    public var encoding: TextEncoding
    /// True when the file started with a byte-order mark.
    public var hadBOM: Bool
    /// Lines that held bytes which are not valid UTF-8 and were decoded as Windows-1252.
    public var windows1252Lines: Int
    /// Lines that held valid multi-byte UTF-8 sequences.
    public var utf8MultibyteLines: Int

    public init(encoding: TextEncoding, hadBOM: Bool, windows1252Lines: Int = 0, utf8MultibyteLines: Int = 0) {
        self.encoding = encoding
        self.hadBOM = hadBOM
        self.windows1252Lines = windows1252Lines
        self.utf8MultibyteLines = utf8MultibyteLines
    }

    /// True when one file mixes valid UTF-8 lines and lines that only Windows-1252 explains.
    public var isMixed: Bool { encoding == .utf8 && windows1252Lines > 0 }

    /// A short human description, e.g. `utf-8 (BOM)` or `utf-8 with 3 windows-1252 lines`.
    public var summary: String {
        var text = encoding.rawValue
        if hadBOM { text += " (BOM)" }
        if isMixed { text += " with \(windows1252Lines) windows-1252 line\(windows1252Lines == 1 ? "" : "s")" }
        return text
    }
}
