import Testing
@testable import LeadreconLink

/// The tables that stand in for look-ups on the name parser's hot path answer as the look-ups do:
/// the punctuation masks as Unicode's general category, the affix table as `NameAffixes.kinds`.
@Suite struct NormalizeNameTablesTests {
    @Test func punctuationMasksMatchTheGeneralCategory() {
        for value in UInt32(0)..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let category = scalar.properties.generalCategory
            let punctuation = NamePunctuation.isPunctuationCategory(category)
            #expect(NamePunctuation.isPunctuation(scalar) == punctuation, "U+\(String(value, radix: 16))")
            #expect(NamePunctuation.isPunctuationOrSpace(scalar) == (punctuation || category == .spaceSeparator),
                    "U+\(String(value, radix: 16))")
        }
    }

    @Test func affixTableHoldsTheDictionary() {
        for (code, kind) in NameAffixes.kinds { #expect(NameAffixes.kind(of: code) == kind) }
        var random = NormalizeSeededGenerator(seed: 0xAFF1)
        for _ in 0..<5000 {
            let word = String(decoding: (0...random.below(16)).map { _ in UInt8(ascii: "a") + UInt8(random.below(26)) },
                              as: UTF8.self)
            let code = NameAffixes.Code(word)
            #expect(NameAffixes.kind(of: code) == NameAffixes.kinds[code] ?? [], "\(word)")
        }
        #expect(NameAffixes.kind(of: NameAffixes.Code()) == [])
    }
}
