import LeadreconLink
import Testing

/// The Jaro-Winkler upper bound read from two signatures is the bound of the two strings, to the
/// last bit, whenever both signatures are usable; and they are usable unless a string is empty, not
/// ASCII or repeats a byte class nine times.
@Suite struct CompareBoundSignatureTests {
    static func bounds(_ a: String, _ b: String) -> (bytes: Double, signatures: Double?) {
        var a = a, b = b
        return a.withUTF8 { a in
            b.withUTF8 { b in
                (StringSimilarity.jaroWinklerUpperBound(a, b),
                 StringSimilarity.jaroWinklerUpperBound(JaroBoundSignature(a), JaroBoundSignature(b)))
            }
        }
    }

    @Test(arguments: [
        ("martha", "marhta", true), ("fichteltec", "elbplan", true), ("biederberg baumann partner", "baumann", true),
        ("aaaaaaaa", "aaaa", true), ("aaaaaaaaa", "a", false), ("müller", "mueller", false), ("", "anna", false),
        ("ab", "ba", true), ("x", "y", true),
    ])
    func tableOfCases(a: String, b: String, usable: Bool) {
        let (bytes, signatures) = Self.bounds(a, b)
        #expect((signatures != nil) == usable)
        if let signatures { #expect(signatures == bytes) }
    }

    @Test func randomStringsGiveTheSameBound() {
        var random = LinkTestRandom(seed: 11)
        let alphabets = [Array("ab"), Array("abcdefgh"), Array("abcdefghijklmnopqrstuvwxyz -.&"), Array("AaBb01@")]
        var compared = 0
        for _ in 0..<30_000 {
            let alphabet = alphabets.randomElement(using: &random)!
            func word() -> String {
                String((0..<Int.random(in: 0...24, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            }
            let (a, b) = (word(), word())
            let (bytes, signatures) = Self.bounds(a, b)
            guard let signatures else { continue }
            compared += 1
            #expect(signatures == bytes, "\(a) / \(b)")
        }
        #expect(compared > 20_000)
    }
}
