import Foundation
import Testing

/// `--pseudonymize` (issue 5, item 8): no original e-mail in any output, stable tokens under one
/// key, other tokens under another, no run without a key, re-identification only when asked.
@Suite struct PseudonymizeRunTests {
    static let key = "0123456789abcdef-test-key-one"
    static let otherKey = "fedcba9876543210-test-key-two"

    /// Runs the two-leads pipeline pseudonymised under `key` (given as a key file), into `scratch`.
    static func run(_ scratch: Scratch, key: String, extra: [String] = []) throws -> CommandResult {
        let pipeline = try TwoLeads.write(into: scratch)
        let keyFile = try scratch.write("key", key + "\n")
        return try LeadreconProcess.run(["run", pipeline, "--pseudonymize", "--pseudonym-key-file", keyFile, "--no-history", "--quiet"] + extra)
    }

    /// Every file of the output directory, as text.
    static func outputs(_ scratch: Scratch) throws -> [String: String] {
        try scratch.files("out").mapValues { String(decoding: $0, as: UTF8.self) }
    }

    @Test func noOriginalEmailInAnyOutputFile() throws {
        let scratch = try Scratch()
        let result = try Self.run(scratch, key: Self.key)
        #expect(result.status == 1, "\(result)")
        let outputs = try Self.outputs(scratch)
        #expect(outputs.keys.sorted() == ["flags.csv", "model.json", "pairs.csv", "people.csv", "reconciliation.csv", "rejects.csv",
                                          "report.html", "report.md", "summary.json"])
        for (name, text) in outputs {
            for email in TwoLeads.emails {
                #expect(!text.lowercased().contains(email), "\(email) in \(name)")
            }
            #expect(!text.contains("Matthias Brenner") && !text.contains("Åberg") && !text.contains("Horn,"), "a name in \(name)")
        }
        // The rejected row's text is one token; the owner is a name token.
        let rejects = ReportCSV(Data(try #require(outputs["rejects.csv"]).utf8))
        #expect(rejects.rows.map { $0["raw"]?.hasPrefix("row:") == true && $0["raw"]?.count == 20 } == [true])
        #expect(rejects.rows.first?["line"] == "4")
        let flags = ReportCSV(Data(try #require(outputs["flags.csv"]).utf8))
        #expect(flags.rows.allSatisfy { $0["owner"]?.isEmpty == true || $0["owner"]?.hasPrefix("name:") == true })
    }

    /// Same key: byte-identical outputs (apart from summary.json's volatile run id and times);
    /// another key: other tokens.
    @Test func sameKeySameTokensOtherKeyOtherTokens() throws {
        let one = try Scratch(), again = try Scratch(), other = try Scratch()
        #expect(try Self.run(one, key: Self.key).status == 1)
        #expect(try Self.run(again, key: Self.key).status == 1)
        #expect(try Self.run(other, key: Self.otherKey).status == 1)
        let rejects = { (scratch: Scratch) in try Self.outputs(scratch)["rejects.csv"] ?? "" }
        // The input paths differ between scratch folders; compare the raw tokens only.
        let raw = { (scratch: Scratch) in ReportCSV(Data(try rejects(scratch).utf8)).rows.map { $0["raw"] ?? "" } }
        #expect(try raw(one) == raw(again))
        #expect(try raw(one) != raw(other))
        #expect(try raw(one).allSatisfy { $0.hasPrefix("row:") })
    }

    @Test func noKeyNoRun() throws {
        let scratch = try Scratch()
        let pipeline = try TwoLeads.write(into: scratch, outputs: "pseudonymize: true")
        let result = try LeadreconProcess.run(["run", pipeline, "--quiet"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines.last?.contains("LEADRECON_PSEUDONYM_KEY") == true, "\(result)")
        #expect(try scratch.entries() == ["inputs", "pipeline.yaml"], "nothing written")
    }

    /// The re-identification file maps each token back, is written only when asked for, and not
    /// inside the output directory.
    @Test func reidentificationOnlyWhenAskedAndOutsideTheOutput() throws {
        let scratch = try Scratch()
        let table = scratch.path("private/reidentify.csv")
        #expect(try Self.run(scratch, key: Self.key, extra: ["--reidentification-file", table]).status == 1)
        let rows = ReportCSV(try Data(contentsOf: URL(fileURLWithPath: table))).rows
        let rejectsText = try #require(try Self.outputs(scratch)["rejects.csv"])
        let rejected = try #require(ReportCSV(Data(rejectsText.utf8)).rows.first)
        let original = rows.first { $0["token"] == rejected["raw"] }
        #expect(original?["kind"] == "row" && original?["value"]?.contains("x@broken.example") == true, "\(rows)")

        let inside = try Scratch()
        let refused = try Self.run(inside, key: Self.key, extra: ["--reidentification-file", inside.path("out/reidentify.csv")])
        #expect(refused.status == 2 && refused.stderr.contains("must not be inside the output directory"), "\(refused)")

        let plain = try Scratch()
        #expect(try Self.run(plain, key: Self.key).status == 1)
        #expect(try plain.entries() == ["inputs", "key", "out", "pipeline.yaml"])
    }
}
