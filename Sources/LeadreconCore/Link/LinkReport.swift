import Foundation
import LeadreconCSV
import LeadreconLink
import LeadreconValues

/// Writes the link stage's outputs: `people.csv` (record → person crosswalk), `pairs.csv` (scored
/// candidate pairs with their comparison levels), `model.json`, and the summary figures.
struct LinkReport {
    let outcome: LinkOutcome
    let threshold: Double

    /// Pairs below this probability are left out of `pairs.csv` (they are many and say little).
    static let pairsFloor = 0.1

    static let peopleHeader = ["person_id", "source", "record_id", "match_weight", "match_probability", "matched_on"]

    /// The position of each linked pair, by (smaller, larger) record index.
    private var linkedPositions: [Int: Int] {
        var positions: [Int: Int] = [:]
        for (position, pair) in outcome.pairs.enumerated() where outcome.clusters.cluster(of: pair.i) == outcome.clusters.cluster(of: pair.j) {
            positions[pair.i << 32 | pair.j] = position
        }
        return positions
    }

    /// Writes `people.csv` row by row (a million rows are not kept in memory as text), and
    /// answers which comparison decided each attached record.
    func writePeople(to writer: inout CSVWriter) throws -> [String: Int] {
        var failure: (any Error)?
        let matchedOn = forEachPersonRow { row in
            guard failure == nil else { return }
            do { try writer.writeRow(row) } catch { failure = error }
        }
        if let failure { throw failure }
        return matchedOn
    }

    /// `people.csv` rows, by person, then source order, then line.
    private func forEachPersonRow(_ body: ([String]) -> Void) -> [String: Int] {
        let records = outcome.records
        let positions = linkedPositions
        var matchedOn: [String: Int] = [:]
        // The deciding comparison per level pattern, where no term-frequency adjustment makes a
        // pair's own (a few patterns among a million attachments).
        var decidingOf: [[UInt8]: String] = [:]
        // Clusters list their members ascending, and records are numbered in source order, then
        // line: walking the clusters in order is the people.csv order, no sort needed.
        for cluster in 0..<outcome.clusters.clusterCount {
            let personID = PersonClusters.personID(ofCluster: cluster)
            for index in outcome.clusters.members(ofCluster: cluster) {
                var row = [personID, records.sources[Int(records.source[index])], records.recordID[index], "", "", ""]
                if let attachment = outcome.clusters.attachment(of: index) {
                    row[3] = Self.format(attachment.weight)
                    row[4] = Self.format(LinkModel.probability(weight: attachment.weight))
                    let key = min(index, attachment.partner) << 32 | max(index, attachment.partner)
                    if let position = positions[key] {
                        let levels = outcome.levels(ofPair: position)
                        let frequencies = outcome.termFrequencies(ofPair: position)
                        let adjusted = frequencies.contains { $0 != nil }
                        let deciding = (adjusted ? nil : decidingOf[levels])
                            ?? outcome.model.explain(levels, termFrequencies: frequencies).decidingComparison?.comparison ?? ""
                        if !adjusted { decidingOf[levels] = deciding }
                        row[5] = deciding
                        matchedOn[deciding, default: 0] += 1
                    }
                }
                body(row)
            }
        }
        return matchedOn
    }

    var pairsHeader: [String] {
        ["source_l", "record_id_l", "source_r", "record_id_r", "match_weight", "match_probability", "linked", "blocking_rules"]
            + outcome.comparisons.map { "\($0.field.rawValue)_level" }
            + outcome.comparisons.map { "\($0.field.rawValue)_weight" }
    }

