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
        var gammas = [UInt8](repeating: 0, count: pairs.count * width)
        for (position, pair) in pairs.enumerated() {
            for (index, comparison) in comparisons.enumerated() {
                gammas[position * width + index] = comparison.level(records, pair.i, pair.j)
            }
        }

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
        var weights = [Double](repeating: 0, count: pairs.count)
        var links: [WeightedLink] = []
        let threshold = LinkModel.weight(probability: settings.threshold)
        var termFrequency = [Double?](repeating: nil, count: width)
        var levels = [UInt8](repeating: 0, count: width)
        for (position, pair) in pairs.enumerated() {
            for index in 0..<width {
                levels[index] = gammas[position * width + index]
                termFrequency[index] = levels[index] == 0 ? frequencies.frequency(index, record: pair.i) : nil
            }
            let weight = model.matchWeight(levels, termFrequencies: termFrequency)
            weights[position] = weight
            if weight >= threshold { links.append(WeightedLink(pair.i, pair.j, weight: weight)) }
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
}

/// How common each value of the term-frequency comparisons is: a shared "mueller" says less than a
/// shared "przybylski".
struct TermFrequencies {
    private var tables: [Int: [String: Int]] = [:]
    private var columns: [Int: [String?]] = [:]
    private let total: Int

    init(records: LinkRecords, comparisons: [LinkComparison]) {
        total = max(records.count, 1)
        for (index, comparison) in comparisons.enumerated() where comparison.settings.termFrequency {
            guard let column = records.text[comparison.field] else { continue }
            var counts: [String: Int] = [:]
            for value in column { if let value { counts[value, default: 0] += 1 } }
            tables[index] = counts
            columns[index] = column
        }
    }

    /// The relative frequency of record `record`'s value in comparison `index`, if adjusted.
    func frequency(_ index: Int, record: Int) -> Double? {
        guard let column = columns[index], let value = column[record], let count = tables[index]?[value] else { return nil }
        return Double(count) / Double(total)
    }
}
