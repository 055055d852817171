import PropertyBased
import Testing
@testable import LeadreconCore

/// The report's most serious findings are the first of all ranked findings sorted by severity,
/// age, person and CRM ids (ties in flags.csv order), however many there are.
@Suite struct ReportTopFindingsTests {
    static let flags = [("IGNORED_GOOD_LEAD", "IGNORED"), ("IGNORED_GOOD_LEAD", "BREACH"), ("LEAKED_MQL", ""),
                        ("PREMATURE_HANDOFF", "SUSPECTED"), ("SALES_SOURCED", ""), ("DUPLICATE_WORK", "")]

    static func finding(_ choice: [Int]) -> Finding {
        let (flag, severity) = flags[choice[0] % flags.count]
        var finding = Finding(flag: flag, personID: "P00000\(choice[1] % 4)")
        finding.severity = severity
        finding.mqlAt = choice[2] % 3 == 0 ? "" : "2026-0\(choice[2] % 3 + 1)-01T08:00:00+01:00"
        finding.handoffAt = choice[3] % 2 == 0 ? "" : "2026-02-15T08:00:00+01:00"
        finding.crmIDs = choice[4] % 2 == 0 ? [] : ["00Q\(choice[4] % 3)"]
        return finding
    }

    /// The reference: every ranked finding, fully sorted (stable).
    static func fullySorted(_ findings: [Finding]) -> [Finding] {
        let rank = { (finding: Finding) in ReportData.severityRank.firstIndex(of: "\(finding.flag):\(finding.severity)") }
        func age(_ finding: Finding) -> String {
            let age = finding.mqlAt.isEmpty ? finding.handoffAt : finding.mqlAt
            return age.isEmpty ? "~" : age
        }
        return findings.filter { rank($0) != nil }.sorted { a, b in
            (rank(a)!, age(a), a.personID, a.crmIDs.joined(separator: "|")) < (rank(b)!, age(b), b.personID, b.crmIDs.joined(separator: "|"))
        }
    }

    @Test func topIsThePrefixOfTheFullOrder() async {
        let choice = Gen.int(in: 0...11).array(of: 5)
        await propertyCheck(count: 300, input: zip(choice.array(of: 0...120), Gen.int(in: 1...60))) { choices, limit in
            let findings = choices.map(Self.finding)
            let expected = Self.fullySorted(findings)
            let (top, ranked) = ReportData.bySeverityThenAge(findings, limit: limit)
            #expect(ranked == expected.count)
            #expect(top.map(\.row) == expected.prefix(limit).map(\.row))
        }
    }
}
