import LeadreconLink
import Testing

/// Phone levels read from packed trailing digits equal the levels of the texts, for any digit
/// counts up to eight.
@Suite struct ComparePackedDigitsTests {
    static func level(_ comparator: Comparator, _ a: String, _ b: String) -> (text: Int, packed: Int) {
        var a = a, b = b
        return a.withUTF8 { a in
            b.withUTF8 { b in
                let text = comparator.level(utf8: a, b)
                let packed = Array(a) == Array(b) ? 0
                    : comparator.phoneLevel(packed: comparator.packedTrailingDigits(a), comparator.packedTrailingDigits(b))
                return (text, packed)
            }
        }
    }

    @Test(arguments: [
        ([8], "+4930123456789", "+4940123456789", 1),
        ([8], "+4930123456789", "+4930123456788", 2),
        ([8], "+491234567", "+1234567", 2),  // 7 digits agree, fewer than 8
        ([8, 4], "+4930123456789", "+4930999996789", 2),
        ([8, 4], "+4930123456789", "+4930999996780", 3),
        ([3], "x123", "y123", 1),
        ([3], "12x3", "99x3", 2),  // a non-digit ends the run
    ])
    func tableOfCases(digits: [Int], a: String, b: String, expected: Int) {
        let comparator = Comparator(.phone(lastDigits: digits))
        let levels = Self.level(comparator, a, b)
        #expect(levels.text == expected)
        #expect(levels.packed == expected)
    }

    @Test func randomNumbersAgreeWithText() {
        var random = LinkTestRandom(seed: 8)
        let alphabet = Array("0123456789") + ["+", "-", "x"]
        for _ in 0..<20_000 {
            let digits = (0..<Int.random(in: 1...3, using: &random)).map { _ in Int.random(in: 1...8, using: &random) }
            let comparator = Comparator(.phone(lastDigits: Array(Set(digits)).sorted(by: >)))
            let base = String((0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            func variant() -> String {
                var text = Array(base)
                for _ in 0..<Int.random(in: 0...2, using: &random) where !text.isEmpty {
                    text[Int.random(in: 0..<text.count, using: &random)] = alphabet.randomElement(using: &random)!
                }
                return String(text) + (Bool.random(using: &random) ? "" : "7")
            }
            let (a, b) = (variant(), variant())
            guard !a.isEmpty, !b.isEmpty else { continue }
            let levels = Self.level(comparator, a, b)
            #expect(levels.text == levels.packed, "\(a) \(b) \(comparator.method)")
        }
    }

    @Test func onlyShortPhoneComparisonsPack() {
        #expect(Comparator(.phone(lastDigits: [8])).readsPackedDigits)
        #expect(!Comparator(.phone(lastDigits: [9])).readsPackedDigits)
        #expect(!Comparator(.exact).readsPackedDigits)
    }
}
