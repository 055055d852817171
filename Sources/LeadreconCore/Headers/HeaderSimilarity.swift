/// How alike two folded headers are, for "closest headers" in error messages.
///
/// The score mixes two views, because header typos and header renames look different:
/// - edit similarity, 1 − (optimal-string-alignment distance / longer length), on the headers
///   with spaces removed, so `FirstName` is as close to `first name` as can be and `Recrod ID`
///   to `Record ID` nearly so;
/// - token overlap (Jaccard over words), so `Contact ID` is close to `Record ID` although the
///   letters differ.
/// Both are in [0, 1]; the score is their mean, symmetric in its arguments.
struct HeaderSimilarity {
    /// Scores below this are not worth suggesting.
    static let threshold = 0.3

    /// Similarity of two folded headers in [0, 1]; 1 means equal after removing spaces.
    static func score(_ lhs: String, _ rhs: String) -> Double {
        let left = Array(lhs.unicodeScalars.filter { $0 != " " })
        let right = Array(rhs.unicodeScalars.filter { $0 != " " })
        let longer = max(left.count, right.count)
        guard longer > 0 else { return 0 }
        let edit = 1 - Double(distance(left, right)) / Double(longer)
        if edit == 1 { return 1 }
        let leftTokens = Set(lhs.split(separator: " "))
        let rightTokens = Set(rhs.split(separator: " "))
        let union = leftTokens.union(rightTokens).count
        let overlap = union == 0 ? 0 : Double(leftTokens.intersection(rightTokens).count) / Double(union)
        return (edit + overlap) / 2
    }

    /// The headers most like any of the targets, best first, at most `limit`.
    /// - Parameters:
    ///   - targets: folded strings describing what is sought (aliases, the field name).
    ///   - candidates: column index, header as shown and folded header, in column order.
    ///   - limit: how many headers to return at most.
    /// - Returns: headers as shown in the file; ties keep column order.
    static func closest(
        to targets: [String],
        among candidates: [(index: Int, header: String, folded: String)],
        limit: Int = 3
    ) -> [String] {
        let scored = candidates.compactMap { candidate -> (index: Int, header: String, score: Double)? in
            guard !candidate.folded.isEmpty else { return nil }
            let best = targets.map { score($0, candidate.folded) }.max() ?? 0
            return best >= threshold ? (candidate.index, candidate.header, best) : nil
        }
        return scored
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
            .prefix(limit)
            .map(\.header)
    }

    /// Optimal string alignment distance: Levenshtein plus adjacent transpositions (`Recrod`);
    /// the same measure as the pipeline file's spelling suggestions.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        SpellingSuggestion.editDistance(a, b)
    }
}
