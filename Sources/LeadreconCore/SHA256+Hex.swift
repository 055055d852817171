import Crypto

extension Sequence<UInt8> {
    /// Lower-case hex of a digest's bytes, the form `summary.json` and the history store
    /// (SHA-256: 64 characters).
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in self {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
