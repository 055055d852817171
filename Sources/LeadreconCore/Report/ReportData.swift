import LeadreconValues

/// What the reports show, assembled once from a finished run, so that `report.html` and
/// `report.md` state the same figures.
struct ReportData {
    /// One headline figure: what it is, its value and how to read it.
    struct Figure {
        var label: String
        var value: String
        var note = ""
    }

    /// One owner's or lead source's findings, with the people behind them.
    struct GroupRow {
        var name: String
        var people: Int
        var byFlag: [String: Int]
        func count(_ flag: String) -> Int { byFlag[flag] ?? 0 }
    }

    /// The time-to-first-touch histogram and the SLA windows to draw on it.
    struct FirstTouch {
        var counts: [Int]
        var pending: Int
        var dayHours: Double
        /// Label and working hours of each first-touch window.
        var slaLines: [(label: String, hours: Double)]
    }

    /// Groups with fewer people than this carry a "small sample" warning.
    static let smallSample = 20
    /// How many findings `report.md` lists.
    static let topFindingsInMarkdown = 10
    /// How many findings `report.html` lists (all of them are in `flags.csv`).
    static let topFindingsInHTML = 50

    var run: RunSummary.Run
    var headline: [Figure] = []
    var inputs: [IngestReport]
    var ledger: RunSummary.Ledger
    var diagnostics: RunSummary.DiagnosticsSummary
    var warnings: [String]
    var link: LinkSummary?
    var findings: FlagSummary?
    var reconciliation: ReconciliationTable?
    /// Lead source → counts per funnel stage, largest first; the whole funnel is ``funnelTotal``.
    var funnel: [(source: String, counts: [Int])] = []
    var funnelTotal: [Int] = []
    var firstTouch: FirstTouch?
    var byOwner: [GroupRow] = []
    var bySource: [GroupRow] = []
    /// The most serious findings (at most ``topFindingsInHTML``), by severity then age, oldest
    /// first (SALES_SOURCED left out) …
    var topFindings: [Finding] = []
    /// … of this many ranked findings.
    var rankedFindings = 0
    /// Earlier runs and this one, oldest first.
    var trend: [RunTrendPoint]
    /// Findings whose windows were judged on date-only timestamps (rounded up to whole working days).
    var datePrecisionFindings = 0

    /// - Parameter ranked: ``bySeverityThenAge(_:limit:)`` of the findings, when the caller ranked
    ///   them already (while writing the other reports); nil ranks them here.
    init(summary: RunSummary, flagged: FlagStage.Outcome?, pipeline: Pipeline, previousRuns: [RunTrendPoint],
         ranked: (top: [Finding], ranked: Int)? = nil) {
        run = summary.run
        inputs = summary.inputs
        ledger = summary.ledger
        diagnostics = summary.diagnostics
        warnings = summary.warnings
        link = summary.link
        findings = summary.findings
        trend = previousRuns
        if let flagged {
            let crmLoaded = summary.inputs.filter { $0.role == "crm_leads" }.map(\.rowsLoaded)
            reconciliation = ReconciliationTable(flagged.reconciliationTable,
                                                 crmLeadsLoaded: crmLoaded.isEmpty ? nil : crmLoaded.reduce(0, +))
            let figures = flagged.figures
            funnel = figures.funnel.map { (source: $0.key, counts: $0.value) }
                .sorted { ($0.counts[0], $1.source) > ($1.counts[0], $0.source) }
            funnelTotal = funnel.reduce(into: [Int](repeating: 0, count: HandoffFigures.FunnelStage.allCases.count)) { total, row in
                for index in total.indices { total[index] += row.counts[index] }
            }
            let dayHours = pipeline.calendar.hours.longestDayHours
            firstTouch = FirstTouch(counts: figures.firstTouch, pending: figures.firstTouchPending, dayHours: dayHours, slaLines: [
                ("hand-raise SLA \(pipeline.rules.sla.firstTouchHandRaise)", Self.hours(pipeline.rules.sla.firstTouchHandRaise, dayHours: dayHours)),
                ("SLA \(pipeline.rules.sla.firstTouchDefault)", Self.hours(pipeline.rules.sla.firstTouchDefault, dayHours: dayHours)),
            ])
            byOwner = Self.rows(figures.byOwner)
            bySource = Self.rows(figures.bySource)
            (topFindings, rankedFindings) = ranked ?? Self.bySeverityThenAge(flagged.findings, limit: Self.topFindingsInHTML)
            // Counted in place: `filter` copied every finding it kept.
            datePrecisionFindings = flagged.findings.indices.count { flagged.findings[$0].precision == "date" }
            var counts = flagged.summary.byFlag
            counts["mqls"] = reconciliation?.total[ReconciliationTable.mqlIndex] ?? 0
            counts["pending"] = flagged.summary.pending
            trend.append(RunTrendPoint(runID: run.id, asOf: run.asOf, counts: counts))
        }
        headline = Self.headline(summary: summary, reconciliation: reconciliation)
    }

    /// Working hours of a first-touch window, a working day being `dayHours`.
    static func hours(_ duration: WorkingDuration, dayHours: Double) -> Double {
        switch duration {
        case .working(let days, let minutes): Double(days) * dayHours + Double(minutes) / 60
        case .calendarDays(let days): Double(days) * dayHours
        }
    }

    /// Groups by number of findings, then people, then name (deterministic).
    static func rows(_ groups: [String: HandoffFigures.Group]) -> [GroupRow] {
        groups.map { GroupRow(name: $0.key, people: $0.value.people, byFlag: $0.value.byFlag) }
            .sorted { a, b in
                let fa = a.byFlag.values.reduce(0, +), fb = b.byFlag.values.reduce(0, +)
                if fa != fb { return fa > fb }
                if a.people != b.people { return a.people > b.people }
                return a.name < b.name
            }
    }

