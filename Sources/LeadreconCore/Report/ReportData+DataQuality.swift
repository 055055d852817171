/// The data-quality verdict: whether the figures rest on every row of every file, and if not,
/// what was lost and why, in one sentence a reader can act on.
extension ReportData {
    /// One input's verdict: `clean`, or what to look at.
    static func verdict(_ input: IngestReport) -> String {
        var problems: [String] = []
        if input.rowsRejected > 0 { problems.append(ReportNumber.count(input.rowsRejected, "row") + " rejected") }
        let unreadable = input.invalidValues.values.reduce(0, +)
        if unreadable > 0 { problems.append(ReportNumber.count(unreadable, "value") + " unreadable") }
        if !input.warnings.isEmpty { problems.append(ReportNumber.count(input.warnings.count, "warning")) }
        if input.encoding.contains("mixed") { problems.append("mixed encodings") }
        return problems.isEmpty ? "clean" : "check: " + problems.joined(separator: ", ")
    }

    var dataQualityIsClean: Bool { inputs.allSatisfy { Self.verdict($0) == "clean" } && diagnostics.counts.isEmpty }

    /// The whole run's verdict.
    var dataQualityVerdict: String {
        if dataQualityIsClean {
            return "✓ clean: every row of every file was loaded and every value read (\(ReportNumber.count(ledger.rowsLoaded)) rows)."
        }
        let share = ReportNumber.percent(ledger.rowsLoaded, of: ledger.rowsRead)
        let attention = inputs.filter { Self.verdict($0) != "clean" }.map(\.source)
        var text = "usable with caveats: \(ReportNumber.count(ledger.rowsLoaded)) of \(ReportNumber.count(ledger.rowsRead)) rows loaded (\(share))"
        if !attention.isEmpty { text += "; look at \(attention.joined(separator: ", "))" }
        let diagnosticCount = diagnostics.counts.values.reduce(0, +)
        if diagnosticCount > 0 { text += "; " + ReportNumber.count(diagnosticCount, "diagnostic") }
        return text + "."
    }
}
