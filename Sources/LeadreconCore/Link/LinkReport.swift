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

    /// The position of the candidate pair of records `a` < `b`, found by binary search: pairs are
    /// sorted by (i, j). (A dictionary of the million linked pairs took a pass on one core to
    /// build and a hash per record to read.)
    private static func position(of a: Int, _ b: Int, left: UnsafeBufferPointer<UInt32>, right: UnsafeBufferPointer<UInt32>) -> Int? {
        let key = UInt64(a) << 32 | UInt64(b)
        var low = 0, high = left.count
        while low < high {
            let middle = (low + high) / 2
            if UInt64(left[middle]) << 32 | UInt64(right[middle]) < key { low = middle + 1 } else { high = middle }
        }
        return low < left.count && Int(left[low]) == a && Int(right[low]) == b ? low : nil
    }

    /// Writes `people.csv`, encoded on both cores a block of people at a time (a million rows are
    /// not kept in memory as text), and answers which comparison decided each attached record.
    func writePeople(to writer: inout CSVWriter) throws -> [String: Int] {
        let indices = outcome.pairs.recordIndices
        let width = outcome.comparisons.count
        // Per comparison, then for none: how many attached records it decided.
        var decided = [Int](repeating: 0, count: width + 1)
        let dialect = writer.dialect
        let texts = PeopleTexts(outcome: outcome, dialect: dialect)
        try indices.left.withUnsafeBufferPointer { left in
            try indices.right.withUnsafeBufferPointer { right in
                let pairs = UncheckedSendable((left, right))
                try ParallelRanges.inOrder(count: outcome.clusters.clusterCount, blockSize: Self.rowsPerBlock, state: { PeopleMemo(width: width) }) { memo, clusters in
                    encodePeople(clusters, pairs: pairs.value, texts: texts, memo: &memo)
                } consume: { part in
                    try writer.writeRows(part.rows)
                    for (index, count) in part.decided.enumerated() { decided[index] += count }
                }
            }
        }
        var matchedOn: [String: Int] = [:]
        for (index, count) in decided.enumerated() where count > 0 {
            matchedOn[index < width ? texts.names[index] : "", default: 0] += count
        }
        return matchedOn
    }

    /// Rows encoded per block of people or pairs: large enough that handing blocks out costs
    /// nothing, small enough that a window of them stays a few megabytes.
    static let rowsPerBlock = 16_384

    /// The deciding comparison (its index; the width for none) per level pattern, where no
    /// term-frequency adjustment makes a pair's own (a few patterns among a million
    /// attachments): one per worker.
    private struct PeopleMemo {
        var deciding: [[UInt8]: Int] = [:]
        var pair: LinkOutcome.PairLevels
        var weights: [Double]

        init(width: Int) {
            pair = .init(width: width)
            weights = [Double](repeating: 0, count: width)
        }
    }

    /// The texts every people row repeats, encoded once.
    private struct PeopleTexts {
        let dialect: CSVOutputDialect
        let sources: [EncodedCells]
        /// The comparisons' names, and encoded as cells.
        let names: [String], decided: [EncodedCells]
        /// The three empty cells of a record that is its person's first.
        let noAttachment: EncodedCells
        let empty: EncodedCells

        init(outcome: LinkOutcome, dialect: CSVOutputDialect) {
            self.dialect = dialect
            sources = outcome.records.sources.map { EncodedCells($0, dialect: dialect) }
            names = outcome.model.comparisons.map(\.spec.name)
            decided = names.map { EncodedCells($0, dialect: dialect) }
            noAttachment = EncodedCells(["", "", ""], dialect: dialect)
            empty = EncodedCells("", dialect: dialect)
        }
    }

    /// `people.csv` rows of a range of clusters: by person, then source order, then line; and per
    /// comparison (then for none) how many of their attached records it decided.
    private func encodePeople(_ clusters: Range<Int>, pairs: (UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<UInt32>),
                              texts: PeopleTexts, memo: inout PeopleMemo) -> (rows: CSVRowEncoder, decided: [Int]) {
        let records = outcome.records
        let width = outcome.comparisons.count
        var rows = CSVRowEncoder(dialect: texts.dialect, reservingCapacity: clusters.count * 96)
        var decided = [Int](repeating: 0, count: width + 1)
        // Clusters list their members ascending, and records are numbered in source order, then
        // line: walking the clusters in order is the people.csv order, no sort needed.
        for cluster in clusters {
            let personID = PersonClusters.personID(ofCluster: cluster)
            for index in outcome.clusters.members(ofCluster: cluster) {
                rows.cell(personID)
                rows.cells(texts.sources[Int(records.source[index])])
                records.recordID.withBytes(index) { rows.cell(utf8: $0) }
                guard let attachment = outcome.clusters.attachment(of: index) else {
                    rows.cells(texts.noAttachment)
                    rows.endRow()
                    continue
                }
                Self.fixed(attachment.weight, into: &rows)
                Self.fixed(LinkModel.probability(weight: attachment.weight), into: &rows)
                if let position = Self.position(of: min(index, attachment.partner), max(index, attachment.partner),
                                                left: pairs.0, right: pairs.1) {
                    memo.pair.load(position, of: outcome)
                    let deciding: Int
                    if !memo.pair.adjusted, let known = memo.deciding[memo.pair.levels] {
                        deciding = known
                    } else {
                        memo.pair.contributionWeights(outcome.model, into: &memo.weights)
                        deciding = memo.weights.withUnsafeBufferPointer(LinkModel.decidingComparison) ?? width
                        if !memo.pair.adjusted { memo.deciding[memo.pair.levels] = deciding }
                    }
                    rows.cells(deciding < width ? texts.decided[deciding] : texts.empty)
                    decided[deciding] += 1
                } else {
                    rows.cells(texts.empty)
                }
                rows.endRow()
            }
        }
        return (rows, decided)
    }

    var pairsHeader: [String] {
        ["source_l", "record_id_l", "source_r", "record_id_r", "match_weight", "match_probability", "linked", "blocking_rules"]
            + outcome.comparisons.map { "\($0.field.rawValue)_level" }
            + outcome.comparisons.map { "\($0.field.rawValue)_weight" }
    }

    /// Writes `pairs.csv`, encoded on both cores a block of pairs at a time.
    func writePairs(to writer: inout CSVWriter) throws {
        let dialect = writer.dialect
        let texts = PairTexts(outcome: outcome, dialect: dialect)
        try ParallelRanges.inOrder(count: outcome.pairs.count, blockSize: Self.rowsPerBlock, state: { PairsMemo(width: outcome.comparisons.count) }) { memo, positions in
            encodePairs(positions, texts: texts, memo: &memo)
        } consume: { rows in
            try writer.writeRows(rows)
        }
    }

    /// The texts every pair row repeats, encoded once.
    private struct PairTexts {
        let dialect: CSVOutputDialect
        let sources: [EncodedCells]
        /// Per comparison, per level: its label.
        let levels: [[EncodedCells]]
        let linked: EncodedCells, notLinked: EncodedCells

        init(outcome: LinkOutcome, dialect: CSVOutputDialect) {
            self.dialect = dialect
            sources = outcome.records.sources.map { EncodedCells($0, dialect: dialect) }
            levels = outcome.comparisons.map { comparison in comparison.comparator.levels.map { EncodedCells($0.label, dialect: dialect) } }
            linked = EncodedCells("true", dialect: dialect)
            notLinked = EncodedCells("false", dialect: dialect)
        }
    }

    /// A million pairs share a few rule combinations and level patterns: their texts are encoded
    /// once per worker (the shares only where no term-frequency adjustment makes a pair's own).
    private struct PairsMemo {
        var rules: [UInt32: EncodedCells] = [:]
        var shares: [[UInt8]: EncodedCells] = [:]
        var pair: LinkOutcome.PairLevels
        var weights: [Double]

        init(width: Int) {
            pair = .init(width: width)
            weights = [Double](repeating: 0, count: width)
        }
    }

    /// `pairs.csv` rows of a range of candidate pairs: those at or above ``pairsFloor``, in record order.
    private func encodePairs(_ positions: Range<Int>, texts: PairTexts, memo: inout PairsMemo) -> CSVRowEncoder {
        let records = outcome.records
        let floor = LinkModel.weight(probability: Self.pairsFloor)
        var rows = CSVRowEncoder(dialect: texts.dialect, reservingCapacity: positions.count * 64)
        for position in positions where outcome.weights[position] >= floor {
            let pair = outcome.pairs[position]
            let weight = outcome.weights[position]
            rows.cells(texts.sources[Int(records.source[pair.i])])
            records.recordID.withBytes(pair.i) { rows.cell(utf8: $0) }
            rows.cells(texts.sources[Int(records.source[pair.j])])
            records.recordID.withBytes(pair.j) { rows.cell(utf8: $0) }
            Self.fixed(weight, into: &rows)
            Self.fixed(LinkModel.probability(weight: weight), into: &rows)
            let linked = outcome.clusters.cluster(of: pair.i) == outcome.clusters.cluster(of: pair.j)
            rows.cells(linked ? texts.linked : texts.notLinked)
            let rules = memo.rules[pair.rules.rawValue]
                ?? EncodedCells(outcome.pairs.ruleNames(at: position).joined(separator: "|"), dialect: texts.dialect)
            memo.rules[pair.rules.rawValue] = rules
            rows.cells(rules)
            memo.pair.load(position, of: outcome)
            for (index, level) in memo.pair.levels.enumerated() {
                rows.cells(texts.levels[index][Int(level)])
            }
            // Each comparison's share of the weight (term-frequency adjusted where it applies), so
            // `leadrecon explain` and a spreadsheet can show why the pair scored as it did.
            if !memo.pair.adjusted, let shares = memo.shares[memo.pair.levels] {
                rows.cells(shares)
            } else {
                memo.pair.contributionWeights(outcome.model, into: &memo.weights)
                if memo.pair.adjusted {
                    for share in memo.weights { Self.fixed(share, into: &rows) }
                } else {
                    let shares = EncodedCells(memo.weights.map(Self.format), dialect: texts.dialect)
                    memo.shares[memo.pair.levels] = shares
                    rows.cells(shares)
                }
            }
            rows.endRow()
        }
        return rows
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

    /// ``format(_:)`` as the next cell of `rows`, without a `String`.
    private static func fixed(_ value: Double, into rows: inout CSVRowEncoder) {
        DecimalFormat.withFixed(value, decimals: 4) { rows.cell(utf8: $0) }
    }
}
