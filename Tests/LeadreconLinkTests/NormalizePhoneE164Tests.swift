import LeadreconLink
import Testing

/// `PhoneNormalizer.e164`, the link stage's entry point, gives `normalize`'s E.164 string.
@Suite struct NormalizePhoneE164Tests {
    @Test(arguments: [
        ("030 1234567", nil, "+49301234567"), ("+41 44 637 34 89", "CH", "+41446373489"),
        ("(0241) 9730282", "Deutschland", "+492419730282"), ("202-555-0143", "US", "+12025550143"),
        ("12345", nil, nil), ("", "AT", nil), ("Tel. 0171 1234567 / 030 987654", "Germany", "+491711234567"),
    ] as [(String, String?, String?)])
    func tableCases(raw: String, country: String?, expected: String?) {
        let normalizer = PhoneNormalizer()
        #expect(normalizer.e164(raw, country: country) == expected)
        #expect(normalizer.normalize(raw, country: country)?.e164 == expected)
    }

    @Test(arguments: NormalizePropertyTests.seeds)
    func generatedNumbersAgreeWithNormalize(seed: UInt64) {
        var random = NormalizeSeededGenerator(seed: seed)
        let countries: [String?] = [nil, "", "DE", "AT", "CH", "NL", "FR", "GB", "US", "Österreich", "Narnia"]
        let normalizer = PhoneNormalizer()
        for _ in 0..<NormalizePropertyTests.runs {
            let raw = random.text(from: NormalizePropertyTests.phoneFragments, maximum: 9)
            let country = countries[random.below(countries.count)]
            #expect(normalizer.e164(raw, country: country) == normalizer.normalize(raw, country: country)?.e164, "\(raw)")
            for region in PhoneRegion.allCases {
                #expect(normalizer.e164(raw, region: region) == normalizer.normalize(raw, region: region)?.e164)
            }
        }
    }
}
