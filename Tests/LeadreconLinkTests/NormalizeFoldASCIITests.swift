import Testing
@testable import LeadreconLink

/// `KeyFolder.fold` of ASCII text: the same bytes as folding it scalar by scalar through the table,
/// for every ASCII character (NUL and controls included) in both styles.
@Suite struct NormalizeFoldASCIITests {
    @Test(arguments: FoldStyle.allCases)
    func asciiFoldsAsTheTable(style: FoldStyle) {
        var random = NormalizeSeededGenerator(seed: 0xA5C11)
        var folder = KeyFolder(capacity: 16)
        var texts = [String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)]
        for _ in 0..<2_000 {
            texts.append(String(decoding: (0..<random.below(24)).map { _ in UInt8(random.below(128)) }, as: UTF8.self))
        }
        for text in texts {
            #expect(folder.fold(text, style: style) == LatinFoldTable.foldedASCII(text, style: style), "\(Array(text.utf8))")
        }
    }
}
