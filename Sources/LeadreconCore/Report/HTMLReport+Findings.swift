import Foundation

/// The sections that rest on the flag stage: reconciliation, funnel, first touch, premature
/// against ignored, findings by owner and by source, and the top findings.
extension HTMLReport {
    var flagSections: [String] {
        guard let reconciliation = data.reconciliation else { return [] }
        return [reconciliationSection(reconciliation), funnel, firstTouch, prematureVersusIgnored,
                groupSection(id: "by-owner", title: "Findings by owner", rows: data.byOwner, nameHeader: "owner"),
                groupSection(id: "by-source", title: "Findings by lead source", rows: data.bySource, nameHeader: "lead source"),
                topFindings]
    }

    /// The overview: the check, then the outcomes per lead source over all months. The full table
    /// by month and source is the page's appendix (``reconciliationDetail(_:)``).
    func reconciliationSection(_ table: ReconciliationTable) -> String {
        let rows = table.bySource.map { row in [HTMLTable.Cell.text(row.source, cssClass: "name")] + row.values.map(HTMLTable.Cell.number) }
        let html = HTMLTable(id: "reconciliation-by-source",
                             caption: "Per marketing lead source, all months: every MQL in exactly one outcome column (first that applies), then the CRM side.",
                             header: ["lead source"] + Self.readable(ReconciliationTable.columns), rows: rows,
                             footer: [[.text("total")] + table.total.map(HTMLTable.Cell.number)]).html
        return ["<section id=\"reconciliation\">", "<h2>Reconciliation: marketing's MQLs against the CRM's leads</h2>", check(table),
                "<div class=\"wide\">", html, "</div>",
                "<p>By month and lead source: <a href=\"#reconciliation-detail\">the full table</a> (as reconciliation.csv).</p>",
                "</section>"].joined(separator: "\n")
    }

    /// The whole reconciliation by month and lead source, as `reconciliation.csv` has it.
    func reconciliationDetail(_ table: ReconciliationTable) -> String {
        let rows = table.rows.map { row in
            [HTMLTable.Cell.text(row.month, cssClass: "name"), .text(row.source, cssClass: "name")] + row.values.map(HTMLTable.Cell.number)
        }
        let html = HTMLTable(id: "reconciliation-table", caption: "Per month of MQL and marketing lead source (the rows of reconciliation.csv).",
                             header: ["MQL month", "lead source"] + Self.readable(ReconciliationTable.columns), rows: rows,
                             footer: [[.text("total"), .text("")] + table.total.map(HTMLTable.Cell.number)]).html
        return ["<section id=\"reconciliation-detail\">", "<h2>Appendix: reconciliation by month and lead source</h2>", check(table),
                "<div class=\"wide\">", html, "</div>", "</section>"].joined(separator: "\n")
    }

    func check(_ table: ReconciliationTable) -> String {
        "<p class=\"check \(table.addsUp ? "ok" : "bad")\">\(table.addsUp ? "✓" : "✗") \(HTMLText.escape(table.checkText))</p>"
    }

    /// `2026-09-28T12:37:00+02:00` as `2026-09-28 12:37` (a date stays a date): the table must fit the page.
    static func minutes(_ timestamp: String) -> String {
        timestamp.count > 16 ? String(timestamp.prefix(16)).replacingOccurrences(of: "T", with: " ") : timestamp
    }

    /// Column names of reconciliation.csv with spaces, so the headings can wrap.
    static func readable(_ columns: [String]) -> [String] {
        columns.map { $0.replacingOccurrences(of: "_", with: " ") }
    }

    var funnel: String {
        let stages = HandoffFigures.FunnelStage.allCases
        var charts = [FunnelChart.svg(title: "All lead sources", counts: data.funnelTotal)]
        charts += data.funnel.map { FunnelChart.svg(title: $0.source, counts: $0.counts) }
        let rows = data.funnel.map { row in
            [HTMLTable.Cell.text(row.source)] + row.counts.map(HTMLTable.Cell.number)
                + [.percent(row.counts[1], of: row.counts[0]), .percent(row.counts[4], of: row.counts[0])]
        }
        let table = HTMLTable(id: "funnel-table", caption: "Each stage counts the MQLs that also passed the stage before.",
                              header: ["lead source"] + stages.map(\.rawValue) + ["handed off %", "converted %"], rows: rows,
                              footer: [[.text("total")] + data.funnelTotal.map(HTMLTable.Cell.number)
                                  + [.percent(data.funnelTotal[1], of: data.funnelTotal[0]), .percent(data.funnelTotal[4], of: data.funnelTotal[0])]])
        return ["<section id=\"funnel\">", "<h2>Funnel by lead source: MQL → handed off → touched → working → converted</h2>",
                "<p>Handed off: a CRM lead owned by a person (not a queue). Touched: a completed call, e-mail or meeting. "
                    + "Working: worked (WORKING or CONVERTED now, or closed after touches). Converted: a CONVERTED CRM lead.</p>",
                "<div class=\"funnels\">", charts.joined(separator: "\n"), "</div>", table.html, "</section>"].joined(separator: "\n")
    }

