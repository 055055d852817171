public import Foundation

/// The secret under which personal values become tokens. Tokens are an HMAC, not a plain hash,
/// because a plain hash of an e-mail address is reversed by hashing an address list; without the
/// key a token says nothing, with it the same value always gives the same token, so runs can be
/// joined and compared.
public struct PseudonymKey: Sendable {
    /// The environment variable a key is read from when no key file is given.
    public static let environmentVariable = "LEADRECON_PSEUDONYM_KEY"
    /// Shorter keys are refused: a guessable key makes the tokens reversible by trying values.
    public static let minimumBytes = 16

    let bytes: [UInt8]

    /// A key of these bytes.
    /// - Throws: ``PseudonymError/keyTooShort(source:bytes:)``.
    public init(bytes: [UInt8], source: String) throws(PseudonymError) {
        guard bytes.count >= Self.minimumBytes else { throw .keyTooShort(source: source, bytes: bytes.count) }
        self.bytes = bytes
    }

    /// The key from `file` when given, else from ``environmentVariable``. A trailing line break
    /// (as editors and `echo` leave) is not part of the key.
    /// - Throws: ``PseudonymError`` when there is no key or it cannot be read.
    public static func load(file: URL?, environment: [String: String]) throws(PseudonymError) -> PseudonymKey {
        if let file {
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw .unreadableKeyFile(path: file.path)
            }
            return try PseudonymKey(bytes: Array(trimmingLineEnd(Array(data))), source: file.path)
        }
        guard let text = environment[environmentVariable], !text.isEmpty else { throw .noKey }
        return try PseudonymKey(bytes: trimmingLineEnd(Array(text.utf8)), source: environmentVariable)
    }

    private static func trimmingLineEnd(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        while let last = bytes.last, last == 0x0A || last == 0x0D { bytes.removeLast() }
        return bytes
    }
}

/// Why pseudonymised outputs cannot be written (exit code 2).
public enum PseudonymError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Pseudonymising was asked for and no key was given.
    case noKey
    case keyTooShort(source: String, bytes: Int)
    case unreadableKeyFile(path: String)
    /// The re-identification file would land in the output directory that is meant to be shared.
    case reidentificationInsideOutput(path: String, outputDirectory: String)
    case cannotWriteReidentification(path: String, reason: String)

    public var description: String {
        switch self {
        case .noKey:
            "pseudonymised outputs need a key: set \(PseudonymKey.environmentVariable) or pass --pseudonym-key-file PATH (at least \(PseudonymKey.minimumBytes) bytes, e.g. from 'openssl rand -hex 32'); nothing was written"
        case .keyTooShort(let source, let bytes):
            "\(source): the pseudonym key has \(bytes) bytes, fewer than \(PseudonymKey.minimumBytes); use a longer random key (e.g. 'openssl rand -hex 32')"
        case .unreadableKeyFile(let path):
            "\(path): cannot read the pseudonym key file; check the path and its permissions"
        case .reidentificationInsideOutput(let path, let outputDirectory):
            "\(path): the re-identification file must not be inside the output directory \(outputDirectory), which is meant to be shared; write it elsewhere"
        case .cannotWriteReidentification(let path, let reason):
            "\(path): cannot write the re-identification file (\(reason)); the reports were written"
        }
    }
}
