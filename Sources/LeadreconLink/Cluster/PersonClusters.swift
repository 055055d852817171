/// Records grouped into persons: connected components of the links at or above a threshold, with
/// guards against chaining and, optionally, against two records of one source in one person.
///
/// Links are followed strongest first (weight descending, then (i, j) ascending with i < j, so ties
/// never depend on input order). A union that would make a cluster larger than `maxClusterSize`, or
/// (with `oneRecordPerSource`) put two records of one source together, is refused and recorded in
/// `refusedLinks`: a giant chain is cut at its weakest links. Union-find with union by size and path
/// compression keeps this near-linear in the number of links, after the sort.
///
/// Numbering is deterministic and independent of the union-find's internals: clusters are numbered
/// 0, 1, … in order of their smallest record index, and person ids are `P` and the cluster number
/// plus one in at least six digits (`P000001` is the cluster of record 0; past 999,999 clusters the
/// ids grow a digit). The same records, links and options give the same numbers on every run.
public struct PersonClusters: Sendable {
    /// The number of records.
    public let recordCount: Int
    /// The options clustering ran with.
    public let options: ClusteringOptions
    /// Counts: clusters, links followed and refused.
    public let report: ClusteringReport
    /// Links followed, with `i < j`, in the order they were taken (strongest first).
    public let acceptedLinks: [WeightedLink]
    /// Links refused, with `i < j`, in the order they were met (strongest first).
    public let refusedLinks: [RefusedLink]

    /// Per record: its cluster number.
    let clusterOfRecord: [Int]
    /// Cluster `c`'s members are `members[memberStart[c]..<memberStart[c + 1]]`, ascending.
    let memberStart: [Int]
    let memberList: [Int]
    /// Per record: the partner of its attaching link, or -1.
    let attachmentPartner: [Int]
    let attachmentWeight: [Double]
    /// Per record: its source, kept when `oneRecordPerSource` is on (for the invariants).
    let sources: [Int]?

    /// Clusters `recordCount` records along `links`.
    ///
    /// - Parameters:
    ///   - recordCount: The number of records, indices `0..<recordCount`.
    ///   - links: Scored pairs, in any order; a pair given twice is taken once more as a no-op.
    ///   - sources: The source of each record; required for `oneRecordPerSource`, else unused.
    ///   - options: Threshold, maximum cluster size, one record per source.
    /// - Throws: `ClusteringError` for a link outside the records, a self-link, a NaN weight or
    ///   inconsistent options.
    public init(
        recordCount: Int,
        links: [WeightedLink],
        sources: [Int]? = nil,
        options: ClusteringOptions = ClusteringOptions()
    ) throws(ClusteringError) {
        try Self.validate(recordCount: recordCount, links: links, sources: sources, options: options)
        var report = ClusteringReport()
        report.links = links.count

        // Strongest first; ties by (i, j) so that input order never matters. Sorted as pairs of
        // integers (order-preserving weight bits, i << 32 | j): a tenth of the cost of sorting
        // structs with a closure over doubles, at 16 bytes a link.
        var order: [(weight: UInt64, pair: UInt64)] = []
        order.reserveCapacity(links.count)
        for link in links where link.weight >= options.threshold {
            let (low, high) = link.i < link.j ? (link.i, link.j) : (link.j, link.i)
            order.append((Self.descendingKey(link.weight), UInt64(low) << 32 | UInt64(high)))
        }
        report.linksBelowThreshold = links.count - order.count
        order.sort { $0.weight != $1.weight ? $0.weight < $1.weight : $0.pair < $1.pair }

        var sets = RecordUnionFind(count: recordCount)
        // Per root, with oneRecordPerSource: its records' sources, sorted. Their count equals the
        // cluster's size, and so stays below the number of sources.
        var sourcesOfRoot: [[Int]] = options.oneRecordPerSource ? sources!.map { [$0] } : []
        var partner = [Int](repeating: -1, count: recordCount)
        var partnerWeight = [Double](repeating: 0, count: recordCount)
        var accepted: [WeightedLink] = []
        var refused: [RefusedLink] = []

        for (key, pair) in order {
            let link = WeightedLink(Int(pair >> 32), Int(pair & 0xFFFF_FFFF), weight: Self.weight(ofKey: key))
            let a = sets.root(link.i), b = sets.root(link.j)
            if a != b {
                let merged = sets.sizes[a] + sets.sizes[b]
                if merged > options.maxClusterSize {
                    refused.append(RefusedLink(link: link, reason: .clusterSize(merged)))
                    report.refusedForSize += 1
                    continue
                }
                if options.oneRecordPerSource {
                    if let shared = Self.sharedElement(sourcesOfRoot[a], sourcesOfRoot[b]) {
                        refused.append(RefusedLink(link: link, reason: .sameSource(shared)))
                        report.refusedForSource += 1
                        continue
                    }
                    let root = sets.union(roots: a, b)
                    sourcesOfRoot[root] = (sourcesOfRoot[a] + sourcesOfRoot[b]).sorted()
                    sourcesOfRoot[root == a ? b : a] = []
                } else {
                    sets.union(roots: a, b)
                }
                report.unions += 1
            }
            accepted.append(link)
            // The first accepted link met by a record is its strongest.
            if partner[link.i] < 0 { (partner[link.i], partnerWeight[link.i]) = (link.j, link.weight) }
            if partner[link.j] < 0 { (partner[link.j], partnerWeight[link.j]) = (link.i, link.weight) }
        }
        report.acceptedLinks = accepted.count

        // Number clusters by their smallest record: a walk in record order meets each first there.
        var numberOfRoot = [Int](repeating: -1, count: recordCount)
        var clusterOfRecord = [Int](repeating: 0, count: recordCount)
        var clusterSizes: [Int] = []
        for record in 0..<recordCount {
            let root = sets.root(record)
            if numberOfRoot[root] < 0 {
                numberOfRoot[root] = clusterSizes.count
                clusterSizes.append(0)
                // The first record of a person is attached to nothing (people.csv: empty weight).
                partner[record] = -1
            }
            clusterOfRecord[record] = numberOfRoot[root]
            clusterSizes[numberOfRoot[root]] += 1
        }
        var memberStart = [0]
        memberStart.reserveCapacity(clusterSizes.count + 1)
        for size in clusterSizes { memberStart.append(memberStart.last! + size) }
        var cursor = Array(memberStart.dropLast())
        var members = [Int](repeating: 0, count: recordCount)
        for record in 0..<recordCount {
            members[cursor[clusterOfRecord[record]]] = record
            cursor[clusterOfRecord[record]] += 1
        }

        report.clusters = clusterSizes.count
        report.singletons = clusterSizes.count { $0 == 1 }
        report.largestCluster = clusterSizes.max() ?? 0
        report.clustersAtMaxSize = clusterSizes.count { $0 == options.maxClusterSize }
        var stopped = [Bool](repeating: false, count: clusterSizes.count)
        for refusal in refused {
            guard case .clusterSize = refusal.reason else { continue }
            stopped[clusterOfRecord[refusal.link.i]] = true
            stopped[clusterOfRecord[refusal.link.j]] = true
        }
        report.clustersStoppedBySizeLimit = stopped.count { $0 }

        self.recordCount = recordCount
        self.options = options
        self.report = report
        acceptedLinks = accepted
        refusedLinks = refused
        self.clusterOfRecord = clusterOfRecord
        self.memberStart = memberStart
        memberList = members
        attachmentPartner = partner
        attachmentWeight = partnerWeight
        self.sources = options.oneRecordPerSource ? sources : nil
        #if DEBUG
            _checkInvariants()
        #endif
    }

