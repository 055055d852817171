import Foundation
import Testing

/// Run history across runs (issue 5, item 6): `new_since_last_run` in `flags.csv`, a corrupt
/// database, `--no-history`.
@Suite struct HistoryRunTests {
    static func flags(_ scratch: Scratch) throws -> ReportCSV {
        ReportCSV(try Data(contentsOf: scratch.url.appendingPathComponent("out/flags.csv")))
    }

    static func newColumn(_ flags: ReportCSV) -> [String: String] {
        Dictionary(uniqueKeysWithValues: flags.rows.map { ("\($0["flag"] ?? "") \($0["marketing_id"] ?? "")", $0["new_since_last_run"] ?? "?") })
    }

    /// Friday: the leaked MQL is the only finding and new (first run). Monday: the hand-raiser's
    /// window has passed, so it is IGNORED — new — while the leaked MQL is not new any more. A third
    /// run at the same instant finds nothing new.
    @Test func aFindingNewInTheSecondRunIsTheOnlyNewOne() throws {
        let scratch = try Scratch()
        let pipeline = try TwoLeads.write(into: scratch)
        let first = try LeadreconProcess.run(["run", pipeline, "--as-of", TwoLeads.friday, "--quiet"])
        #expect(first.status == 1, "\(first)")
        #expect(Self.newColumn(try Self.flags(scratch)) == ["LEAKED_MQL 53350130550": "true"])
        #expect(try scratch.entries(".leadrecon") == ["history.sqlite"], "the history sits beside the output directory")

        let second = try LeadreconProcess.run(["run", pipeline, "--as-of", TwoLeads.monday, "--quiet"])
        #expect(second.status == 1, "\(second)")
        #expect(Self.newColumn(try Self.flags(scratch)) == [
            "IGNORED_GOOD_LEAD 54658077305": "true",
            "LEAKED_MQL 53350130550": "false",
        ])

        let third = try LeadreconProcess.run(["run", pipeline, "--as-of", TwoLeads.monday, "--quiet"])
        #expect(third.status == 1, "\(third)")
        #expect(Self.newColumn(try Self.flags(scratch)).values.sorted() == ["false", "false"])

        // The report's trend: the two recorded runs and this one.
        let html = try String(contentsOf: scratch.url.appendingPathComponent("out/report.html"), encoding: .utf8)
        #expect(!html.contains("no trend yet"))
        let trend = try #require(html.range(of: "id=\"trend-table\"")).upperBound
        let trendTable = html[trend...].prefix { $0 != "§" }.components(separatedBy: "</table>")[0]
        #expect(trendTable.components(separatedBy: "<tr").count - 2 == 3, "a header row and three runs: \(trendTable)")
        #expect(trendTable.contains("this run"))
    }

    /// `outputs.history_keep_findings: 1`: from the second run on, each run drops the findings of
    /// the one before it once recorded, and says so; `new_since_last_run` is what it was with 30.
    @Test func keepingTheFindingsOfOneRun() throws {
        let scratch = try Scratch()
        let pipeline = try TwoLeads.write(into: scratch, outputs: "history_keep_findings: 1")
        let dropped = "findings of 1 older run dropped (history_keep_findings: 1)"
        for (asOf, expected) in [
            (TwoLeads.friday, ["LEAKED_MQL 53350130550": "true"]),
            (TwoLeads.monday, ["IGNORED_GOOD_LEAD 54658077305": "true", "LEAKED_MQL 53350130550": "false"]),
            (TwoLeads.monday, ["IGNORED_GOOD_LEAD 54658077305": "false", "LEAKED_MQL 53350130550": "false"]),
        ] {
            let first = asOf == TwoLeads.friday
            let result = try LeadreconProcess.run(["run", pipeline, "--as-of", asOf])
            #expect(result.status == 1, "\(result)")
            let recorded = try #require(result.stderrLines.first { $0.contains("history: run recorded with") }, "\(result)")
            #expect(recorded.hasSuffix(dropped) == !first, "\(recorded)")
            #expect(Self.newColumn(try Self.flags(scratch)) == expected)
        }
    }

    /// A failed run is not recorded: after a run that cannot publish, the next run still compares
    /// with the last successful one.
    @Test func aFailedRunIsNotRecorded() throws {
        let scratch = try Scratch()
        let pipeline = try TwoLeads.write(into: scratch)
        #expect(try LeadreconProcess.run(["run", pipeline, "--as-of", TwoLeads.friday, "--quiet"]).status == 1)
        // Too many rejects: the run stops after ingest with exit 2.
        let strict = try scratch.write("strict.yaml", try String(contentsOfFile: pipeline, encoding: .utf8)
            .replacingOccurrences(of: "max_reject_ratio: 0.5", with: "max_reject_ratio: 0.01"))
        let failed = try LeadreconProcess.run(["run", strict, "--as-of", TwoLeads.monday, "--quiet"])
        #expect(failed.status == 2, "\(failed)")
        #expect(try LeadreconProcess.run(["run", pipeline, "--as-of", TwoLeads.monday, "--quiet"]).status == 1)
        #expect(Self.newColumn(try Self.flags(scratch))["IGNORED_GOOD_LEAD 54658077305"] == "true")
    }

    /// Garbage at the history path: exit 2 naming the file and the way out, the file untouched,
    /// the previous reports untouched; `--no-history` then runs.
    @Test func aCorruptHistoryStopsTheRunAndIsKept() throws {
        let scratch = try Scratch()
        let pipeline = try TwoLeads.write(into: scratch)
        #expect(try LeadreconProcess.run(["run", pipeline, "--no-history", "--quiet"]).status == 1)
        let previous = try scratch.files("out")
        let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        let path = try scratch.write(".leadrecon/history.sqlite", garbage)

        let result = try LeadreconProcess.run(["run", pipeline, "--quiet"])
        #expect(result.status == 2, "\(result)")
        let reason = try #require(result.stderrLines.last)
        #expect(reason.hasPrefix("leadrecon: \(path): the run history is not a readable SQLite database"), "\(result)")
        #expect(reason.contains("move the file away") && reason.contains("--no-history"), "\(reason)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage, "never deleted or rewritten")
        #expect(try scratch.files("out") == previous, "the previous reports stay")

        let without = try LeadreconProcess.run(["run", pipeline, "--no-history", "--as-of", TwoLeads.monday, "--quiet"])
        #expect(without.status == 1, "\(without)")
        #expect(Set(Self.newColumn(try Self.flags(scratch)).values) == [""], "not known without history")
    }

    /// `--no-history` and `outputs.history: false` leave no database behind.
    @Test(arguments: [(["--no-history"], ""), ([], "history: false")])
    func noHistoryLeavesNoDatabase(flags: [String], setting: String) throws {
        let scratch = try Scratch()
        let pipeline = try TwoLeads.write(into: scratch, outputs: setting)
        let result = try LeadreconProcess.run(["run", pipeline, "--quiet"] + flags)
        #expect(result.status == 1, "\(result)")
        #expect(try scratch.entries() == ["inputs", "out", "pipeline.yaml"])
        #expect(Set(Self.newColumn(try Self.flags(scratch)).values) == [""])
    }

    /// `outputs.history: FILE` puts the database there (relative to the pipeline file).
    @Test func anExplicitHistoryFile() throws {
        let scratch = try Scratch()
        let pipeline = try TwoLeads.write(into: scratch, outputs: "history: state/runs.sqlite")
        #expect(try LeadreconProcess.run(["run", pipeline, "--quiet"]).status == 1)
        #expect(try scratch.entries("state") == ["runs.sqlite"])
        #expect(!FileManager.default.fileExists(atPath: scratch.path(".leadrecon")))
    }
}
