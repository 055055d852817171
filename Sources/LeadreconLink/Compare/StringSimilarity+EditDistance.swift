extension StringSimilarity {
    /// Levenshtein or optimal-string-alignment distance over characters that are bytes (ASCII) or
    /// scalar values, capped at `limit + 1`.
    ///
    /// Ukkonen's band: a cell `(i, j)` with `|i - j| > k` costs more than `k` edits, so only the
    /// `2k + 1` diagonals around the main one are filled, with `k = min(limit, longer length)`.
    /// Every alignment passes through each row and costs never decrease along it, so once a row holds
    /// nothing within `k` the answer is known to be over the limit. An OSA swap jumps from row
    /// `i - 2` to row `i`, but the row it skips holds a cell no dearer (`D[i-1][j-1] <= D[i-2][j-2] + 1`,
    /// a substitution), so one row suffices there too.
    static func editDistanceOfElements<Element: FixedWidthInteger>(
        _ a: UnsafeBufferPointer<Element>, _ b: UnsafeBufferPointer<Element>,
        limit: Int, transpositions: Bool
    ) -> Int {
        // A common prefix and suffix cost nothing in an optimal alignment, for OSA as for Levenshtein.
        var start = 0
        var aEnd = a.count
        var bEnd = b.count
        while start < aEnd, start < bEnd, a[start] == b[start] { start += 1 }
        while aEnd > start, bEnd > start, a[aEnd - 1] == b[bEnd - 1] {
            aEnd -= 1
            bEnd -= 1
        }
        // Rows run over the longer side, so that a row buffer holds the shorter one.
        let aIsLonger = aEnd - start >= bEnd - start
        let rows = aIsLonger
            ? UnsafeBufferPointer(rebasing: a[start..<aEnd]) : UnsafeBufferPointer(rebasing: b[start..<bEnd])
        let columns = aIsLonger
            ? UnsafeBufferPointer(rebasing: b[start..<bEnd]) : UnsafeBufferPointer(rebasing: a[start..<aEnd])
        let n = rows.count
        let m = columns.count
        if n - m > limit { return limit + 1 }
        if m == 0 { return n }
        let k = min(limit, n)
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { buffer in
            let distance = bandedDistance(
                rows, columns, k: k, transpositions: transpositions, buffer: buffer.baseAddress!
            )
            return distance > k ? limit + 1 : distance
        }
    }

    /// The distance of `rows` and `columns` (neither empty), or a number above `k` when it is over `k`;
    /// `buffer` holds three rows of `columns.count + 1` cells.
    private static func bandedDistance<Element: FixedWidthInteger>(
        _ rows: UnsafeBufferPointer<Element>, _ columns: UnsafeBufferPointer<Element>,
        k: Int, transpositions: Bool, buffer: UnsafeMutablePointer<Int>
    ) -> Int {
        let n = rows.count
        let m = columns.count
        let over = k + 1  // stands for every cost above k
        var beforePrevious = buffer  // row i - 2, for OSA swaps
        var previous = buffer + (m + 1)  // row i - 1
        var current = buffer + 2 * (m + 1)  // row i
        for j in 0...m { previous[j] = min(j, over) }
        for i in 1...n {
            let low = max(1, i - k)
            let high = min(m, i + k)
            current[low - 1] = low == 1 ? min(i, over) : over
            var minimum = current[low - 1]
            let character = rows[i - 1]
            for j in low...high {
                var cost = previous[j - 1] + (character == columns[j - 1] ? 0 : 1)
                cost = min(cost, previous[j] + 1, current[j - 1] + 1)
                if transpositions, i > 1, j > 1, character == columns[j - 2], rows[i - 2] == columns[j - 1] {
                    cost = min(cost, beforePrevious[j - 2] + 1)
                }
                cost = min(cost, over)
                current[j] = cost
                minimum = min(minimum, cost)
            }
            // The next row reads one cell past this row's band.
            if high < m { current[high + 1] = over }
            if minimum > k { return over }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[m]
    }
}
