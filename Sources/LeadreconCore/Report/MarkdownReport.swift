import Foundation

/// `report.md`: the headline figures, the reconciliation totals and the top findings, as
/// GitHub-flavoured Markdown for an e-mail or a ticket. Data in cells is escaped
/// (``MarkdownText``). The run id sits on one line starting `_run `; the rest is byte-identical on re-run.
struct MarkdownReport {
    let data: ReportData

    var markdown: String {
        var lines = ["# Lead hand-over report: \(MarkdownText.cell(data.run.pipeline))", "",
                     "As of \(data.run.asOf) · pipeline file `\(data.run.pipelineFile.replacingOccurrences(of: "`", with: "'"))` · leadrecon \(data.run.leadreconVersion)",
                     "",
                     "_run \(data.run.id), started \(data.run.startedAt)_", "",
                     "## Headline", "", "| figure | value | note |", "| --- | ---: | --- |"]
        lines += data.headline.map { "| \($0.label) | \($0.value) | \(MarkdownText.cell($0.note)) |" }
        if data.findings == nil { lines += ["", "The flag stage did not run in this pipeline: no findings or reconciliation."] }
        if let table = data.reconciliation {
            lines += ["", "## Reconciliation totals", "",
                      "Every MQL is in exactly one outcome, first that applies (by month and source in report.html and reconciliation.csv).", "",
                      "| outcome | MQLs | share |", "| --- | ---: | ---: |"]
            let mqls = table.total[ReconciliationTable.mqlIndex]
            for (offset, outcome) in Reconciliation.Outcome.allCases.enumerated() {
                let count = table.total[ReconciliationTable.outcomeIndices.lowerBound + offset]
                lines.append("| \(MarkdownText.cell(outcome.rawValue)) | \(ReportNumber.count(count)) | \(ReportNumber.percent(count, of: mqls)) |")
            }
            lines.append("| **MQLs (marketing)** | **\(ReportNumber.count(mqls))** | 100.0 % |")
            lines += ["", "| CRM side | leads |", "| --- | ---: |"]
            let crmNames = ["from MQLs", "sales-sourced", "never qualified by marketing"]
            for (name, index) in zip(crmNames, ReconciliationTable.crmPartIndices) {
                lines.append("| \(name) | \(ReportNumber.count(table.total[index])) |")
            }
            lines.append("| **CRM leads** | **\(ReportNumber.count(table.total[ReconciliationTable.crmIndex]))** |")
            lines += ["", "\(table.addsUp ? "✓" : "✗") The table \(table.checkText)."]
        }
        if data.findings != nil {
            let top = data.topFindings.prefix(ReportData.topFindingsInMarkdown)
            lines += ["", "## Top \(top.count) findings", "",
                      "By severity, then oldest first; all \(ReportNumber.count(data.rankedFindings)) are in flags.csv.", "",
                      "| # | flag | severity | reasons | owner | lead source | MQL at | person | CRM id |",
                      "| ---: | --- | --- | --- | --- | --- | --- | --- | --- |"]
            for (index, finding) in top.enumerated() {
                let cells = [finding.flag, finding.severity, finding.reasons.joined(separator: ", "), finding.owner, finding.leadSource,
                             finding.mqlAt.isEmpty ? finding.handoffAt : finding.mqlAt, finding.personID, finding.crmIDs.joined(separator: ", ")]
                lines.append("| \(index + 1) | " + cells.map(MarkdownText.cell).joined(separator: " | ") + " |")
            }
        }
        var files = ["report.html"]
        if data.findings != nil { files += ["flags.csv", "reconciliation.csv"] }
        if data.link != nil { files += ["people.csv", "pairs.csv"] }
        files += ["rejects.csv", "summary.json"]
        lines += ["", "Data quality: \(MarkdownText.cell(data.dataQualityVerdict))", "",
                  "Details: " + files.joined(separator: ", ") + ".", ""]
        return lines.joined(separator: "\n")
    }
}
