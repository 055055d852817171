import Crypto

/// Replaces personal values by stable tokens: `KIND:` and the first 16 hex digits of
/// HMAC-SHA-256(key, normalised value). 64 bits make an accidental collision between two values
/// of one export practically impossible while keeping a token short enough for a spreadsheet cell.
///
/// When a re-identification file is asked for, each token's first original spelling is kept for
/// it; otherwise nothing original is kept.
public final class Pseudonymizer {
    private let key: SymmetricKey
    private let keepsOriginals: Bool
    private var originals: [String: (kind: PersonalValueKind, value: String)] = [:]

    /// Hex digits kept of the HMAC.
    static let tokenDigits = 16

    public init(key: PseudonymKey, keepOriginals: Bool = false) {
        self.key = SymmetricKey(data: key.bytes)
        self.keepsOriginals = keepOriginals
    }

    /// The token for `value`; an empty value stays empty (it says nothing about anyone).
    public func token(_ value: String, kind: PersonalValueKind) -> String {
        guard !value.isEmpty else { return value }
        let normalised = kind.normalised(value)
        let code = HMAC<SHA256>.authenticationCode(for: Array(normalised.utf8), using: key)
        let token = "\(kind.rawValue):" + code.hex.prefix(Self.tokenDigits)
        if keepsOriginals, originals[token] == nil { originals[token] = (kind, value) }
        return token
    }

    /// `token,kind,value` rows sorted by token, for the re-identification file.
    public var reidentificationRows: [[String]] {
        originals.sorted { $0.key < $1.key }.map { [$0.key, $0.value.kind.rawValue, $0.value.value] }
    }
}
