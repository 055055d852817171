import LeadreconLink
import Testing

@Suite struct ModelPatternTests {
    @Test func patternsComeOutSortedWithCounts() throws {
        var counts = try GammaPatternCounts(levelCounts: [3, 2])
        counts.add([2, 1])
        counts.add([0, 1], count: 4)
        counts.add([2, 1])
        counts.add([0, 0])
        #expect(counts.totalCount == 7)
        #expect(counts.distinctCount == 3)
        #expect(counts.sortedPatterns.map(\.gamma) == [[0, 0], [0, 1], [2, 1]])
        #expect(counts.sortedPatterns.map(\.count) == [1, 4, 2])
    }

    /// A space too large for the dense array (6 × 255 levels) goes through the dictionary and still comes
    /// out in lexicographic order.
    @Test func largeSpacesAreSortedToo() throws {
        var counts = try GammaPatternCounts(levelCounts: Array(repeating: 255, count: 6))
        let gammas: [[UInt8]] = [[9, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 254], [9, 0, 0, 0, 0, 0], [0, 254, 0, 0, 0, 0]]
        for gamma in gammas { counts.add(gamma) }
        counts.add(gammas[0])
        #expect(counts.sortedPatterns.map(\.gamma) == gammas.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(counts.sortedPatterns.map(\.count) == [1, 1, 1, 2])
    }

    @Test func mergeAddsCounts() throws {
        var left = try GammaPatternCounts(levelCounts: [2, 2], counts: [([0, 0], 3), ([1, 1], 1)])
        let right = try GammaPatternCounts(levelCounts: [2, 2], counts: [([1, 1], 2), ([0, 1], 5)])
        left.merge(right)
        #expect(left.totalCount == 11)
        #expect(left == (try GammaPatternCounts(levelCounts: [2, 2], counts: [([0, 1], 5), ([1, 1], 3), ([0, 0], 3)])))
    }

    @Test func tooManyCombinationsAreRefused() {
        #expect(throws: LinkModelError.tooManyPatterns) {
            try GammaPatternCounts(levelCounts: Array(repeating: 255, count: 9))
        }
    }
}
