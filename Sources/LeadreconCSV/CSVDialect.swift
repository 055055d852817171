/// How a CSV file is laid out: its delimiter, quote and where the header sits, with the reasons
/// behind each detected choice so `inspect` and the summary can show them.
public struct CSVDialect: Sendable, Equatable {
    /// The field delimiter byte (`,` `;` TAB or `|` when detected).
    public var delimiter: UInt8
    /// The quote byte; `"` unless configured.
    public var quote: UInt8
    /// The byte that ends a physical line: LF, or CR for files with CR-only line ends.
    public var lineTerminator: UInt8
    /// The physical line (1-based) of the header row.
    public var headerLine: Int
    /// Physical lines before the header that are not data (report titles, `sep=` hints, filters).
    public var preamble: [String]
    /// Why this delimiter: `explicit`, `sep= line`, or the detection scores.
    public var delimiterReason: String
    /// Doubts worth a user's attention, e.g. two delimiters scoring alike.
    public var warnings: [String]

    public init(delimiter: UInt8 = UInt8(ascii: ","), quote: UInt8 = UInt8(ascii: "\""),
                lineTerminator: UInt8 = UInt8(ascii: "\n"), headerLine: Int = 1,
                preamble: [String] = [], delimiterReason: String = "explicit", warnings: [String] = []) {
        self.delimiter = delimiter
        self.quote = quote
        self.lineTerminator = lineTerminator
        self.headerLine = headerLine
        self.preamble = preamble
        self.delimiterReason = delimiterReason
        self.warnings = warnings
    }

    /// The delimiter as users write it: `,`, `;`, `tab` or `|`.
    public var delimiterName: String { Self.name(of: delimiter) }

    /// The printable name of a delimiter byte.
    public static func name(of byte: UInt8) -> String {
        byte == 0x09 ? "tab" : String(UnicodeScalar(byte))
    }

    /// The delimiters detection chooses among.
    public static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")]
}
