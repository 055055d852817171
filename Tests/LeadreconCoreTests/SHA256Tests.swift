import Crypto
import Foundation
@testable import LeadreconCore
import Testing

/// The input-file hashes of `summary.json`: swift-crypto's SHA-256 over the file read in 1 MiB
/// pieces (``FileDigest``), written as lower-case hex.
@Suite struct SHA256Tests {
    /// FIPS 180-4 examples (NIST CSRC "Example Algorithms", SHA256.pdf, SHA256_2.pdf).
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func fipsVectorsOfAFile(message: String, digest: String) throws {
        let file = try Self.temporaryFile(Data(message.utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try Self.digest(file) == digest)
        #expect(SHA256.hash(data: Array(message.utf8)).hex == digest)
    }

    /// One million 'a's (FIPS 180-4), read in one 1 MiB piece and a short one.
    @Test func oneMillionAsAcrossThePieceBoundary() throws {
        let file = try Self.temporaryFile(Data(repeating: UInt8(ascii: "a"), count: 1_000_000))
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try Self.digest(file) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        let longer = try Self.temporaryFile(Data((0..<(3 << 20) + 17).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }))
        defer { try? FileManager.default.removeItem(at: longer) }
        #expect(try Self.digest(longer) == SHA256.hash(data: try Data(contentsOf: longer)).hex)
    }

    @Test func aMissingFileIsAnErrorNamingIt() {
        #expect(throws: RunError.cannotHash(path: "/nonexistent/leadrecon-input.csv")) {
            try Self.digest(URL(fileURLWithPath: "/nonexistent/leadrecon-input.csv"))
        }
    }

    /// A file that opens but cannot be read (here a directory: `read` fails with EISDIR) is an
    /// error too, not the digest of the bytes read before the failure.
    @Test func aReadFailureIsAnErrorNotAShortDigest() {
        let directory = FileManager.default.temporaryDirectory.path
        #expect(throws: RunError.cannotHash(path: directory)) {
            try FileDigest.sha256(path: directory, displayPath: directory)
        }
    }

    static func digest(_ url: URL) throws -> String {
        try FileDigest.sha256(path: url.path, displayPath: url.path)
    }

    static func temporaryFile(_ data: Data) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("leadrecon-sha-\(UUID().uuidString)")
        try data.write(to: url)
        return url
    }
}
