/// Splits folded company names into key tokens.
///
/// A token is a run of ASCII letters and digits; apostrophes join (`McDonald's` → `mcdonalds`);
/// `&` and `+` are tokens of their own; everything else separates. The connectors `&`, `+`, `und`,
/// `and`, and `u` between two words (`Müller u. Söhne`) all become the one token `and`.
///
/// Tokens are ranges of one byte buffer, not a string each: a million-lead run normalises more
/// than a million distinct company names, and a string per token (and per key) was most of it.
struct CompanyTokens {
    /// The connector token every spelling of "and" becomes.
    static let connector = "and"

    /// The tokens' bytes back to back (apostrophes dropped, connectors spelled `and`).
    private(set) var bytes: [UInt8] = []
    /// Each token's range in `bytes`, in order.
    private(set) var ranges: [Range<Int>] = []

    /// The tokens of lower-case folded ASCII bytes (see `KeyFolder`).
    init(folded text: [UInt8]) {
        bytes.reserveCapacity(text.count + 3)
        ranges.reserveCapacity(8)
        var start = 0
        func flush() {
            if bytes.count > start { ranges.append(start..<bytes.count) }
        }
        for byte in text {
            if CellBytes.isAlphanumeric(byte) {
                bytes.append(byte)
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") {
                continue
            } else {
                flush()
                if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "+") { ranges.append(connectorRange()) }
                start = bytes.count
            }
        }
        flush()
        for index in ranges.indices {
            if isWord(index, "und") || (index > 0 && index < ranges.count - 1 && isWord(index, "u")) {
                ranges[index] = connectorRange()
            }
        }
    }

    var count: Int { ranges.count }

    /// The text of token `index`.
    func text(_ index: Int) -> String { String(decoding: bytes[ranges[index]], as: UTF8.self) }

    /// Whether token `index` is the connector (``connector``).
    func isConnector(_ index: Int) -> Bool { isWord(index, "and") }

    /// Whether token `index` is `word` (ASCII).
    func isWord(_ index: Int, _ word: StaticString) -> Bool {
        let range = ranges[index]
        guard range.count == word.utf8CodeUnitCount else { return false }
        let spelled = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for offset in 0..<range.count where bytes[range.lowerBound + offset] != spelled[offset] { return false }
        return true
    }

    /// Tokens `range` with single spaces between them.
    func joined(_ range: Range<Int>) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(bytes.count + range.count)
        for index in range {
            if index > range.lowerBound { key.append(UInt8(ascii: " ")) }
            key.append(contentsOf: bytes[ranges[index]])
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// Tokens `range` run together (a legal form's spelling).
    func runTogether(_ range: Range<Int>) -> String {
        String(decoding: range.flatMap { bytes[ranges[$0]] }, as: UTF8.self)
    }

    /// A range spelling the connector, appended to `bytes`.
    private mutating func connectorRange() -> Range<Int> {
        let start = bytes.count
        bytes.append(contentsOf: Self.connector.utf8)
        return start..<bytes.count
    }
}
