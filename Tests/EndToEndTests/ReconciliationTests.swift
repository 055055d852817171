import Foundation
import Testing

/// `reconciliation.csv` adds up: every MQL in exactly one outcome column, every CRM lead in
/// exactly one origin column, the totals row equal to the sum of the rows, and the totals equal
/// to what the two systems hold.
@Suite struct ReconciliationTests {
    static let outcomes = ["sales_sourced", "leaked", "not_yet_in_crm", "queue_only", "premature_confirmed", "ignored",
                           "touched_late", "premature_suspected", "pending", "touched_in_time", "not_evaluated"]
    static let origins = ["crm_leads_from_mqls", "crm_leads_sales_sourced", "crm_leads_not_qualified_by_marketing"]

    @Test(arguments: ["default", "hubspot-salesforce"])
    func everyRowAndTheTotalsAddUp(pipeline: String) throws {
        let run = try SampleRun.named(pipeline)
        let table = ReportCSV(run.reconciliation)
        let rows = table.rows
        #expect(table.header == ["mql_month", "lead_source", "mqls"] + Self.outcomes + ["crm_leads"] + Self.origins)
        func number(_ row: [String: String], _ column: String) -> Int { Int(row[column] ?? "") ?? -1 }
        for row in rows {
            #expect(number(row, "mqls") == Self.outcomes.map { number(row, $0) }.reduce(0, +), "\(row)")
            #expect(number(row, "crm_leads") == Self.origins.map { number(row, $0) }.reduce(0, +), "\(row)")
        }
        let total = try #require(rows.last)
        #expect(total["mql_month"] == "total")
        for column in ["mqls", "crm_leads"] + Self.outcomes + Self.origins {
            #expect(number(total, column) == rows.dropLast().map { number($0, column) }.reduce(0, +), "\(column)")
        }
        // The CRM side adds up to the CRM's number, and leaked MQLs to the LEAKED_MQL findings.
        let summary = try run.summaryJSON()
        let inputs = summary.object?["inputs"]?.array ?? []
        let crm = inputs.first { $0.object?["role"]?.string == "crm_leads" }
        #expect(number(total, "crm_leads") == crm?.object?["rows_loaded"]?.int)
        #expect(number(total, "leaked") == summary.object?["flags"]?.object?["LEAKED_MQL"]?.int)
        #expect(number(total, "pending") == summary.object?["findings"]?.object?["pending"]?.int)
    }
}
