import LeadreconLink
import Testing

@Suite struct ClusterTests {
    /// The clusters as lists of members, for compact expectations.
    static func groups(_ clusters: PersonClusters) -> [[Int]] {
        (0..<clusters.clusterCount).map { Array(clusters.members(ofCluster: $0)) }
    }

    @Test func connectedComponentsWithoutGuards() throws {
        let clusters = try PersonClusters(
            recordCount: 7,
            links: [WeightedLink(5, 1, weight: 3), WeightedLink(1, 3, weight: 2), WeightedLink(2, 6, weight: 9)]
        )
        clusters._checkInvariants()
        #expect(Self.groups(clusters) == [[0], [1, 3, 5], [2, 6], [4]])
        #expect(
            (0..<7).map(clusters.personID(of:))
                == ["P000001", "P000002", "P000003", "P000002", "P000004", "P000002", "P000003"])
        #expect(clusters.report.clusters == 4 && clusters.report.singletons == 2 && clusters.report.largestCluster == 3)
        #expect(clusters.report.unions == 3 && clusters.refusedLinks.isEmpty)
    }

    /// A–B–C–D with the weakest link in the middle and at most three per person: the chain is cut
    /// at B–C, the weakest link.
    @Test func chainIsSplitAtTheWeakestLink() throws {
        let links = [WeightedLink(0, 1, weight: 9), WeightedLink(1, 2, weight: 2), WeightedLink(2, 3, weight: 8)]
        let clusters = try PersonClusters(recordCount: 4, links: links, options: ClusteringOptions(maxClusterSize: 3))
        clusters._checkInvariants()
        #expect(Self.groups(clusters) == [[0, 1], [2, 3]])
        #expect(clusters.refusedLinks == [RefusedLink(link: WeightedLink(1, 2, weight: 2), reason: .clusterSize(4))])
        #expect(clusters.report.refusedForSize == 1)
        #expect(clusters.report.clustersStoppedBySizeLimit == 2)
        #expect(clusters.report.clustersAtMaxSize == 0)

        // Weakest link at the end: A–B–C stay together, D is cut off.
        let tail = try PersonClusters(
            recordCount: 4,
            links: [WeightedLink(0, 1, weight: 9), WeightedLink(1, 2, weight: 8), WeightedLink(2, 3, weight: 1)],
            options: ClusteringOptions(maxClusterSize: 3))
        #expect(Self.groups(tail) == [[0, 1, 2], [3]])
        #expect(tail.refusedLinks.map(\.link) == [WeightedLink(2, 3, weight: 1)])
        #expect(tail.report.clustersAtMaxSize == 1)
    }

    @Test func thresholdIgnoresWeakLinks() throws {
        let clusters = try PersonClusters(
            recordCount: 3,
            links: [WeightedLink(0, 1, weight: 0.95), WeightedLink(1, 2, weight: 0.4)],
            options: ClusteringOptions(threshold: 0.9))
        #expect(Self.groups(clusters) == [[0, 1], [2]])
        #expect(clusters.report.linksBelowThreshold == 1 && clusters.refusedLinks.isEmpty)
        // At the threshold is in.
        let at = try PersonClusters(
            recordCount: 3, links: [WeightedLink(1, 2, weight: 0.9)], options: ClusteringOptions(threshold: 0.9))
        #expect(Self.groups(at) == [[0], [1, 2]])
    }

    @Test func oneRecordPerSource() throws {
        // 0 and 2 are both from source 10 (the CRM); 1 from source 20. The stronger link wins.
        let sources = [10, 20, 10, 30]
        let links = [WeightedLink(0, 1, weight: 5), WeightedLink(1, 2, weight: 9), WeightedLink(0, 3, weight: 4)]
        let clusters = try PersonClusters(
            recordCount: 4, links: links, sources: sources, options: ClusteringOptions(oneRecordPerSource: true))
        clusters._checkInvariants()
        #expect(Self.groups(clusters) == [[0, 3], [1, 2]])
        #expect(clusters.refusedLinks == [RefusedLink(link: WeightedLink(0, 1, weight: 5), reason: .sameSource(10))])
        #expect(clusters.report.refusedForSource == 1)

        let free = try PersonClusters(recordCount: 4, links: links, sources: sources)
        #expect(Self.groups(free) == [[0, 1, 2, 3]])

        // A direct link inside one source is refused too.
        let within = try PersonClusters(
            recordCount: 4, links: [WeightedLink(2, 0, weight: 7)], sources: sources,
            options: ClusteringOptions(oneRecordPerSource: true))
        #expect(within.refusedLinks == [RefusedLink(link: WeightedLink(0, 2, weight: 7), reason: .sameSource(10))])
    }

    /// Equal weights are taken in (i, j) order whatever the input order, so the same pairs win.
    @Test func tiesAreBrokenByRecordIndex() throws {
        let links = [WeightedLink(2, 3, weight: 5), WeightedLink(1, 2, weight: 5), WeightedLink(0, 1, weight: 5)]
        let expected = [[0, 1], [2, 3]]
        for permutation in [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] {
            let clusters = try PersonClusters(
                recordCount: 4, links: permutation.map { links[$0] }, options: ClusteringOptions(maxClusterSize: 2))
            #expect(Self.groups(clusters) == expected)
            #expect(clusters.refusedLinks.map(\.link) == [WeightedLink(1, 2, weight: 5)])
            #expect(clusters.acceptedLinks == [WeightedLink(0, 1, weight: 5), WeightedLink(2, 3, weight: 5)])
        }
    }

    /// Weights of any sign and size, infinities included, are taken strongest first and kept exact.
    @Test func weightsOfAnySignAreOrdered() throws {
        let links = [
            WeightedLink(0, 1, weight: -1.5), WeightedLink(1, 2, weight: 0.25), WeightedLink(2, 3, weight: -0.0),
            WeightedLink(3, 4, weight: 1e300), WeightedLink(4, 5, weight: -.infinity), WeightedLink(5, 6, weight: .infinity),
        ]
        let clusters = try PersonClusters(recordCount: 7, links: links, options: ClusteringOptions(maxClusterSize: 2))
        #expect(
            clusters.acceptedLinks == [
                WeightedLink(5, 6, weight: .infinity), WeightedLink(3, 4, weight: 1e300), WeightedLink(1, 2, weight: 0.25),
            ])
        #expect(
            clusters.refusedLinks.map(\.link) == [
                WeightedLink(2, 3, weight: 0), WeightedLink(0, 1, weight: -1.5), WeightedLink(4, 5, weight: -.infinity),
            ])
        #expect(Self.groups(clusters) == [[0], [1, 2], [3, 4], [5, 6]])
    }

    @Test func attachmentIsTheStrongestAcceptedLink() throws {
        let clusters = try PersonClusters(
            recordCount: 5,
            links: [
                WeightedLink(1, 2, weight: 10), WeightedLink(0, 1, weight: 5), WeightedLink(0, 2, weight: 7),
                WeightedLink(3, 4, weight: 1),
            ])
        clusters._checkInvariants()
        #expect(clusters.attachment(of: 0) == nil)  // first record of its person
        #expect(clusters.attachment(of: 1) == ClusterAttachment(partner: 2, weight: 10))
        #expect(clusters.attachment(of: 2) == ClusterAttachment(partner: 1, weight: 10))
        #expect(clusters.attachment(of: 3) == nil)
        #expect(clusters.attachment(of: 4) == ClusterAttachment(partner: 3, weight: 1))
        // The link inside an already formed cluster is followed, not refused.
        #expect(clusters.report.acceptedLinks == 4 && clusters.report.unions == 3)
    }

    @Test func personIDs() {
        #expect(PersonClusters.personID(ofCluster: 0) == "P000001")
        #expect(PersonClusters.personID(ofCluster: 41) == "P000042")
        #expect(PersonClusters.personID(ofCluster: 999_999) == "P1000000")
        #expect(PersonClusters.personID(ofCluster: 999_998) == "P999999")
        #expect(PersonClusters.personID(ofCluster: 123_456_788) == "P123456789")
    }

    @Test func invalidInputIsRefused() {
        #expect(throws: ClusteringError.invalidLink(index: 1, link: WeightedLink(1, 1, weight: 1))) {
            try PersonClusters(recordCount: 2, links: [WeightedLink(0, 1, weight: 1), WeightedLink(1, 1, weight: 1)])
        }
        #expect(throws: ClusteringError.self) {
            try PersonClusters(recordCount: 2, links: [WeightedLink(0, 2, weight: 1)])
        }
        #expect(throws: ClusteringError.self) {
            try PersonClusters(recordCount: 2, links: [WeightedLink(0, 1, weight: .nan)])
        }
        #expect(throws: ClusteringError.sourcesRequired) {
            try PersonClusters(recordCount: 2, links: [], options: ClusteringOptions(oneRecordPerSource: true))
        }
        #expect(throws: ClusteringError.sourceCountMismatch(sources: 1, records: 2)) {
            try PersonClusters(recordCount: 2, links: [], sources: [0])
        }
        #expect(throws: ClusteringError.self) {
            try PersonClusters(recordCount: 2, links: [], options: ClusteringOptions(maxClusterSize: 0))
        }
    }

    @Test func noRecords() throws {
        let clusters = try PersonClusters(recordCount: 0, links: [])
        clusters._checkInvariants()
        #expect(clusters.clusterCount == 0 && clusters.report.largestCluster == 0)
    }
}
