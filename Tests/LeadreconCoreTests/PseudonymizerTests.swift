import Foundation
@testable import LeadreconCore
import Testing

@Suite struct PseudonymizerTests {
    static let key = try! PseudonymKey(bytes: Array("0123456789abcdef-unit-test".utf8), source: "test")
    static let otherKey = try! PseudonymKey(bytes: Array("fedcba9876543210-unit-test".utf8), source: "test")

    /// RFC 4231 test case 1: key 20 × 0x0b, "Hi There" → b0344c61d8db3853…; the token keeps the
    /// first 16 hex digits behind the kind.
    @Test func theTokenIsTheTruncatedHMACSHA256() throws {
        let key = try PseudonymKey(bytes: Array(repeating: 0x0B, count: 20), source: "rfc4231")
        #expect(Pseudonymizer(key: key).token("Hi There", kind: .row) == "row:b0344c61d8db3853")
    }

    @Test(arguments: [
        (PersonalValueKind.email, "Anna.Becker@Example.com", " anna.becker@example.com"),
        (.name, "Matthias  Brenner", "matthias brenner"),
        (.phone, "+49 30 1234-567", "+49301234567"),
        (.phone, "030 / 1234567", "0301234567"),
    ])
    func spellingsOfOneValueGiveOneToken(kind: PersonalValueKind, one: String, other: String) {
        let pseudonymizer = Pseudonymizer(key: Self.key)
        #expect(pseudonymizer.token(one, kind: kind) == pseudonymizer.token(other, kind: kind))
    }

    @Test func sameKeySameTokenOtherKeyOtherToken() {
        let token = Pseudonymizer(key: Self.key).token("anna@example.com", kind: .email)
        #expect(token == Pseudonymizer(key: Self.key).token("anna@example.com", kind: .email))
        #expect(token != Pseudonymizer(key: Self.otherKey).token("anna@example.com", kind: .email))
        #expect(token.hasPrefix("email:") && token.count == 6 + 16)
        #expect(token.dropFirst(6).allSatisfy { $0.isHexDigit })
        #expect(Pseudonymizer(key: Self.key).token("", kind: .email) == "")
    }

    @Test func originalsAreKeptOnlyForAReidentificationFile() {
        let plain = Pseudonymizer(key: Self.key)
        _ = plain.token("anna@example.com", kind: .email)
        #expect(plain.reidentificationRows.isEmpty)
        let keeping = Pseudonymizer(key: Self.key, keepOriginals: true)
        let token = keeping.token("Anna@Example.com", kind: .email)
        _ = keeping.token("anna@example.com", kind: .email)
        #expect(keeping.reidentificationRows == [[token, "email", "Anna@Example.com"]])
    }

    @Test func quotedValuesAndBlockingKeysAreReplaced() {
        let pseudonymizer = Pseudonymizer(key: Self.key)
        let value = pseudonymizer.token("anna@x", kind: .value)
        #expect(pseudonymizer.quotedValueReplaced(in: "'anna@x' in 'Create Date' is not a timestamp; left empty")
                == "'\(value)' in 'Create Date' is not a timestamp; left empty")
        #expect(pseudonymizer.quotedValueReplaced(in: "no value quoted") == "no value quoted")
        #expect(pseudonymizer.blockingKeyReplaced(in: "blocking rule 'email': skipped block 'anna@x' of 6000 records (1 pairs) above the maximum block size")
                == "blocking rule 'email': skipped block '\(value)' of 6000 records (1 pairs) above the maximum block size")
    }

    @Test func rejectedRowsAndOwnersAreTokenised() {
        let pseudonymizer = Pseudonymizer(key: Self.key)
        let row = ["hubspot", "a.csv", "4", "field_count: …", "1,Anna,anna@example.com"]
        #expect(pseudonymizer.rejectRow(row) == Array(row.prefix(4)) + [pseudonymizer.token(row[4], kind: .row)])
        var finding = Finding(flag: "LEAKED_MQL", personID: "P1")
        finding.owner = "Matthias Brenner"
        #expect(pseudonymizer.finding(finding).owner == pseudonymizer.token("matthias brenner", kind: .name))
    }

    @Test func theKeyComesFromTheFileOrTheEnvironment() throws {
        #expect(throws: PseudonymError.noKey) { try PseudonymKey.load(file: nil, environment: [:]) }
        #expect(throws: PseudonymError.keyTooShort(source: "LEADRECON_PSEUDONYM_KEY", bytes: 5)) {
            try PseudonymKey.load(file: nil, environment: ["LEADRECON_PSEUDONYM_KEY": "short"])
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("leadrecon-key-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("0123456789abcdef-unit-test\n".utf8).write(to: file)
        let fromFile = try PseudonymKey.load(file: file, environment: ["LEADRECON_PSEUDONYM_KEY": "another-key-entirely-long"])
        let fromEnvironment = try PseudonymKey.load(file: nil, environment: ["LEADRECON_PSEUDONYM_KEY": "0123456789abcdef-unit-test"])
        #expect(Pseudonymizer(key: fromFile).token("a", kind: .name) == Pseudonymizer(key: fromEnvironment).token("a", kind: .name))
        let missing = URL(fileURLWithPath: "/nonexistent/leadrecon.key")
        #expect(throws: PseudonymError.unreadableKeyFile(path: missing.path)) { try PseudonymKey.load(file: missing, environment: [:]) }
    }
}
