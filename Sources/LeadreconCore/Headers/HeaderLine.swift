/// A header line with each header folded once, and repeated headers found.
///
/// Exports carry duplicated header names (two `Email` columns from a joined report, or a header
/// repeated by hand); the first occurrence is the one that counts.
struct HeaderLine {
    /// Headers as the file has them.
    let headers: [String]
    /// `headers`, folded.
    let folded: [String]
    /// For each folded header, the index of its first column.
    let firstIndex: [String: Int]

    init(_ headers: [String]) {
        self.headers = headers
        self.folded = headers.map(HeaderFolding.fold)
        var firstIndex: [String: Int] = [:]
        for (index, key) in folded.enumerated() where !key.isEmpty && firstIndex[key] == nil {
            firstIndex[key] = index
        }
        self.firstIndex = firstIndex
    }

    var indices: Range<Int> { headers.indices }

    /// The earlier column with the same folded header, when this column repeats one.
    func original(of index: Int) -> Int? {
        guard let first = firstIndex[folded[index]], first != index else { return nil }
        return first
    }

    /// One warning per repeated column, naming both column numbers (one-based).
    var duplicateWarnings: [String] {
        indices.compactMap { index in
            original(of: index).map { first in
                "header \"\(headers[index])\" appears in columns \(first + 1) and \(index + 1); "
                    + "using column \(first + 1)"
            }
        }
    }

    /// Columns for a "closest headers" search, in column order.
    func candidates(_ keep: (Int) -> Bool) -> [(index: Int, header: String, folded: String)] {
        indices.filter(keep).map { ($0, headers[$0], folded[$0]) }
    }
}
