import PropertyBased
import Testing
@testable import LeadreconCore

/// The domain the free-mail rule reads off an address: the lower-cased text after the last `@`,
/// `@`s at the end ignored — exactly what splitting at `@` and taking the last part gave.
@Suite struct FlagEmailDomainTests {
    @Test(arguments: [
        ("anna.berg@gmail.com", "gmail.com"),
        ("Anna.Berg@GMAIL.com", "gmail.com"),
        ("jörg@MÜLLER-gmbh.de", "müller-gmbh.de"),
        ("a@b@c.de", "c.de"),
        ("anna@", "anna"),
        ("anna@@", "anna"),
        ("no-at-sign", "no-at-sign"),
        ("@web.de", "web.de"),
        ("", nil),
        ("@", nil),
        ("@@@", nil),
    ] as [(String, String?)])
    func domain(_ email: String, _ expected: String?) {
        #expect(FlagRules.domain(of: email) == expected)
    }

    @Test func sameAsSplittingAtTheLastAt() async {
        let piece = Gen.int(in: 0...7).map { ["@", "a", "B", "Ä", "ö", ".", "gmail", "😀"][$0] }
        await propertyCheck(count: 500, input: piece.array(of: 0...8).map { $0.joined() }) { email in
            #expect(FlagRules.domain(of: email) == email.split(separator: "@").last.map { $0.lowercased() })
        }
    }
}
