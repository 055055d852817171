import Foundation
import LeadreconLink

/// The link stage: normalise the records of the linkable sources, block them into candidate pairs,
/// grade each pair per comparison, score it with a Fellegi–Sunter model trained without labels,
/// and cluster pairs at or above the threshold into people. Generic: it reads only the fields
/// named by `link.comparisons` and `link.blocking`.
struct LinkStage {
    let settings: Pipeline.LinkSettings
    var log: (String) -> Void = { _ in }

    /// Roles whose records are people to link; activities attach to CRM records by id instead.
    static let linkableRoles: Set<SourceRole> = [.marketing, .crmLeads, .people]

    func run(_ tables: [SourceTable]) throws -> LinkOutcome {
        let comparisons = try settings.comparisons.map(LinkComparison.init)
        var fields = LinkBlocking.fields(of: settings.blocking)
        fields.formUnion(comparisons.map(\.field))
        let records = LinkRecords(tables: tables, fields: fields)
        FreedMemory.release()   // the normalisers' distinct-value indexes
        let sources = records.source.map(Int.init)
        log("link: \(records.count) records from \(tables.count) sources")

        let pairs = try CandidatePairs(
            recordCount: records.count, rules: LinkBlocking.rules(settings.blocking, records: records),
            sources: sources,
            options: BlockingOptions(maxBlockSize: settings.maxBlockSize, scope: .dedupeAndLink, threads: 2))
        for skipped in pairs.warnings { log("link: warning: \(skipped)") }
        log("link: \(pairs.count) candidate pairs")

        // Grade every candidate pair once: the same levels train the model and score the pairs.
        let width = comparisons.count
        let indices = pairs.recordIndices
        let gammas = PairGrading.grade(left: indices.left, right: indices.right, comparisons: comparisons, records: records)

        let model: LinkModel
        var training: LinkTraining.Result?
        if let url = settings.model {
            model = try LinkModel(jsonData: Data(contentsOf: url))
        } else {
            let trained = try LinkTraining.train(records: records, comparisons: comparisons, gammas: gammas)
            model = trained.model
            training = trained
        }

        let frequencies = TermFrequencies(records: records, comparisons: comparisons)
        let weights = Self.score(gammas, width: width, left: indices.left, model: model, frequencies: frequencies)
        let threshold = LinkModel.weight(probability: settings.threshold)
        var links: [WeightedLink] = []
        for (position, weight) in weights.enumerated() where weight >= threshold {
            links.append(WeightedLink(Int(indices.left[position]), Int(indices.right[position]), weight: weight))
        }
        let clusters = try PersonClusters(
            recordCount: records.count, links: links, sources: sources,
            options: ClusteringOptions(threshold: threshold, maxClusterSize: settings.maxClusterSize,
                                       oneRecordPerSource: settings.oneRecordPerSource))
        log("link: \(clusters.acceptedLinks.count) links, \(clusters.clusterCount) people")
        return LinkOutcome(records: records, comparisons: comparisons, pairs: pairs, gammas: gammas,
                           weights: weights, model: model, training: training, clusters: clusters,
                           frequencies: frequencies)
    }

    /// Each pair's match weight, term-frequency adjusted where its level is exact (the frequency of
    /// the left record's value, which the right one shares). On both cores.
    static func score(_ gammas: [UInt8], width: Int, left: [UInt32], model: LinkModel,
                      frequencies: TermFrequencies) -> [Double] {
        var weights = [Double](repeating: 0, count: left.count)
        guard width > 0 else { return weights }
        gammas.withUnsafeBufferPointer { gammas in
            let all = UncheckedSendable(gammas)
            ParallelRanges.fill(&weights) { range, weights in
                var termFrequency = [Double?](repeating: nil, count: width)
                termFrequency.withUnsafeMutableBufferPointer { termFrequency in
                    for position in range {
                        let levels = UnsafeBufferPointer(rebasing: all.value[(position * width)..<((position + 1) * width)])
                        for index in 0..<width {
                            termFrequency[index] = levels[index] == 0 ? frequencies.frequency(index, record: Int(left[position])) : nil
                        }
                        weights[position] = model.matchWeight(levels, termFrequencies: UnsafeBufferPointer(termFrequency))
                    }
                }
            }
        }
        return weights
    }
}

/// How common each value of the term-frequency comparisons is: a shared "mueller" says less than a
/// shared "przybylski".
struct TermFrequencies: Sendable {
    /// Per comparison: each record's value id in the column that adjusts it (empty when the
    /// comparison is not adjusted), and each value's share of all records.
    private let ids: [[UInt32]]
    private let shares: [[Double]]

    init(records: LinkRecords, comparisons: [LinkComparison]) {
        let total = Double(max(records.count, 1))
        var ids: [[UInt32]] = [], shares: [[Double]] = []
        for comparison in comparisons {
            if comparison.settings.termFrequency, let column = records.text[comparison.field] {
                ids.append(column.ids)
                shares.append(column.counts.map { Double($0) / total })
            } else {
                ids.append([])
                shares.append([])
            }
        }
        self.ids = ids
        self.shares = shares
    }

    /// The relative frequency of record `record`'s value in comparison `index`, if adjusted.
    @inline(__always)
    func frequency(_ index: Int, record: Int) -> Double? {
        guard !ids[index].isEmpty else { return nil }
        let id = ids[index][record]
        return id == BlockingKeyColumn.noKeyID ? nil : shares[index][Int(id)]
    }
}