    /// Writes `pairs.csv` row by row.
    func writePairs(to writer: inout CSVWriter) throws {
        var failure: (any Error)?
        forEachPairRow { row in
            guard failure == nil else { return }
            do { try writer.writeRow(row) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// `pairs.csv` rows: candidate pairs at or above ``pairsFloor``, in record order.
    private func forEachPairRow(_ body: ([String]) -> Void) {
        let records = outcome.records
        let floor = LinkModel.weight(probability: Self.pairsFloor)
        // A million pairs share a few rule combinations and level patterns: their texts are made
        // once (the shares only where no term-frequency adjustment makes a pair's own).
        var rulesText: [UInt32: String] = [:]
        var sharesText: [[UInt8]: [String]] = [:]
        for (position, pair) in outcome.pairs.enumerated() where outcome.weights[position] >= floor {
            let weight = outcome.weights[position]
            let linked = outcome.clusters.cluster(of: pair.i) == outcome.clusters.cluster(of: pair.j)
            let rules = rulesText[pair.rules.rawValue] ?? outcome.pairs.ruleNames(at: position).joined(separator: "|")
            rulesText[pair.rules.rawValue] = rules
            var row = [records.sources[Int(records.source[pair.i])], records.recordID[pair.i],
                       records.sources[Int(records.source[pair.j])], records.recordID[pair.j],
                       Self.format(weight), Self.format(LinkModel.probability(weight: weight)),
                       linked ? "true" : "false", rules]
            let levels = outcome.levels(ofPair: position)
            for (index, level) in levels.enumerated() {
                row.append(outcome.comparisons[index].comparator.levels[Int(level)].label)
            }
            // Each comparison's share of the weight (term-frequency adjusted where it applies), so
            // `leadrecon explain` and a spreadsheet can show why the pair scored as it did.
            let frequencies = outcome.termFrequencies(ofPair: position)
            let adjusted = frequencies.contains { $0 != nil }
            if !adjusted, let shares = sharesText[levels] {
                row += shares
            } else {
                var contributions = [Double](repeating: 0, count: levels.count)
                for contribution in outcome.model.contributions(levels, termFrequencies: frequencies) {
                    contributions[contribution.comparisonIndex] = contribution.weight
                }
                let shares = contributions.map(Self.format)
                if !adjusted { sharesText[levels] = shares }
                row += shares
            }
            body(row)
        }
    }

    func summary(matchedOn: [String: Int]) -> LinkSummary {
        let pairs = outcome.pairs, clusters = outcome.clusters, records = outcome.records
        // A record is duplicated when its person has another record from the same source.
        let sourceCount = records.sources.count
        var perPersonAndSource = [Int32](repeating: 0, count: clusters.clusterCount * sourceCount)
        for index in 0..<records.count {
            perPersonAndSource[clusters.cluster(of: index) * sourceCount + Int(records.source[index])] += 1
        }
        var totals = [Int](repeating: 0, count: sourceCount), duplicated = [Int](repeating: 0, count: sourceCount)
        for index in 0..<records.count {
            let source = Int(records.source[index])
            totals[source] += 1
            if perPersonAndSource[clusters.cluster(of: index) * sourceCount + source] > 1 { duplicated[source] += 1 }
        }
        var duplicates: [String: Double] = [:]
        for (sourceIndex, name) in records.sources.enumerated() {
            let total = totals[sourceIndex]
            duplicates[name] = total == 0 ? 0 : (Double(duplicated[sourceIndex]) / Double(total) * 10_000).rounded() / 10_000
        }
        let weightThreshold = LinkModel.weight(probability: threshold)
        return LinkSummary(
            records: records.count, candidatePairs: pairs.count,
            rules: pairs.report.rules.map {
                .init(name: $0.name, keyedRecords: $0.keyedRecords, blocks: $0.blocks, largestBlock: $0.largestBlock,
                      candidatePairs: $0.candidatePairs, newPairs: $0.newPairs, skippedBlocks: $0.skippedBlocks)
            },
            pairsAboveThreshold: outcome.weights.filter { $0 >= weightThreshold }.count,
            links: clusters.acceptedLinks.count, refusedLinks: clusters.refusedLinks.count,
            people: clusters.clusterCount, largestPerson: clusters.report.largestCluster, threshold: threshold,
            duplicateRateBySource: duplicates, matchedOn: matchedOn,
            priorMatchProbability: outcome.model.priorMatchProbability,
            emIterations: outcome.training?.iterations, emConverged: outcome.training?.converged,
            randomPairsForU: outcome.training?.randomPairs,
            warnings: pairs.warnings.map { "\($0)" })
    }

    static func format(_ value: Double) -> String {
        DecimalFormat.fixed(value, decimals: 4)
    }
}
