/// The sections about the inputs and the run itself: duplicates and match methods, the
/// data-quality verdict, and the trend over previous runs.
extension HTMLReport {
    var linking: String {
        guard let link = data.link else {
            return "<section id=\"linking\"><h2>Duplicates and matching</h2><p class=\"notice\">The link stage did not run.</p></section>"
        }
        let overview = HTMLTable(id: "link-overview", caption: "", header: ["records", "candidate pairs", "pairs above threshold", "links",
                                                                            "refused links", "people", "largest person", "threshold"],
                                 rows: [[.number(link.records), .number(link.candidatePairs), .number(link.pairsAboveThreshold),
                                         .number(link.links), .number(link.refusedLinks), .number(link.people), .number(link.largestPerson),
                                         .text(String(link.threshold), cssClass: "n")]], sortable: false)
        let duplicates = HTMLTable(id: "duplicates-table", caption: "Share of a source's records that share a person with another record of the same source.",
                                   header: ["source", "duplicate rate"],
                                   rows: link.duplicateRateBySource.sorted { $0.key < $1.key }.map {
                                       [.text($0.key), HTMLTable.Cell(text: ReportNumber.percent($0.value), sortValue: String($0.value), cssClass: "n")]
                                   })
        let matchedTotal = link.matchedOn.values.reduce(0, +)
        let methods = HTMLTable(id: "match-method-table", caption: "Linked records by the comparison that weighed most in the link that attached them.",
                                header: ["decided by", "linked records", "share"],
                                rows: link.matchedOn.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map {
                                    [.text($0.key), .number($0.value), .percent($0.value, of: matchedTotal)]
                                })
        let rules = HTMLTable(id: "blocking-table", caption: "Candidate pairs per blocking rule.",
                              header: ["rule", "keyed records", "blocks", "largest block", "candidate pairs", "new pairs", "skipped blocks"],
                              rows: link.rules.map { rule in
                                  [.text(rule.name), .number(rule.keyedRecords), .number(rule.blocks), .number(rule.largestBlock),
                                   .number(rule.candidatePairs), .number(rule.newPairs), .number(rule.skippedBlocks)]
                              })
        return ["<section id=\"linking\">", "<h2>Duplicates and matching</h2>", overview.html,
                "<div class=\"side\"><div>\(duplicates.html)</div><div>\(methods.html)</div></div>", rules.html, "</section>"]
            .joined(separator: "\n")
    }

    var dataQuality: String {
        var out = ["<section id=\"data-quality\">", "<h2>Data quality</h2>",
                   "<p class=\"check \(data.dataQualityIsClean ? "ok" : "warn")\">\(HTMLText.escape(data.dataQualityVerdict))</p>"]
        let inputs = HTMLTable(id: "inputs-table", caption: "How each file was read.",
                               header: ["source", "role", "file", "encoding", "delimiter", "header line", "preamble lines", "footer rows skipped",
                                        "preset", "rows read", "loaded", "rejected", "unreadable values", "verdict"],
                               rows: data.inputs.map { input in
                                   [.text(input.source), .text(input.role), .text(input.path), .text(input.encoding),
                                    .text("\(input.delimiter == "\t" ? "TAB" : input.delimiter) · \(input.delimiterReason)"),
                                    .number(input.headerLine), .number(input.preambleLines.count), .number(input.footerRowsSkipped),
                                    .text("\(input.preset)\(input.presetDetected ? " (detected" : " (given")\(input.presetScore.isEmpty ? "" : ", \(input.presetScore)"))"),
                                    .number(input.rowsRead), .number(input.rowsLoaded), .number(input.rowsRejected),
                                    .number(input.invalidValues.values.reduce(0, +)), .text(ReportData.verdict(input))]
                               })
        out += ["<div class=\"wide\">", inputs.html, "</div>"]
        let rejects = data.inputs.flatMap { input in input.rejectsByReason.sorted { $0.key < $1.key }.map { (input.source, $0.key, $0.value) } }
        out.append(rejects.isEmpty ? "<p>No rows were rejected.</p>"
            : HTMLTable(id: "rejects-table", caption: "Rejected rows by reason (each in rejects.csv with its line).",
                        header: ["source", "reason", "rows"], rows: rejects.map { [.text($0.0), .text($0.1), .number($0.2)] }).html)
        let decisions = data.inputs.flatMap { input in input.valueDecisions.map { (input.source, $0) } }
        if !decisions.isEmpty {
            out.append(HTMLTable(id: "value-decisions-table", caption: "Date order and number notation decided per column.",
                                 header: ["source", "field", "column", "decision", "why"],
                                 rows: decisions.map { [.text($0.0), .text($0.1.field), .number($0.1.column), .text($0.1.decision), .text($0.1.reason)] }).html)
        }
        if data.datePrecisionFindings > 0 {
            out.append("<p>\(ReportNumber.count(data.datePrecisionFindings)) findings rest on date-only timestamps: their windows are rounded up to whole working days (precision=date in flags.csv).</p>")
        }
        let diagnostics = data.diagnostics.counts.sorted { $0.key < $1.key }
        if diagnostics.isEmpty {
            out.append("<p>Every value was read: no diagnostics.</p>")
        } else {
            out.append(HTMLTable(id: "diagnostics-table", caption: "Diagnostics by code.", header: ["code", "count"],
                                 rows: diagnostics.map { [.text($0.key), .number($0.value)] }).html)
            out.append(HTMLTable(id: "diagnostic-examples-table", caption: "First examples.", header: ["where", "code", "message"],
                                 rows: data.diagnostics.examples.prefix(20).map { [.text("\($0.file):\($0.line):\($0.column)"), .text($0.code), .text($0.message)] }).html)
        }
        out.append("<h3>Header mapping</h3>")
        for input in data.inputs {
            let loaded = input.columns.filter { $0.field != nil }.count
            out.append("<details><summary>\(HTMLText.escape(input.source)): \(loaded) of \(input.columns.count) columns loaded</summary>")
            out.append(HTMLTable(id: "header-mapping-\(input.source)", caption: "", header: ["column", "header", "field", "how"],
                                 rows: input.columns.map { [.number($0.column), .text($0.header), .text($0.field ?? ""), .text($0.how)] }).html)
            out.append("</details>")
        }
        out.append("</section>")
        return out.joined(separator: "\n")
    }

    var trend: String {
        guard data.trend.count >= 2 else {
            return "<section id=\"trend\"><h2>Trend over previous runs</h2><p class=\"notice\">no trend yet (first run)</p></section>"
        }
        let keys = TrendChart.keys
        let table = HTMLTable(id: "trend-table", caption: "", header: ["as of", "run"] + keys,
                              rows: data.trend.enumerated().map { index, point in
                                  // This run's id changes every run; the page must not (see the type's note).
                                  [.text(point.asOf), .text(index == data.trend.count - 1 ? "this run" : point.runID)] + keys.map { key in point.counts[key].map(HTMLTable.Cell.number) ?? .text("") }
                              })
        return ["<section id=\"trend\">", "<h2>Trend over previous runs</h2>", TrendChart.svg(data.trend), table.html, "</section>"]
            .joined(separator: "\n")
    }
}
