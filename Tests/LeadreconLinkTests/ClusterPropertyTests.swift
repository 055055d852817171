import LeadreconLink
import Testing

@Suite struct ClusterPropertyTests {
    /// A random graph: few distinct weights (so ties are common), duplicate and reversed links.
    static func randomGraph(seed: Int) -> (count: Int, links: [WeightedLink], sources: [Int], options: ClusteringOptions) {
        var random = LinkTestRandom(seed: UInt64(seed) &* 7919)
        let count = Int.random(in: 1...200, using: &random)
        let links = (0..<Int.random(in: 0...(count * 3), using: &random)).compactMap { _ -> WeightedLink? in
            let i = Int.random(in: 0..<count, using: &random), j = Int.random(in: 0..<count, using: &random)
            return i == j ? nil : WeightedLink(i, j, weight: Double(Int.random(in: -3...6, using: &random)))
        }
        let sources = (0..<count).map { _ in Int.random(in: 0..<4, using: &random) }
        let options = ClusteringOptions(
            threshold: Double(Int.random(in: -4...2, using: &random)),
            maxClusterSize: Int.random(in: 1...12, using: &random),
            oneRecordPerSource: Bool.random(using: &random))
        return (count, links, sources, options)
    }

    /// Invariants hold; the result does not depend on input order; every refusal was necessary (its
    /// two final clusters together break the rule), so no cluster was cut without cause.
    @Test(arguments: 1...40)
    func invariantsHoldOnRandomGraphs(seed: Int) throws {
        let graph = Self.randomGraph(seed: seed)
        let clusters = try PersonClusters(
            recordCount: graph.count, links: graph.links, sources: graph.sources, options: graph.options)
        clusters._checkInvariants()

        var random = LinkTestRandom(seed: UInt64(seed))
        let shuffled = graph.links.shuffled(using: &random).map { WeightedLink($0.j, $0.i, weight: $0.weight) }
        let again = try PersonClusters(
            recordCount: graph.count, links: shuffled, sources: graph.sources, options: graph.options)
        #expect((0..<graph.count).map(again.cluster(of:)) == (0..<graph.count).map(clusters.cluster(of:)))
        #expect((0..<graph.count).map(again.attachment(of:)) == (0..<graph.count).map(clusters.attachment(of:)))
        #expect(again.refusedLinks == clusters.refusedLinks)
        #expect(again.report == clusters.report)

        for refusal in clusters.refusedLinks {
            let left = clusters.members(ofCluster: clusters.cluster(of: refusal.link.i))
            let right = clusters.members(ofCluster: clusters.cluster(of: refusal.link.j))
            switch refusal.reason {
            case .clusterSize(let size):
                #expect(size > graph.options.maxClusterSize && left.count + right.count >= size)
            case .sameSource(let source):
                #expect(left.contains { graph.sources[$0] == source } && right.contains { graph.sources[$0] == source })
            }
        }
    }

    /// Without guards, clusters are exactly the connected components of the links at the threshold.
    @Test(arguments: 1...20)
    func unguardedClustersAreConnectedComponents(seed: Int) throws {
        let graph = Self.randomGraph(seed: seed)
        let options = ClusteringOptions(threshold: graph.options.threshold, maxClusterSize: graph.count)
        let clusters = try PersonClusters(recordCount: graph.count, links: graph.links, options: options)
        #expect(clusters.refusedLinks.isEmpty)

        // Label propagation to a fixed point: each record takes the smallest label of its neighbours.
        var label = Array(0..<graph.count)
        var changed = true
        while changed {
            changed = false
            for link in graph.links where link.weight >= options.threshold {
                let smallest = min(label[link.i], label[link.j])
                if label[link.i] != smallest || label[link.j] != smallest {
                    (label[link.i], label[link.j]) = (smallest, smallest)
                    changed = true
                }
            }
        }
        for i in 0..<graph.count {
            // The smallest label is the component's smallest record, the first member of its cluster.
            #expect(clusters.members(ofCluster: clusters.cluster(of: i)).first == label[i])
        }
    }
}
