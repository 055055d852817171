import Foundation
import Testing

/// The flag stage against the generator's truth (`sample-data/scenarios.csv`, derived from a
/// literal re-statement of RULES.md): every expected finding, with its severity and reason codes,
/// for the default settings and the two settings the generator varies.
@Suite struct FlagScenarioTests {
    struct Expected: Hashable {
        var scenario: String
        var flag: String
        var severity: String
        var reasons: String
        var ids: Set<String>
    }

    static func expected(config: String) throws -> (findings: [Expected], pending: Int) {
        let data = try Data(contentsOf: packageRoot.appendingPathComponent("sample-data/scenarios.csv"))
        var findings: [Expected] = []
        var pending = 0
        for row in ReportCSV(data).rows where row["config"] == config {
            let flag = row["flag"] ?? ""
            if flag == "PENDING" { pending += 1 }
            guard !["NONE", "PENDING", ""].contains(flag) else { continue }
            let ids = ((row["hubspot_record_ids"] ?? "") + "|" + (row["salesforce_lead_ids"] ?? ""))
                .split(separator: "|").map(String.init)
            findings.append(Expected(scenario: row["scenario"] ?? "", flag: flag, severity: row["severity"] ?? "",
                                     reasons: row["reasons"] ?? "", ids: Set(ids)))
        }
        return (findings, pending)
    }

    /// Expected findings not in `flags.csv` with the same flag, severity and reasons on one of their records.
    static func missing(_ expected: [Expected], in flags: ReportCSV) -> [Expected] {
        expected.filter { want in
            !flags.rows.contains { row in
                guard row["flag"] == want.flag, row["severity"] == want.severity, row["reasons"] == want.reasons else { return false }
                let ids = ((row["marketing_id"] ?? "") + "|" + (row["crm_id"] ?? "")).split(separator: "|").map(String.init)
                return !want.ids.isDisjoint(with: ids)
            }
        }
    }

    @Test func defaultSettingsProduceEveryExpectedFinding() throws {
        let run = try SampleRun.named("default")
        let (expected, pending) = try Self.expected(config: "default")
        let flags = run.flagsCSV()
        #expect(expected.count > 500)
        let missing = Self.missing(expected, in: flags)
        #expect(missing.isEmpty, "missing: \(missing.prefix(10))")
        // The only extras: MQLs whose CRM lead the link stage did not match (5 pairs of 1,221 in
        // the truth are missed, see LinkQualityTests), which then look leaked.
        #expect(flags.rows.count <= expected.count + 5, "\(flags.rows.count) findings for \(expected.count) expected")
        let summary = try run.summaryJSON()
        #expect(summary.object?["findings"]?.object?["pending"]?.int == pending)
        // Findings at the alert level: run exits 1.
        #expect(run.result.status == 1)
    }

    @Test(arguments: [
        ("good_lead.business_email_only=true", "rules:\n  good_lead: {business_email_only: true}\n"),
        ("premature.min_score=40", "rules:\n  premature: {min_score: 40}\n"),
    ])
    func variedSettingsProduceTheirExpectedFindings(config: String, rules: String) throws {
        let scratch = try Scratch()
        var yaml = try String(contentsOf: packageRoot.appendingPathComponent("pipelines/default.yaml"), encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "../sample-data/", with: packageRoot.appendingPathComponent("sample-data").path + "/")
        yaml = yaml.replacingOccurrences(of: "\nalert:", with: "\n" + rules + "alert:")
        let pipeline = try scratch.write("pipeline.yaml", yaml)
        let out = scratch.path("out")
        let result = try LeadreconProcess.run(["run", pipeline, "--out", out, "--quiet"])
        #expect(result.status == 1, "\(result)")
        let flags = ReportCSV(try Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("flags.csv")))
        let (expected, _) = try Self.expected(config: config)
        #expect(!expected.isEmpty)
        let missing = Self.missing(expected, in: flags)
        #expect(missing.isEmpty, "missing: \(missing.prefix(10))")
    }
}
