import LeadreconCore
import Testing

/// 15→18 conversion against literals computed by hand and against a small independent reference.
@Suite struct SalesforceIDTests {
    /// Checksums worked out by hand (chunks of 5; bit i for an upper-case letter at position i;
    /// 0–31 into A–Z then 0–5):
    /// - `00100 00000 00001`: no capitals → 0,0,0 → `AAA`.
    /// - `00Q5g 00000 AbCdE`: Q at 2 → 4 `E`; none → `A`; A,C,E at 0,2,4 → 1+4+16=21 `V`.
    /// - `001A0 00000 6Vm9r`: A at 3 → 8 `I`; none → `A`; V at 1 → 2 `C` (Salesforce's documented example).
    /// - `00Q1X 0000A b7KLm`: Q at 2, X at 4 → 20 `U`; A at 4 → 16 `Q`; K,L at 2,3 → 12 `M`.
    /// - `005AB CDEFG HIJKL`: A,B at 3,4 → 24 `Y`; all five → 31 `5`; all five → 31 `5`.
    /// - `zzzzz …`: lower case sets no bit → `AAA`; `ZZZZZ …` → `555`.
    @Test(arguments: [
        ("001000000000001", "001000000000001AAA"),
        ("00Q5g00000AbCdE", "00Q5g00000AbCdEEAV"),
        ("001A0000006Vm9r", "001A0000006Vm9rIAC"),
        ("00Q1X0000Ab7KLm", "00Q1X0000Ab7KLmUQM"),
        ("005ABCDEFGHIJKL", "005ABCDEFGHIJKLY55"),
        ("zzzzzzzzzzzzzzz", "zzzzzzzzzzzzzzzAAA"),
        ("ZZZZZZZZZZZZZZZ", "ZZZZZZZZZZZZZZZ555"),
    ])
    func fifteenToEighteen(short: String, long: String) {
        #expect(SalesforceID.canonical(short) == long)
        #expect(SalesforceID.canonical(long) == long, "a valid 18-character id stays as it is")
        #expect(Self.referenceSuffix(short) == String(long.suffix(3)), "the reference agrees")
    }

    /// The suffix is case-insensitive: a lower-case suffix is accepted and written in upper case.
    @Test(arguments: [
        ("001A0000006Vm9riac", "001A0000006Vm9rIAC"),
        ("001A0000006Vm9rIaC", "001A0000006Vm9rIAC"),
        ("005ABCDEFGHIJKLy55", "005ABCDEFGHIJKLY55"),
    ])
    func suffixCaseIsNormalised(given: String, expected: String) {
        #expect(SalesforceID.canonical(given) == expected)
        #expect(Self.canonicalOfBytes(given) == expected)
    }

    @Test(arguments: [
        "001A0000006Vm9rIAD",  // wrong checksum
        "001a0000006vm9rIAC",  // first 15 case-folded: the suffix no longer matches
        "001A0000006Vm9",  // 14
        "001A0000006Vm9rI",  // 16
        "001A0000006Vm9rIA",  // 17
        "001A0000006Vm9rIACX",  // 19
        "001A0000006-m9r", "001A0000006Vm9r ", " 001A0000006Vm9r", "001A000000éVm9r", "", "00Q",
    ])
    func rejected(id: String) {
        #expect(SalesforceID.canonical(id) == nil)
        #expect(Self.canonicalOfBytes(id) == nil)
        #expect(!SalesforceID.looksLikeSalesforceID(id))
        #expect(SalesforceID.keyPrefix(id) == nil)
    }

    /// 15-character ids that differ only in case are different records with different 18s.
    @Test func neverCaseFolds() {
        let upper = SalesforceID.canonical("00Q5g00000ABCDE")
        let lower = SalesforceID.canonical("00Q5g00000abcde")
        #expect(upper == "00Q5g00000ABCDEEA5")
        #expect(lower == "00Q5g00000abcdeEAA")
        #expect(upper?.lowercased() != lower?.lowercased(), "18-character forms stay distinct case-insensitively")
    }

    @Test(arguments: [
        ("00Q5g00000AbCdE", "00Q"), ("003000000000001", "003"), ("00G5g00000AbCdEEAV", "00G"),
        ("005ABCDEFGHIJKL", "005"), ("001A0000006Vm9rIAC", "001"),
    ])
    func keyPrefix(id: String, prefix: String) {
        #expect(SalesforceID.looksLikeSalesforceID(id))
        #expect(SalesforceID.keyPrefix(id) == prefix)
    }

    /// 2,000 ids from a fixed-seed generator: the module agrees with the reference, and its
    /// 18-character output is a fixed point.
    @Test func agreesWithReference() {
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        var state: UInt64 = 0x5EED_CAFE
        for _ in 0..<2000 {
            var id = ""
            for _ in 0..<15 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407  // Knuth's LCG
                id.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            let expected = id + Self.referenceSuffix(id)
            #expect(SalesforceID.canonical(id) == expected)
            #expect(SalesforceID.canonical(expected) == expected)
            // The ingest path, on bytes, the same.
            #expect(Self.canonicalOfBytes(id) == expected && Self.canonicalOfBytes(expected) == expected)
            #expect(Self.canonicalOfBytes(String(expected.prefix(17)) + (expected.last == "A" ? "B" : "A")) == nil)
            #expect(SalesforceID.canonical(String(expected.prefix(15)).lowercased() + expected.suffix(3)) ==
                    (id == id.lowercased() ? expected : nil))
            // One character just outside the alphanumeric ranges, anywhere: not an id, on both paths.
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let outsiders = Array("/:@[`{ -\u{7F}é")
            let outside = outsiders[Int(state >> 40) % outsiders.count]
            var damaged = Array(expected)
            damaged[Int(state >> 20) % 18] = outside
            #expect(SalesforceID.canonical(String(damaged)) == nil && Self.canonicalOfBytes(String(damaged)) == nil)
        }
    }

    static func canonicalOfBytes(_ id: String) -> String? {
        var id = id
        return id.withUTF8 { SalesforceID.canonical(bytes: $0) }
    }

    /// An independent reference written from the documented algorithm with `Character` APIs.
    static func referenceSuffix(_ id: String) -> String {
        let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345")
        let characters = Array(id)
        var suffix = ""
        for chunk in 0..<3 {
            var value = 0
            for position in (0..<5).reversed() {
                let character = characters[chunk * 5 + position]
                value = value * 2 + ("A"..."Z" ~= character ? 1 : 0)
            }
            suffix.append(table[value])
        }
        return suffix
    }
}
