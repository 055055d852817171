/// Candidate pairs aggregated into distinct gamma patterns with a count each.
///
/// Training works on patterns, not pairs: ten million candidate pairs over six comparisons of four or
/// five levels fall into at most a few thousand distinct patterns, so each EM iteration costs
/// O(patterns), independent of the number of pairs. Aggregate once (``add(_:count:)-(UnsafeBufferPointer<UInt8>,_)``
/// allocates nothing per pair), then train.
///
/// A pattern is keyed by its mixed-radix number Σ γ_c · stride_c (the last comparison varies fastest),
/// so iterating keys in increasing order visits patterns in lexicographic gamma order — the same order
/// on every run, whatever order the pairs arrived in. Spaces of up to 65,536 combinations are counted in
/// a dense array, larger ones in a dictionary that is sorted before it is read.
public struct GammaPatternCounts: Sendable, Equatable {
    /// Largest number of level combinations counted in a dense array.
    static let denseLimit: UInt64 = 1 << 16

    /// The level count of each comparison.
    public let levelCounts: [Int]
    private let strides: [UInt64]
    private var dense: [Int]
    private var sparse: [UInt64: Int]
    /// The number of pairs added.
    public private(set) var totalCount: Int = 0

    /// Creates an empty aggregation for comparisons with the given level counts.
    ///
    /// - Throws: ``LinkModelError/tooManyPatterns`` when the combinations do not fit 64 bits.
    public init(levelCounts: [Int]) throws(LinkModelError) {
        var strides = Array(repeating: UInt64(1), count: levelCounts.count)
        var space: UInt64 = 1
        for comparison in levelCounts.indices.reversed() {
            precondition(levelCounts[comparison] >= 1 && levelCounts[comparison] <= 255, "level count out of range")
            strides[comparison] = space
            let (product, overflow) = space.multipliedReportingOverflow(by: UInt64(levelCounts[comparison]))
            guard !overflow else { throw .tooManyPatterns }
            space = product
        }
        self.levelCounts = levelCounts
        self.strides = strides
        self.dense = space <= Self.denseLimit ? Array(repeating: 0, count: Int(space)) : []
        self.sparse = [:]
    }

    /// Creates an aggregation from patterns already counted, for example a `[[UInt8]: Int]`.
    public init(levelCounts: [Int], counts: some Sequence<([UInt8], Int)>) throws(LinkModelError) {
        try self.init(levelCounts: levelCounts)
        for (gamma, count) in counts { add(gamma, count: count) }
    }

    /// The number of distinct patterns seen.
    public var distinctCount: Int {
        dense.isEmpty ? sparse.count : dense.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
    }

    /// Adds `count` pairs with gamma vector `gamma`. A level out of range for its comparison traps.
    public mutating func add(_ gamma: UnsafeBufferPointer<UInt8>, count: Int = 1) {
        precondition(gamma.count == levelCounts.count, "gamma has \(gamma.count) levels, expected \(levelCounts.count)")
        precondition(count >= 0, "negative count")
        if count == 0 { return }
        var key: UInt64 = 0
        for comparison in 0..<gamma.count {
            let level = Int(gamma[comparison])
            precondition(level < levelCounts[comparison], "level \(level) out of range for comparison \(comparison)")
            key &+= UInt64(level) &* strides[comparison]
        }
        if dense.isEmpty {
            sparse[key, default: 0] += count
        } else {
            dense[Int(key)] += count
        }
        totalCount += count
    }

    /// Adds `count` pairs with gamma vector `gamma`.
    public mutating func add(_ gamma: [UInt8], count: Int = 1) {
        gamma.withUnsafeBufferPointer { add($0, count: count) }
    }

    /// Adds the counts of another aggregation over the same comparisons (for example one per thread).
    public mutating func merge(_ other: GammaPatternCounts) {
        precondition(other.levelCounts == levelCounts, "merging patterns of different comparisons")
        if dense.isEmpty {
            sparse.merge(other.sparse, uniquingKeysWith: +)
        } else {
            for index in dense.indices { dense[index] += other.dense[index] }
        }
        totalCount += other.totalCount
    }

    /// Calls `body` with each distinct pattern and its count, in lexicographic gamma order.
    public func forEachPattern(_ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) rethrows {
        var gamma = Array(repeating: UInt8(0), count: levelCounts.count)
        func visit(_ key: UInt64, _ count: Int) throws {
            var rest = key
            for comparison in strides.indices {
                gamma[comparison] = UInt8(rest / strides[comparison])
                rest %= strides[comparison]
            }
            try gamma.withUnsafeBufferPointer { try body($0, count) }
        }
        if dense.isEmpty {
            for (key, count) in sparse.sorted(by: { $0.key < $1.key }) { try visit(key, count) }
        } else {
            for (key, count) in dense.enumerated() where count > 0 { try visit(UInt64(key), count) }
        }
    }

    /// The distinct patterns and their counts in lexicographic gamma order, as `[[UInt8]]` and counts.
    public var sortedPatterns: [(gamma: [UInt8], count: Int)] {
        var result: [(gamma: [UInt8], count: Int)] = []
        forEachPattern { result.append((Array($0), $1)) }
        return result
    }
}
