/// What the caller fixes about a file; everything left `nil`/`.auto` is detected.
public struct CSVReadOptions: Sendable, Equatable {
    /// The delimiter, or `nil` to detect it.
    public var delimiter: UInt8?
    public var quote: UInt8
    public var encoding: TextEncodingChoice
    /// Fields longer than this are rejected with their row (default 1 MiB).
    public var maxFieldBytes: Int
    /// Skip Salesforce report footers ("Grand Totals …", "Confidential Information …", "Copyright …").
    public var skipReportFooters: Bool

    public init(delimiter: UInt8? = nil, quote: UInt8 = UInt8(ascii: "\""), encoding: TextEncodingChoice = .auto,
                maxFieldBytes: Int = 1 << 20, skipReportFooters: Bool = true) {
        self.delimiter = delimiter
        self.quote = quote
        self.encoding = encoding
        self.maxFieldBytes = maxFieldBytes
        self.skipReportFooters = skipReportFooters
    }

    /// Why these options cannot work, or `nil`. A line end as the delimiter made libcsv read the
    /// whole file as one row; the quote as the delimiter makes every field ambiguous.
    var problem: String? {
        let lineEnds: [UInt8] = [0x0A, 0x0D]
        if let delimiter {
            if lineEnds.contains(delimiter) { return "the delimiter cannot be a line end (CR or LF)" }
            if delimiter == quote { return "the delimiter and the quote are the same character" }
        }
        if lineEnds.contains(quote) { return "the quote cannot be a line end (CR or LF)" }
        if maxFieldBytes < 1 { return "max_field_bytes must be at least 1" }
        return nil
    }
}

/// The ledger of one file: every data row read is either loaded or rejected.
public struct CSVReadCounts: Sendable, Equatable, Codable {
    /// Data rows after the header (preamble, blank lines and report footers are not rows).
    public var rowsRead = 0
    /// Rows handed to the consumer.
    public var rowsDelivered = 0
    /// Rows sent to the rejects ledger by the reader.
    public var rowsRejected = 0
    /// Report footer rows skipped ("Grand Totals …").
    public var footerRowsSkipped = 0
    /// Physical lines in the file.
    public var physicalLines = 0
    /// Bytes of text read (after transcoding).
    public var bytesRead = 0

    public init() {}

    /// `rows read = rows delivered + rows rejected`: checked in tests and debug builds.
    public func _checkInvariants() {
        precondition(rowsRead == rowsDelivered + rowsRejected, "ledger broken: \(self)")
    }
}
