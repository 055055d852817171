/// Disjoint sets of records: union by size, path compression (path halving), so any sequence of
/// operations runs in near-linear time.
struct RecordUnionFind {
    private var parent: [Int]
    /// The size of each set, valid at its root.
    private(set) var sizes: [Int]

    /// `count` records, each alone.
    init(count: Int) {
        parent = Array(0..<count)
        sizes = Array(repeating: 1, count: count)
    }

    /// The root of `record`'s set.
    mutating func root(_ record: Int) -> Int {
        var node = record
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    /// Merges the sets of roots `a` and `b` (distinct) and returns the new root: the larger set's
    /// root, or `a`'s on a tie.
    @discardableResult
    mutating func union(roots a: Int, _ b: Int) -> Int {
        let (big, small) = sizes[a] >= sizes[b] ? (a, b) : (b, a)
        parent[small] = big
        sizes[big] += sizes[small]
        return big
    }
}
