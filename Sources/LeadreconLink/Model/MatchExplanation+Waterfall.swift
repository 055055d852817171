internal import Foundation

extension MatchExplanation {
    /// The explanation as a textual waterfall, in the manner of Splink's waterfall chart: the prior,
    /// then each comparison with its level, m, u, weight and the running total, then the final weight
    /// and probability.
    ///
    /// Comparisons are listed largest |weight| first (not in gamma order), so the running total shows
    /// which fields decided. A term-frequency adjusted level is marked `(tf)` and shows the u it used.
    /// Weights have two decimals, m and u six significant digits, the probability six decimals; the
    /// text is the same on every machine (`%` formats in the POSIX locale).
    ///
    ///     comparison  level        m         u           weight  cumulative
    ///     prior       λ = 0.1                             -3.17       -3.17
    ///     email       exact        0.95      0.0001      +13.21       10.04
    ///     phone       null         -         -            +0.00       10.04
    ///     final weight 10.04, match probability 0.999405
    public var waterfall: String {
        var rows: [[String]] = [["comparison", "level", "m", "u", "weight", "cumulative"]]
        var cumulative = priorWeight
        rows.append(["prior", "λ = " + Self.general(priorMatchProbability), "", "", Self.signed(priorWeight), Self.fixed(cumulative)])
        for contribution in contributions {
            cumulative += contribution.weight
            rows.append([
                contribution.comparison,
                contribution.levelLabel + (contribution.isTermFrequencyAdjusted ? " (tf)" : ""),
                contribution.m.map(Self.general) ?? "-",
                contribution.u.map(Self.general) ?? "-",
                Self.signed(contribution.weight),
                Self.fixed(cumulative),
            ])
        }
        let rightAligned: Set<Int> = [4, 5]
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines: [String] = rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                if column > 0 { line += "  " }
                line += rightAligned.contains(column) ? padding + cell : cell + padding
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
        lines.append("final weight \(Self.fixed(weight)), match probability \(String(format: "%.6f", probability))")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func signed(_ value: Double) -> String { String(format: "%+.2f", value) }
    private static func fixed(_ value: Double) -> String { String(format: "%.2f", value) }
    private static func general(_ value: Double) -> String { String(format: "%.6g", value) }
}
