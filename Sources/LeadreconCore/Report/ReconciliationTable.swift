/// The reconciliation as the reports show it: the very counts of `reconciliation.csv` (taken from
/// the flag stage's ``Reconciliation``, not recounted), and the check that they add up.
struct ReconciliationTable {
    struct Row {
        var month: String
        var source: String
        /// Counts in ``Reconciliation/header`` order after month and source.
        var values: [Int]
    }

    static let columns = Array(Reconciliation.header.dropFirst(2))
    /// Index of `mqls` in ``Row/values``, then of the outcome columns and the CRM columns.
    static let mqlIndex = 0
    static let outcomeIndices = 1...Reconciliation.Outcome.allCases.count
    static let crmIndex = Reconciliation.Outcome.allCases.count + 1
    static let crmPartIndices = (crmIndex + 1)...(crmIndex + 3)

    var rows: [Row]
    var total: [Int]
    /// The CRM's loaded leads, which the `crm_leads` total must equal (nil without a CRM lead source).
    var crmLeadsLoaded: Int?

    init(_ reconciliation: Reconciliation, crmLeadsLoaded: Int?) {
        rows = reconciliation.rows.keys.sorted().map { key in
            Row(month: key.month, source: key.source, values: reconciliation.rows[key]!.values)
        }
        total = [Int](repeating: 0, count: Self.columns.count)
        for row in rows {
            for index in total.indices { total[index] += row.values[index] }
        }
        self.crmLeadsLoaded = crmLeadsLoaded
    }

    /// The rows summed over months, per lead source, largest first: the overview before the detail.
    var bySource: [Row] {
        var sums: [String: [Int]] = [:]
        for row in rows {
            var sum = sums[row.source] ?? [Int](repeating: 0, count: Self.columns.count)
            for index in sum.indices { sum[index] += row.values[index] }
            sums[row.source] = sum
        }
        return sums.map { Row(month: "", source: $0.key, values: $0.value) }
            .sorted { ($0.values[Self.mqlIndex], $1.source) > ($1.values[Self.mqlIndex], $0.source) }
    }

    /// Rows whose outcome columns do not sum to their MQLs, or whose CRM parts do not sum to
    /// their CRM leads (empty when the table adds up; the totals row included).
    var rowsNotAddingUp: [String] {
        (rows.map { ("\($0.month) \($0.source)", $0.values) } + [("total", total)]).compactMap { label, values in
            let outcomes = Self.outcomeIndices.reduce(0) { $0 + values[$1] }
            let parts = Self.crmPartIndices.reduce(0) { $0 + values[$1] }
            return outcomes == values[Self.mqlIndex] && parts == values[Self.crmIndex] ? nil : label
        }
    }

    /// Whether every row adds up and the CRM side equals the CRM's loaded leads.
    var addsUp: Bool {
        rowsNotAddingUp.isEmpty && (crmLeadsLoaded.map { $0 == total[Self.crmIndex] } ?? true)
    }

    /// The check in words, for both reports.
    var checkText: String {
        let mqls = ReportNumber.count(total[Self.mqlIndex]), crm = ReportNumber.count(total[Self.crmIndex])
        guard addsUp else {
            var problems = rowsNotAddingUp.map { "row \($0) does not add up" }
            if let crmLeadsLoaded, crmLeadsLoaded != total[Self.crmIndex] {
                problems.append("CRM leads \(crm) ≠ \(ReportNumber.count(crmLeadsLoaded)) loaded")
            }
            return "does NOT add up: " + problems.joined(separator: "; ")
        }
        var text = "adds up: each of the \(mqls) MQLs is in exactly one outcome column, and the CRM's \(crm) leads"
        text += " = \(ReportNumber.count(total[Self.crmPartIndices.lowerBound])) from MQLs"
        text += " + \(ReportNumber.count(total[Self.crmPartIndices.lowerBound + 1])) sales-sourced"
        text += " + \(ReportNumber.count(total[Self.crmPartIndices.upperBound])) never qualified by marketing"
        if crmLeadsLoaded != nil { text += " (all loaded CRM leads)" }
        return text
    }
}
