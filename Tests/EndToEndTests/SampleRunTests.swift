import Foundation
import Testing

/// One run of a shipped pipeline on sample-data/, made once and shared by the tests below.
struct SampleRun: Sendable {
    var pipeline: String
    var result: CommandResult
    var summary: Data
    var rejects: Data
    var people: Data
    var pairs: Data
    var model: Data
    /// Empty when the pipeline has no flag stage.
    var flags: Data
    var reconciliation: Data
    /// `report.html` and `report.md` (empty without the report stage).
    var reportHTML: Data
    var reportMarkdown: Data

    static let pipelines = ["default", "hubspot-salesforce", "german-excel", "people-dedupe"]

    /// The instant the sample data is written against (sample-data/README.md). Two of the shipped
    /// pipelines leave `as_of` to "now", which would make `summary.json` change every run.
    static let asOf = "2026-11-27T18:00:00+01:00"

    /// Volatile members of `summary.json`, removed before comparing; everything else is compared
    /// exactly (input SHA-256s included, so a changed sample file shows up).
    static let volatile = [["run", "id"], ["run", "started_at"], ["timings"]]

    /// The `rejects.csv` delimiter of each pipeline's output dialect.
    static let delimiters: [String: Character] = ["german-excel": ";"]

    private static let runs: [String: Result<SampleRun, any Error>] = {
        var runs: [String: Result<SampleRun, any Error>] = [:]
        for pipeline in pipelines {
            runs[pipeline] = Result { try SampleRun(pipeline: pipeline) }
        }
        return runs
    }()

    static func named(_ pipeline: String) throws -> SampleRun {
        try #require(runs[pipeline]).get()
    }

    private init(pipeline: String) throws {
        let scratch = try Scratch()
        let out = scratch.path("out")
        self.pipeline = pipeline
        result = try LeadreconProcess.run(["run", "pipelines/\(pipeline).yaml", "--out", out, "--as-of", Self.asOf])
        summary = (try? Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("summary.json"))) ?? Data()
        rejects = (try? Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("rejects.csv"))) ?? Data()
        people = (try? Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("people.csv"))) ?? Data()
        pairs = (try? Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("pairs.csv"))) ?? Data()
        model = (try? Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("model.json"))) ?? Data()
        flags = (try? Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("flags.csv"))) ?? Data()
        reconciliation = (try? Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("reconciliation.csv"))) ?? Data()
        reportHTML = (try? Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("report.html"))) ?? Data()
        reportMarkdown = (try? Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("report.md"))) ?? Data()
    }

    func flagsCSV() -> ReportCSV { ReportCSV(flags, delimiter: Self.delimiters[pipeline] ?? ",") }

    func peopleCSV() -> ReportCSV { ReportCSV(people, delimiter: Self.delimiters[pipeline] ?? ",") }

    func summaryJSON() throws -> JSONValue { try JSONValue.parse(summary) }

    func rejectsCSV() -> ReportCSV { ReportCSV(rejects, delimiter: Self.delimiters[pipeline] ?? ",") }
}

@Suite struct SampleRunTests {
    @Test(arguments: SampleRun.pipelines)
    func reportsMatchTheGoldenFiles(pipeline: String) throws {
        let run = try SampleRun.named(pipeline)
        // 0 or 1: it ran (1 once findings at the alert level exist); 2 would be "could not run".
        #expect(!run.result.signalled && run.result.status <= 1, "\(run.result)")
        Golden.check(run.rejects, "\(pipeline)/rejects.csv")
        Golden.check(run.people, "\(pipeline)/people.csv")
        Golden.check(run.pairs, "\(pipeline)/pairs.csv")
        Golden.check(run.model, "\(pipeline)/model.json")
        if !run.flags.isEmpty { Golden.check(run.flags, "\(pipeline)/flags.csv") }
        if !run.reconciliation.isEmpty { Golden.check(run.reconciliation, "\(pipeline)/reconciliation.csv") }
        var summary = try run.summaryJSON()
        for path in SampleRun.volatile { summary = summary.removing(path) }
        Golden.check(try summary.encoded(), "\(pipeline)/summary.json")
    }