    var firstTouch: String {
        guard let data = data.firstTouch else { return "" }
        let total = data.counts.reduce(0, +)
        let rows = zip(HandoffFigures.FirstTouchBucket.allCases, data.counts).map { bucket, count in
            [HTMLTable.Cell.text(bucket.rawValue), .number(count), .percent(count, of: total)]
        }
        let table = HTMLTable(id: "first-touch-table", caption: "", header: ["time to first touch", "good leads", "share"],
                              rows: rows, footer: [[.text("total"), .number(total), .text("")]], sortable: false)
        return ["<section id=\"first-touch\">", "<h2>Time to first touch (working time) against the SLA</h2>",
                "<p>Good leads whose first-touch clock ran on date-time stamps. \(ReportNumber.count(data.pending)) more are pending "
                    + "(window still open) and not shown; date-only leads are judged in whole working days and not shown.</p>",
                FirstTouchHistogram.svg(data), table.html, "</section>"].joined(separator: "\n")
    }

    var prematureVersusIgnored: String {
        let summary = data.findings
        func reasons(_ codes: [String]) -> [[HTMLTable.Cell]] {
            codes.map { [HTMLTable.Cell.text($0), .number(summary?.byReason[$0] ?? 0)] }
        }
        func severities(_ flag: String, _ names: [String]) -> String {
            names.map { "\($0.lowercased()) \(ReportNumber.count(summary?.bySeverity["\(flag):\($0)"] ?? 0))" }.joined(separator: ", ")
        }
        let ignored = HTMLTable(id: "ignored-reasons", caption: "", header: ["IGNORED_GOOD_LEAD reason", "findings"],
                                rows: reasons(FlagRules.ignoredOrder), sortable: false)
        let premature = HTMLTable(id: "premature-reasons", caption: "", header: ["PREMATURE_HANDOFF reason", "findings"],
                                  rows: reasons(FlagRules.prematureOrder), sortable: false)
        let rows = data.bySource.filter { $0.count("IGNORED_GOOD_LEAD") + $0.count("PREMATURE_HANDOFF") > 0 }.prefix(15)
            .map { (name: $0.name, values: [$0.count("IGNORED_GOOD_LEAD"), $0.count("PREMATURE_HANDOFF")]) }
        let chart = GroupedBarChart.svg(label: "ignored good leads and premature hand-offs by lead source",
                                        series: [.init(name: "ignored good leads", cssClass: "ignored"),
                                                 .init(name: "premature hand-offs", cssClass: "premature")],
                                        rows: Array(rows))
        let ignoredCount = summary?.byFlag["IGNORED_GOOD_LEAD"] ?? 0, prematureCount = summary?.byFlag["PREMATURE_HANDOFF"] ?? 0
        return ["<section id=\"premature-vs-ignored\">", "<h2>Premature hand-offs against ignored good leads</h2>",
                "<p>Marketing's complaint (sales ignores good leads) and sales' complaint (marketing hands over leads that are not ready), measured on the same people.</p>",
                "<div class=\"side\">",
                "<div><h3>Ignored good leads: \(ReportNumber.count(ignoredCount))</h3><p>\(severities("IGNORED_GOOD_LEAD", ["IGNORED", "BREACH"]))</p>\(ignored.html)</div>",
                "<div><h3>Premature hand-offs: \(ReportNumber.count(prematureCount))</h3><p>\(severities("PREMATURE_HANDOFF", ["CONFIRMED", "SUSPECTED"]))</p>\(premature.html)</div>",
                "</div>", chart, "</section>"].joined(separator: "\n")
    }

    func groupSection(id: String, title: String, rows: [ReportData.GroupRow], nameHeader: String) -> String {
        let flags = HandoffFigures.countedFlags
        let cells = rows.map { row in
            let name = HTMLTable.Cell.text(row.name, cssClass: "name")
            return [name, .number(row.people)] + flags.map { HTMLTable.Cell.number(row.count($0)) }
                + [.percent(row.count("IGNORED_GOOD_LEAD"), of: row.people), .percent(row.count("PREMATURE_HANDOFF"), of: row.people),
                   .text(row.people < ReportData.smallSample ? "small sample (n < \(ReportData.smallSample))" : "", cssClass: "small-sample")]
        }
        let table = HTMLTable(id: "\(id)-table", caption: "People: everyone the flag stage evaluated in the group; shares are per person.",
                              header: [nameHeader, "people"] + Self.readable(flags) + ["ignored %", "premature %", "note"], rows: cells)
        return ["<section id=\"\(id)\">", "<h2>\(HTMLText.escape(title))</h2>", "<div class=\"wide\">", table.html, "</div>", "</section>"]
            .joined(separator: "\n")
    }

    var topFindings: String {
        let shown = data.topFindings.prefix(ReportData.topFindingsInHTML)
        let rows = shown.map { finding in
            [HTMLTable.Cell.text(finding.flag), .text(finding.severity), .text(finding.reasons.joined(separator: ", ")),
             .text(finding.owner, cssClass: "name"), .text(finding.leadSource), .text(Self.minutes(finding.mqlAt), cssClass: "name"),
             .text(Self.minutes(finding.handoffAt), cssClass: "name"), .text(finding.workingHoursToFirstTouch, cssClass: "n"),
             .text(finding.personID), .text(finding.crmIDs.joined(separator: ", "))]
        }
        let table = HTMLTable(id: "top-findings-table",
                              caption: "The \(shown.count) most serious of \(ReportNumber.count(data.rankedFindings)) findings, oldest first within a severity; times local to the calendar (all in flags.csv, with offsets).",
                              header: ["flag", "severity", "reasons", "owner", "lead source", "MQL at", "hand-off at", "working h to first touch",
                                       "person", "CRM id"], rows: rows)
        return ["<section id=\"top-findings\">", "<h2>Top findings</h2>", "<div class=\"wide\">", table.html, "</div>", "</section>"]
            .joined(separator: "\n")
    }
}