    /// The number of clusters (persons), singletons included.
    public var clusterCount: Int { memberStart.count - 1 }

    /// The cluster number of `record`: clusters are numbered from 0 by their smallest record.
    public func cluster(of record: Int) -> Int { clusterOfRecord[record] }

    /// The records of cluster `cluster`, ascending.
    public func members(ofCluster cluster: Int) -> ArraySlice<Int> {
        memberList[memberStart[cluster]..<memberStart[cluster + 1]]
    }

    /// The person id of `record`, e.g. `P000001`.
    public func personID(of record: Int) -> String { Self.personID(ofCluster: clusterOfRecord[record]) }

    /// The person id of cluster number `cluster`: `P` and `cluster + 1` in at least six digits.
    public static func personID(ofCluster cluster: Int) -> String {
        precondition(cluster >= 0, "cluster numbers start at 0")
        // Written straight into the string (a million people, twice per run: flags and people.csv).
        let number = cluster + 1
        var digits = 1, rest = number / 10
        while rest > 0 { digits += 1; rest /= 10 }
        let width = max(6, digits)
        return String(unsafeUninitializedCapacity: width + 1) { text in
            text[0] = UInt8(ascii: "P")
            var rest = number
            for index in stride(from: width, through: 1, by: -1) {
                text[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            return width + 1
        }
    }

    /// The link that attached `record`: its strongest accepted link to another member. `nil` for a
    /// singleton and for the first (smallest) record of each cluster, which is where a person starts.
    public func attachment(of record: Int) -> ClusterAttachment? {
        let partner = attachmentPartner[record]
        return partner < 0 ? nil : ClusterAttachment(partner: partner, weight: attachmentWeight[record])
    }

    private static func validate(
        recordCount: Int, links: [WeightedLink], sources: [Int]?, options: ClusteringOptions
    ) throws(ClusteringError) {
        guard recordCount >= 0 else { throw .invalidOption("record count \(recordCount) is negative") }
        guard recordCount <= Int(UInt32.max) else { throw .invalidOption("\(recordCount) records are too many") }
        guard options.maxClusterSize >= 1 else {
            throw .invalidOption("maximum cluster size \(options.maxClusterSize) is below 1")
        }
        guard !options.threshold.isNaN else { throw .invalidOption("threshold is not a number") }
        for (index, link) in links.enumerated() {
            let valid = link.i >= 0 && link.i < recordCount && link.j >= 0 && link.j < recordCount && link.i != link.j
            guard valid, !link.weight.isNaN else { throw .invalidLink(index: index, link: link) }
        }
        if let sources, sources.count != recordCount {
            throw .sourceCountMismatch(sources: sources.count, records: recordCount)
        }
        if options.oneRecordPerSource, sources == nil { throw .sourcesRequired }
    }

    /// A key that sorts weights descending as unsigned integers (-0 counted as 0, so the two tie).
    static func descendingKey(_ weight: Double) -> UInt64 {
        let bits = (weight == 0 ? 0.0 : weight).bitPattern
        let ascending = bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
        return ~ascending
    }

    /// The weight whose `descendingKey` is `key`.
    static func weight(ofKey key: UInt64) -> Double {
        let ascending = ~key
        return Double(bitPattern: ascending & (1 << 63) != 0 ? ascending & ~(1 << 63) : ~ascending)
    }

    /// The smallest element in both sorted arrays, if any.
    private static func sharedElement(_ a: [Int], _ b: [Int]) -> Int? {
        var x = 0, y = 0
        while x < a.count, y < b.count {
            if a[x] == b[y] { return a[x] }
            if a[x] < b[y] { x += 1 } else { y += 1 }
        }
        return nil
    }
}
