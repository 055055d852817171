import Foundation
import Testing

/// `report.html` and `report.md` on the sample data: golden files, no network, the
/// reconciliation table adding up, and hostile names from the data rendered as text.
@Suite struct ReportTests {
    /// The run id and start time: the only lines that change between two runs of the same inputs.
    static func stripVolatile(_ data: Data) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        let kept = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("data-volatile=\"run\"") && !$0.hasPrefix("_run ") }
        return Data(kept.joined(separator: "\n").utf8)
    }

    @Test(arguments: SampleRun.pipelines)
    func reportsMatchTheGoldenFiles(pipeline: String) throws {
        let run = try SampleRun.named(pipeline)
        #expect(!run.reportHTML.isEmpty && !run.reportMarkdown.isEmpty, "every shipped pipeline has the report stage")
        Golden.check(Self.stripVolatile(run.reportHTML), "\(pipeline)/report.html")
        Golden.check(Self.stripVolatile(run.reportMarkdown), "\(pipeline)/report.md")
        // The volatile line is there (and only one), so stripping it hides nothing else.
        let html = String(decoding: run.reportHTML, as: UTF8.self)
        #expect(html.components(separatedBy: "data-volatile=\"run\"").count == 2)
    }

    /// Nothing in the page is fetched: no `src=`, no `href=` other than in-page anchors, no CSS
    /// `url(` or `@import`, and no `http://` / `https://` at all (inline SVG needs no xmlns).
    @Test(arguments: SampleRun.pipelines)
    func reportLoadsNothingFromTheNetwork(pipeline: String) throws {
        let html = String(decoding: try SampleRun.named(pipeline).reportHTML, as: UTF8.self)
        #expect(!html.isEmpty)
        for forbidden in ["http://", "https://", "src=", "url(", "@import", "<link", "<iframe", "<img"] {
            #expect(!html.lowercased().contains(forbidden), "report.html contains \(forbidden)")
        }
        let hrefs = html.components(separatedBy: "href=\"").dropFirst()
        #expect(hrefs.allSatisfy { $0.hasPrefix("#") }, "an href leaves the page")
    }

    /// The reconciliation table in the HTML is reconciliation.csv's, and it adds up: each row's
    /// outcome columns sum to its MQLs, its CRM parts to its CRM leads, and the totals row to the columns.
    @Test(arguments: ["default", "hubspot-salesforce"])
    func reconciliationTableInHTMLAddsUp(pipeline: String) throws {
        let run = try SampleRun.named(pipeline)
        let rows = try Self.tableRows(String(decoding: run.reportHTML, as: UTF8.self), id: "reconciliation-table")
        let csv = String(decoding: run.reconciliation, as: UTF8.self).split(separator: "\r\n").dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == csv.count && rows.count > 2)
        #expect(rows.map { Array($0.prefix(2)) } == csv.map { Array($0.prefix(2)) }, "same months and sources as reconciliation.csv")
        let numbers = rows.map { $0.dropFirst(2).map { Int($0.replacingOccurrences(of: ",", with: "")) ?? -1 } }
        #expect(numbers.map { $0.map(String.init) } == csv.map { Array($0.dropFirst(2)) }, "same counts as reconciliation.csv")
        let outcomes = 11
        for row in numbers {
            #expect(row[0] == row[1...outcomes].reduce(0, +), "outcomes do not sum to the MQLs: \(row)")
            #expect(row[outcomes + 1] == row[(outcomes + 2)...].reduce(0, +), "CRM parts do not sum to the CRM leads: \(row)")
        }
        let body = numbers.dropLast(), total = numbers.last!
        for column in total.indices {
            #expect(total[column] == body.reduce(0) { $0 + $1[column] }, "totals row, column \(column)")
        }
        #expect(String(decoding: run.reportHTML, as: UTF8.self).contains("<p class=\"check ok\">✓ adds up"))
    }

    /// The funnel and the histogram count the same people as the reconciliation and the summary:
    /// MQLs per lead source equal the reconciliation's, and the histogram's total is
    /// `good_leads_timed` (every timed good lead in exactly one bucket).
    @Test(arguments: ["default", "hubspot-salesforce"])
    func funnelAndHistogramAgreeWithReconciliationAndSummary(pipeline: String) throws {
        let run = try SampleRun.named(pipeline)
        let html = String(decoding: run.reportHTML, as: UTF8.self)
        func number(_ text: String) -> Int { Int(text.replacingOccurrences(of: ",", with: "")) ?? -1 }
        let funnel = try Self.tableRows(html, id: "funnel-table")
        let reconciliation = try Self.tableRows(html, id: "reconciliation-by-source")
        let funnelMQLs = Dictionary(funnel.map { ($0[0], number($0[1])) }, uniquingKeysWith: +)
        let reconciledMQLs = Dictionary(reconciliation.map { ($0[0], number($0[1])) }, uniquingKeysWith: +).filter { $0.value > 0 }
        #expect(funnelMQLs == reconciledMQLs)
        for row in funnel {
            let stages = row[1...5].map(number)
            #expect(stages == stages.sorted(by: >), "funnel stages only shrink: \(row)")
        }
        let histogram = try Self.tableRows(html, id: "first-touch-table")
        let timed = try #require(try run.summaryJSON()["findings"]?["good_leads_timed"]?.int)
        #expect(histogram.dropLast().map { number($0[1]) }.reduce(0, +) == timed)
        #expect(histogram.count == 7 && timed > 0)
    }

    /// A lead source and an owner built to break out of the page go through a whole run and come
    /// out as text: in element content, in SVG labels and titles, and in `report.md` cells.
    @Test func hostileNamesRenderAsText() throws {
        let scratch = try Scratch()
        let sample = packageRoot.appendingPathComponent("sample-data")
        let source = "<script>alert(1)</script> | x"
        let owner = "\"><img src=x onerror=alert(1)> O'Brien & Co"
        var contacts = try String(contentsOf: sample.appendingPathComponent("hubspot-contacts.csv"), encoding: .utf8)
        contacts = contacts.replacingOccurrences(of: ",Organic Search,", with: ",\(source),")
        var leads = try String(contentsOf: sample.appendingPathComponent("salesforce-leads.csv"), encoding: .utf8)
        leads = leads.replacingOccurrences(of: "\"0055g00000JbAa3AAF\"", with: "\"" + owner.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
        _ = try scratch.write("hubspot-contacts.csv", contacts)
        _ = try scratch.write("salesforce-leads.csv", leads)
        _ = try scratch.write("salesforce-tasks.csv", try String(contentsOf: sample.appendingPathComponent("salesforce-tasks.csv"), encoding: .utf8))
        var yaml = try String(contentsOf: packageRoot.appendingPathComponent("pipelines/default.yaml"), encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "../sample-data/", with: "")
        let pipeline = try scratch.write("pipeline.yaml", yaml)
        let out = scratch.path("out")
        let result = try LeadreconProcess.run(["run", pipeline, "--out", out, "--quiet"])
        #expect(result.status <= 1, "\(result)")
        let html = try String(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("report.html"), encoding: .utf8)
        let markdown = try String(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("report.md"), encoding: .utf8)
        #expect(html.components(separatedBy: "<script").count == 2, "only the page's own sort script")
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; | x"), "the lead source is shown, as text")
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt; O&#39;Brien &amp; Co"), "the owner is shown, as text")
        #expect(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; | x"), "SVG titles are escaped too")
        // In Markdown a backslash-escaped `\<` renders as a literal `<`: no other `<` may appear.
        let unescaped = zip(markdown, markdown.dropFirst()).filter { $0.1 == "<" && $0.0 != "\\" }
        #expect(unescaped.isEmpty && !markdown.hasPrefix("<"), "report.md has an unescaped '<'")
    }

    /// The text of each cell of each row (body and footer) of the table with `id`, tags removed
    /// and entities left as they are (the tested cells are numbers and plain names).
    static func tableRows(_ html: String, id: String) throws -> [[String]] {
        let start = try #require(html.range(of: "<table id=\"\(id)\""))
        let end = try #require(html.range(of: "</table>", range: start.upperBound..<html.endIndex))
        let table = html[start.upperBound..<end.lowerBound]
        let body = table.components(separatedBy: "<tbody>").last ?? ""
        return body.components(separatedBy: "<tr>").dropFirst().map { row in
            row.components(separatedBy: "<td").dropFirst().map { cell in
                let afterTag = cell.drop { $0 != ">" }.dropFirst()
                return String(afterTag.prefix { $0 != "<" })
            }
        }
    }
}