    /// Every malformed row sample-data/expected-rejects.csv lists is in rejects.csv at exactly its
    /// file and physical line, for a reason of its kind, and no other row was rejected.
    @Test(arguments: SampleRun.pipelines)
    func everyMalformedSampleRowIsRejectedAtItsLine(pipeline: String) throws {
        let run = try SampleRun.named(pipeline)
        let files = Set(try #require(try run.summaryJSON()["inputs"]?.array).compactMap { $0["path"]?.string })
        let expected = try SampleData.expectedRejects().filter { files.contains($0.file) }
        // The generated people register is clean; every pipeline on the lead exports reads a
        // file with malformed rows.
        #expect(!expected.isEmpty || pipeline == "people-dedupe", "each lead pipeline reads at least one file with a malformed row")
        let csv = run.rejectsCSV()
        #expect(csv.header == ["source", "file", "line", "reason", "raw"])
        let actual = csv.rows.map { row in
            SampleData.ExpectedReject(
                file: row["file"] ?? "", line: Int(row["line"] ?? "") ?? -1,
                code: String((row["reason"] ?? "").prefix { $0 != ":" }))
        }
        let order = { (a: SampleData.ExpectedReject, b: SampleData.ExpectedReject) in (a.file, a.line) < (b.file, b.line) }
        #expect(actual.sorted(by: order) == expected.sorted(by: order), "rejects.csv of \(pipeline)")
        #expect(csv.rows.allSatisfy { !($0["raw"] ?? "").isEmpty }, "every reject carries its raw text")
    }

    /// `rows read = rows loaded + rows rejected` for every input, the totals are the sums, and
    /// the counts agree with rejects.csv and with the record counts of sample-data/README.md.
    @Test(arguments: SampleRun.pipelines)
    func ledgerAddsUp(pipeline: String) throws {
        let run = try SampleRun.named(pipeline)
        let summary = try run.summaryJSON()
        let inputs = try #require(summary["inputs"]?.array)
        let ledger = try #require(summary["ledger"])
        let rejects = run.rejectsCSV().rows
        var read = 0, loaded = 0, rejected = 0
        var reasons: [String: Int] = [:]
        for input in inputs {
            let path = input["path"]?.string ?? "?"
            let rowsRead = try #require(input["rows_read"]?.int)
            let rowsLoaded = try #require(input["rows_loaded"]?.int)
            let rowsRejected = try #require(input["rows_rejected"]?.int)
            #expect(rowsRead == rowsLoaded + rowsRejected, "\(path)")
            #expect(rowsRead == SampleData.records[path], "\(path): records per sample-data/README.md")
            let byReason = (input["rejects_by_reason"]?.object ?? [:]).mapValues { $0.int ?? 0 }
            #expect(byReason.values.reduce(0, +) == rowsRejected, "\(path): rejects_by_reason")
            #expect(rejects.count { $0["file"] == path } == rowsRejected, "\(path): rows in rejects.csv")
            read += rowsRead
            loaded += rowsLoaded
            rejected += rowsRejected
            reasons.merge(byReason, uniquingKeysWith: +)
        }
        #expect(ledger["rows_read"]?.int == read)
        #expect(ledger["rows_loaded"]?.int == loaded)
        #expect(ledger["rows_rejected"]?.int == rejected)
        #expect((ledger["rejects_by_reason"]?.object ?? [:]).mapValues { $0.int ?? 0 } == reasons)
        #expect(rejects.count == rejected)
    }
}

@Suite struct SampleDataTests {
    /// The malformed rows the tests above look for are those sample-data/README.md lists (its
    /// "Malformed rows" table: `| `file` | physical line | record | why |`), the German one included.
    @Test func expectedRejectsListTheReadmesMalformedRows() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("sample-data/README.md"), encoding: .utf8)
        var listed: [String] = []
        for line in readme.split(separator: "\n") where line.hasPrefix("| `") && line.contains(".csv` | ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3, let physical = Int(cells[1]) else { continue }
            listed.append("sample-data/\(cells[0].trimmingCharacters(in: ["`"])):\(physical)")
        }
        let expected = try SampleData.expectedRejects().map { "\($0.file):\($0.line)" }
        #expect(listed.sorted() == expected.sorted())
        #expect(listed.contains("sample-data/german-excel/salesforce-leads-report.csv:167"))
    }
}
