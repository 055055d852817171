/// Splits folded company names into key tokens.
///
/// A token is a run of ASCII letters and digits; apostrophes join (`McDonald's` → `mcdonalds`);
/// `&` and `+` are tokens of their own; everything else separates. The connectors `&`, `+`, `und`,
/// `and`, and `u` between two words (`Müller u. Söhne`) all become the one token `and`.
enum CompanyTokens {
    /// The connector token every spelling of "and" becomes.
    static let connector = "and"

    /// The tokens of lower-case folded ASCII bytes (see `KeyFolder`).
    static func tokens(ofFolded bytes: [UInt8]) -> [String] {
        var tokens: [String] = []
        tokens.reserveCapacity(8)
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func flush() {
            if !word.isEmpty {
                tokens.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        for byte in bytes {
            if CellBytes.isAlphanumeric(byte) {
                word.append(byte)
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") {
                continue
            } else {
                flush()
                if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "+") { tokens.append(connector) }
            }
        }
        flush()
        for index in tokens.indices {
            switch tokens[index] {
            case "und", "and":
                tokens[index] = connector
            case "u" where index > 0 && index < tokens.count - 1:
                tokens[index] = connector
            default:
                break
            }
        }
        return tokens
    }
}
