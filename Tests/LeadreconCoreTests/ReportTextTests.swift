@testable import LeadreconCore
import Testing

/// Escaping and number formatting of the reports: data never turns into markup, and figures read
/// the same on every machine.
@Suite struct ReportTextTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Müller & Söhne", "Müller &amp; Söhne"),
        ("\" onmouseover=\"alert(1)", "&quot; onmouseover=&quot;alert(1)"),
        ("O'Brien", "O&#39;Brien"),
        ("&amp;", "&amp;amp;"),
        ("a\u{0}b\u{7}c", "a\u{FFFD}b\u{FFFD}c"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("plain", "plain"),
    ])
    func htmlEscaping(input: String, expected: String) {
        #expect(HTMLText.escape(input) == expected)
    }

    /// In an attribute the escaped value can never close the quote it stands in.
    @Test func attributeValuesStayInsideTheirQuotes() {
        let hostile = "x\" onerror=\"alert(1)' data-y='"
        let attribute = "title=\"\(HTMLText.escape(hostile))\""
        #expect(attribute.filter { $0 == "\"" }.count == 2)
        #expect(!attribute.contains("'"))
    }

    @Test(arguments: [
        ("a|b", "a\\|b"),
        ("<script>", "\\<script\\>"),
        ("line\nbreak\r\nhere", "line break here"),
        ("*bold* [link](x) `code`", "\\*bold\\* \\[link\\](x) \\`code\\`"),
        ("back\\slash", "back\\\\slash"),
        ("IGNORED_GOOD_LEAD", "IGNORED_GOOD_LEAD"),
    ])
    func markdownCellEscaping(input: String, expected: String) {
        #expect(MarkdownText.cell(input) == expected)
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1000, "1,000"), (1_234_567, "1,234,567"), (-4200, "-4,200")])
    func counts(value: Int, expected: String) {
        #expect(ReportNumber.count(value) == expected)
    }

    @Test(arguments: [
        (1, 2, "50.0 %"), (0, 5, "0.0 %"), (5, 5, "100.0 %"), (9671, 9674, "> 99.9 %"), (1, 10_000, "< 0.1 %"), (3, 0, "—"),
    ])
    func percentages(part: Int, whole: Int, expected: String) {
        #expect(ReportNumber.percent(part, of: whole) == expected)
    }
}

/// The reconciliation check can fail: a row whose outcomes do not sum to its MQLs, or CRM leads
/// that are not the CRM's loaded leads, turn it into a "does NOT add up" naming the problem.
@Suite struct ReconciliationCheckTests {
    @Test func anEmptyTableAddsUp() {
        let table = ReconciliationTable(Reconciliation(), crmLeadsLoaded: 0)
        #expect(table.addsUp)
        #expect(table.checkText.hasPrefix("adds up"))
    }

    @Test func aRowThatDoesNotSumIsNamed() {
        var table = ReconciliationTable(Reconciliation(), crmLeadsLoaded: nil)
        var values = [Int](repeating: 0, count: ReconciliationTable.columns.count)
        values[ReconciliationTable.mqlIndex] = 3
        values[ReconciliationTable.outcomeIndices.lowerBound] = 2
        table.rows.append(.init(month: "2026-11", source: "Webinar", values: values))
        #expect(!table.addsUp)
        #expect(table.checkText == "does NOT add up: row 2026-11 Webinar does not add up")
    }

    @Test func crmLeadsMustBeTheLoadedOnes() {
        let table = ReconciliationTable(Reconciliation(), crmLeadsLoaded: 5)
        #expect(!table.addsUp)
        #expect(table.checkText.contains("CRM leads 0 ≠ 5 loaded"))
    }
}
