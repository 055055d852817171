import LeadreconLink
import Testing

@Suite struct ModelSpecTests {
    @Test func validSpec() throws {
        let spec = try ComparisonSpec(name: "email", levels: ["null", "exact", "else"], nullLevel: 0, exactLevels: [1, 1])
        #expect(spec.levelCount == 3)
        #expect(spec.nonNullLevels == [1, 2])
        #expect(spec.exactLevels == [1])
        #expect(spec.isNull(0) && !spec.isNull(1))
        #expect(spec.isExact(1) && !spec.isExact(2))
        #expect(spec.termFrequencyMinimumU == TermFrequencyAdjustment.defaultMinimumU)
    }

    @Test func invalidSpecs() {
        #expect(throws: LinkModelError.emptyComparisonName) { try ComparisonSpec(name: "", levels: ["a"]) }
        #expect(throws: LinkModelError.levelCount(comparison: "x", count: 1)) {
            try ComparisonSpec(name: "x", levels: ["null"], nullLevel: 0)
        }
        #expect(throws: LinkModelError.levelCount(comparison: "x", count: 0)) { try ComparisonSpec(name: "x", levels: []) }
        #expect(throws: LinkModelError.duplicateLevelLabel(comparison: "x", label: "a")) {
            try ComparisonSpec(name: "x", levels: ["a", "b", "a"])
        }
        #expect(throws: LinkModelError.levelIndex(comparison: "x", level: 2)) {
            try ComparisonSpec(name: "x", levels: ["a", "b"], nullLevel: 2)
        }
        #expect(throws: LinkModelError.levelIndex(comparison: "x", level: 1)) {
            try ComparisonSpec(name: "x", levels: ["a", "null"], nullLevel: 1, exactLevels: [1])
        }
        #expect(throws: LinkModelError.termFrequencyFloor(comparison: "x", value: 0)) {
            try ComparisonSpec(name: "x", levels: ["a", "b"], termFrequencyMinimumU: 0)
        }
    }

    @Test func invalidParameters() throws {
        let spec = try ComparisonSpec(name: "x", levels: ["exact", "else", "null"], nullLevel: 2, exactLevels: [0])
        #expect(throws: LinkModelError.parameterCount(comparison: "x", expected: 3, found: 2)) {
            try ComparisonParameters(spec: spec, m: [0.9, 0.1], u: [0.1, 0.9, 1])
        }
        #expect(throws: LinkModelError.probability(comparison: "x", level: "else", parameter: "m", value: 0)) {
            try ComparisonParameters(spec: spec, m: [1, 0, 1], u: [0.1, 0.9, 1])
        }
        #expect(throws: LinkModelError.self) { try ComparisonParameters(spec: spec, m: [0.9, 0.1, 1], u: [.nan, 0.9, 1]) }
        // The null level's entries are ignored and stored as 1.
        let parameters = try ComparisonParameters(spec: spec, m: [0.9, 0.1, 0], u: [0.1, 0.9, -5])
        #expect(parameters.m == [0.9, 0.1, 1] && parameters.u == [0.1, 0.9, 1])
        #expect(throws: LinkModelError.prior(1)) { try LinkModel(priorMatchProbability: 1, comparisons: [parameters]) }
        #expect(throws: LinkModelError.duplicateComparisonName("x")) {
            try LinkModel(priorMatchProbability: 0.1, comparisons: [parameters, parameters])
        }
    }

    /// A comparison's levels and the default starting m expected for it.
    struct StartingMCase: Sendable, CustomTestStringConvertible {
        var levels: [String]
        var nullLevel: UInt8?
        var exact: [UInt8]
        var expected: [Double]
        var testDescription: String { levels.joined(separator: ",") }
    }

    static let startingMCases: [StartingMCase] = [
        .init(levels: ["exact", "fuzzy", "else", "null"], nullLevel: 3, exact: [0], expected: [0.9, 0.05, 0.05, 1]),
        .init(
            levels: ["null", "exact", "jw1", "jw2", "else"], nullLevel: 0, exact: [1],
            expected: [1, 0.9, 0.1 / 3, 0.1 / 3, 0.1 / 3]),
        .init(levels: ["close", "far"], nullLevel: nil, exact: [], expected: [0.9, 0.1]),
        .init(levels: ["equal", "null"], nullLevel: 1, exact: [0], expected: [1, 1]),
        .init(levels: ["e1", "e2", "else"], nullLevel: nil, exact: [0, 1], expected: [0.45, 0.45, 0.1]),
    ]

    @Test(arguments: startingMCases)
    func defaultStartingM(_ testCase: StartingMCase) throws {
        let spec = try ComparisonSpec(
            name: "x", levels: testCase.levels, nullLevel: testCase.nullLevel, exactLevels: testCase.exact)
        let m = ComparisonParameters.defaultStartingM(for: spec)
        #expect(m.count == testCase.expected.count)
        for (actual, wanted) in zip(m, testCase.expected) { #expect(abs(actual - wanted) < 1e-15) }
    }

    @Test func errorMessagesAreShortAndLowerCase() {
        let message = LinkModelError.prior(1.5).description
        #expect(message == "prior match probability 1.5 is not in (0, 1)")
    }
}
