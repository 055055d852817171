@testable import LeadreconCore
import Testing

@Suite struct HeaderSimilarityTests {
    static let folded = [
        "record id", "contact id", "recrod id", "firstname", "first name", "lead status", "status",
        "lead title", "kontakt nr", "", "e mail", "email", "aktivitaets id",
    ]

    @Test(arguments: folded, folded)
    func scoreIsSymmetricAndBounded(lhs: String, rhs: String) {
        let score = HeaderSimilarity.score(lhs, rhs)
        #expect(score == HeaderSimilarity.score(rhs, lhs))
        #expect((0...1).contains(score))
    }

    @Test(arguments: folded.filter { !$0.isEmpty })
    func headerIsMostLikeItself(header: String) {
        #expect(HeaderSimilarity.score(header, header) == 1)
    }

    @Test(arguments: [
        ("kitten", "sitting", 3),
        ("recrod", "record", 1),
        ("", "abc", 3),
        ("abc", "abc", 0),
    ])
    func distanceCountsEditsAndTranspositions(lhs: String, rhs: String, expected: Int) {
        #expect(HeaderSimilarity.distance(Array(lhs.unicodeScalars), Array(rhs.unicodeScalars)) == expected)
    }

    @Test func spacesDoNotCountForEditSimilarity() {
        #expect(HeaderSimilarity.score("firstname", "first name") == 1)
    }

    @Test func closestKeepsTheBestThreeInOrder() {
        let candidates = ["Record-Nr", "Owner", "Contact ID", "Record ID old", "Lead ID"].enumerated().map {
            (index: $0.offset, header: $0.element, folded: HeaderFolding.fold($0.element))
        }
        let closest = HeaderSimilarity.closest(to: ["record id"], among: candidates)
        #expect(closest.count == 3)
        #expect(closest.first == "Record ID old")
        #expect(!closest.contains("Owner"))
    }
}
