import Testing
@testable import LeadreconCore
import LeadreconLink

/// u of the link model: exact levels from value counts, fuzzy levels from unequal value pairs,
/// fixed u left alone.
@Suite struct LinkUEstimateTests {
    /// Anna ×3, Bernd ×2, Carla ×1 and one record without a first name; e-mails all different.
    static let people = LinkBlockingTests.table([
        ("1", "Anna", "Kahl", "a1@example.com", "", "", 7000),
        ("2", "Anna", "Kahl", "a2@example.com", "", "", 7001),
        ("3", "Anna", "Berg", "a3@example.com", "", "", 8000),
        ("4", "Bernd", "Berg", "b1@example.com", "", "", nil),
        ("5", "Bernd", "Kahl", "b2@example.com", "", "", 9000),
        ("6", "Carla", "Kohl", "c1@example.com", "", "", 9400),
        ("7", "", "Kohl", "", "", "", 9400),
    ])

    static func comparisons() throws -> [LinkComparison] {
        try [
            Pipeline.Comparison(field: .firstName, method: .jaroWinkler, thresholds: [0.92, 0.8]),
            Pipeline.Comparison(field: .email, method: .exact),
            Pipeline.Comparison(field: .lastName, method: .exact, u: [0.01, 0.99]),
            Pipeline.Comparison(field: .dateOfBirth, method: .date, thresholds: [1, 30]),
        ].map(LinkComparison.init)
    }

    @Test func exactLevelsFromCountsFuzzyFromPairsFixedLeftAlone() throws {
        let records = LinkRecords(tables: [Self.people], fields: [.firstName, .lastName, .email, .dateOfBirth])
        let estimate = LinkUEstimate.estimate(records: records, comparisons: try Self.comparisons(), sampleCount: 1_000)
        let firstName = try #require(estimate.u[0])
        // The sample covers all 15 pairs of the 6 first names, 4 of them agreeing: (4 + 1) / (15 + 4).
        #expect(abs(firstName[0] - 5.0 / 19) < 1e-12)
        #expect(abs(firstName[0..<4].reduce(0, +) - 1) < 1e-12 && firstName[4] == 1)
        // Anna/Bernd/Carla: no pair reaches 0.8, so the fuzzy levels keep only their smoothing.
        #expect(firstName[1] == 1.0 / 19 && firstName[2] == 1.0 / 19)
        let email = try #require(estimate.u[1])
        #expect(abs(email[0] - 1.0 / 17) < 1e-12 && abs(email[1] - 16.0 / 17) < 1e-12 && email[2] == 1)
        #expect(estimate.u[2] == nil)
        let birthday = try #require(estimate.u[3])
        #expect(birthday.count == 5 && birthday[4] == 1)
        #expect(estimate.randomPairs > 0)
    }

    @Test func sameUOnEveryRun() throws {
        let records = LinkRecords(tables: [Self.people], fields: [.firstName, .lastName, .email, .dateOfBirth])
        let comparisons = try Self.comparisons()
        let first = LinkUEstimate.estimate(records: records, comparisons: comparisons, sampleCount: 20_000)
        let second = LinkUEstimate.estimate(records: records, comparisons: comparisons, sampleCount: 20_000)
        #expect(first.u == second.u && first.randomPairs == second.randomPairs)
    }
}