    /// Severity rank: the findings that cost revenue or trust first.
    static let severityRank = ["IGNORED_GOOD_LEAD:IGNORED", "LEAKED_MQL:", "PREMATURE_HANDOFF:CONFIRMED",
                               "IGNORED_GOOD_LEAD:BREACH", "PREMATURE_HANDOFF:SUSPECTED", "DUPLICATE_WORK:",
                               "STATUS_DRIFT:", "REJECTED_WITHOUT_REASON:"]

    /// By severity rank, then oldest first (the MQL instant, else the hand-off, as written), then person.
    static func bySeverityThenAge(_ findings: [Finding], limit: Int) -> (top: [Finding], ranked: Int) {
        // The keys made once per finding; only the `limit` smallest are kept, in order (sorting a
        // third of a million findings by strings to show fifty was a second of the report stage).
        // The index breaks ties: equal keys keep their flags.csv order.
        precondition(limit > 0, "at least one finding is shown")
        typealias Key = (rank: Int, age: String, person: String, crm: String, index: Int)
        func less(_ a: Key, _ b: Key) -> Bool { (a.rank, a.age, a.person, a.crm, a.index) < (b.rank, b.age, b.person, b.crm, b.index) }
        var top: [Key] = []
        var ranked = 0
        // Fields read in place (a copy of each finding was most of this loop), and the rank of a
        // flag and severity looked up again only when they change: findings come sorted by flag.
        var last: (flag: String, severity: String, rank: Int?)?
        for index in findings.indices {
            let rank: Int?
            if let last, last.flag == findings[index].flag, last.severity == findings[index].severity {
                rank = last.rank
            } else {
                rank = severityRank.firstIndex(of: "\(findings[index].flag):\(findings[index].severity)")
                last = (findings[index].flag, findings[index].severity, rank)
            }
            guard let rank else { continue }
            ranked += 1
            if top.count == limit, rank > top[limit - 1].rank { continue }   // cheap rejection first
            let age = findings[index].mqlAt.isEmpty ? findings[index].handoffAt : findings[index].mqlAt
            let key: Key = (rank, age.isEmpty ? "~" : age, findings[index].personID, findings[index].crmIDs.joined(separator: "|"), index)
            guard top.count < limit || less(key, top[limit - 1]) else { continue }
            if top.count == limit { top.removeLast() }
            top.insert(key, at: top.firstIndex { less(key, $0) } ?? top.count)
        }
        return (top.map { findings[$0.index] }, ranked)
    }

    static func headline(summary: RunSummary, reconciliation: ReconciliationTable?) -> [Figure] {
        var figures: [Figure] = []
        let ledger = summary.ledger
        if let reconciliation {
            let total = reconciliation.total
            figures.append(Figure(label: "MQLs (marketing)", value: ReportNumber.count(total[ReconciliationTable.mqlIndex]),
                                  note: "people marketing qualified"))
            figures.append(Figure(label: "CRM leads", value: ReportNumber.count(total[ReconciliationTable.crmIndex]),
                                  note: "\(ReportNumber.count(total[ReconciliationTable.crmPartIndices.lowerBound])) from MQLs"))
        }
        if let link = summary.link {
            figures.append(Figure(label: "People", value: ReportNumber.count(link.people),
                                  note: "from \(ReportNumber.count(link.records)) records"))
            figures.append(Figure(label: "Linked records", value: ReportNumber.count(link.records - link.people),
                                  note: "joined another record's person (same or other source)"))
        }
        if let findings = summary.findings {
            let severity = findings.bySeverity
            figures.append(Figure(label: "Ignored good leads", value: ReportNumber.count(findings.byFlag["IGNORED_GOOD_LEAD"] ?? 0),
                                  note: "\(severity["IGNORED_GOOD_LEAD:IGNORED"] ?? 0) ignored, \(severity["IGNORED_GOOD_LEAD:BREACH"] ?? 0) late only"))
            figures.append(Figure(label: "Premature hand-offs", value: ReportNumber.count(findings.byFlag["PREMATURE_HANDOFF"] ?? 0),
                                  note: "\(severity["PREMATURE_HANDOFF:CONFIRMED"] ?? 0) confirmed, \(severity["PREMATURE_HANDOFF:SUSPECTED"] ?? 0) suspected"))
            figures.append(Figure(label: "Leaked MQLs", value: ReportNumber.count(findings.byFlag["LEAKED_MQL"] ?? 0),
                                  note: "qualified, never reached the CRM"))
            figures.append(Figure(label: "Pending", value: ReportNumber.count(findings.pending),
                                  note: "first-touch window still open"))
            figures.append(Figure(label: "SLA compliance", value: findings.slaCompliance.map(ReportNumber.percent) ?? "—",
                                  note: "of \(ReportNumber.count(findings.goodLeadsTimed)) timed good leads"))
            figures.append(Figure(label: "Median first touch",
                                  value: findings.firstTouchHoursP50.map { "\(ReportNumber.decimal($0)) h" } ?? "—",
                                  note: "working hours; p90 \(findings.firstTouchHoursP90.map { ReportNumber.decimal($0) } ?? "—") h"))
        }
        figures.append(Figure(label: "Rows rejected", value: ReportNumber.count(ledger.rowsRejected),
                              note: "of \(ReportNumber.count(ledger.rowsRead)) read (rejects.csv)"))
        return figures
    }
}
