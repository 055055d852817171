import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The command-line contract of DESIGN.md: exit code 2 with a one-line `leadrecon: FILE:LINE:COL:`
/// reason when a run cannot start; validate, inspect and init as scripts use them.
@Suite struct CouldNotRunTests {
    /// A pipeline that cannot run. `{dir}` stands for the test's scratch folder; `1️⃣` in a text
    /// file marks where the message must point.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var pipeline: String
        var files: [String: String] = [:]
        var binaryFiles: [String: [UInt8]] = [:]
        /// For a binary file, which has no marker: file name, line, column.
        var location: (file: String, line: Int, column: Int)?
        var messageContains: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unknown key in the pipeline file", pipeline: """
            version: 1
            sources:
              - name: contacts
                role: marketing
                path: "{dir}/contacts.csv"
                1️⃣treshold: 0.9
            stages: [ingest, report]

            """, files: ["contacts.csv": SmallPipeline.contacts], messageContains: ["unknown key 'treshold'"]),
        Case(name: "source file missing", pipeline: """
            version: 1
            sources:
              - name: contacts
                role: marketing
                path: 1️⃣"{dir}/no-such-export.csv"
            stages: [ingest, report]

            """, messageContains: ["no-such-export.csv", "not found"]),
        Case(name: "headers do not map", pipeline: """
            version: 1
            sources:
              - name: contacts
                role: marketing
                path: "{dir}/contacts.csv"
                preset: hubspot_contacts
            stages: [ingest, report]

            """, files: ["contacts.csv": """
            1️⃣Recrod ID,First Name,Last Name,Email
            101,Anna,Becker,anna.becker@example.com

            """], messageContains: ["source 'contacts'", "no column for 'record_id'", #"closest headers: "Recrod ID""#]),
        Case(name: "source is really an XLSX workbook", pipeline: """
            version: 1
            sources:
              - name: leads
                role: crm_leads
                path: "{dir}/leads.csv"
            stages: [ingest, report]

            """, binaryFiles: ["leads.csv": [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]
                + Array("[Content_Types].xml".utf8) + [0x00, 0xFF, 0xFE, 0x00, 0x9C]],
             location: ("leads.csv", 1, 1), messageContains: ["XLSX", "save it as CSV"]),
    ]

    /// `run` (with and without `--quiet`) and `validate` exit 2 with the same one-line reason at
    /// the marked place; progress lines may come first, the reason is the last line.
    @Test(arguments: cases)
    func exitsTwoWithOneLineNamingFileLineAndColumn(_ example: Case) throws {
        let scratch = try Scratch()
        let fill = { (text: String) in text.replacingOccurrences(of: "{dir}", with: scratch.url.path) }
        var location: String?
        let pipeline = MarkedText(fill(example.pipeline))
        let pipelinePath = try scratch.write("pipeline.yaml", pipeline.text)
        if let position = pipeline.position { location = "\(pipelinePath):\(position.line):\(position.column)" }
        for (name, text) in example.files {
            let file = MarkedText(text)
            let path = try scratch.write(name, file.text)
            if let position = file.position { location = "\(path):\(position.line):\(position.column)" }
        }
        for (name, bytes) in example.binaryFiles { try scratch.write(name, Data(bytes)) }
        if let given = example.location { location = "\(scratch.path(given.file)):\(given.line):\(given.column)" }
        let prefix = "leadrecon: \(try #require(location)): "

        let out = scratch.path("out")
        let run = try LeadreconProcess.run(["run", pipelinePath, "--out", out])
        let quiet = try LeadreconProcess.run(["run", pipelinePath, "--out", out, "--quiet"])
        let validate = try LeadreconProcess.run(["validate", pipelinePath])
        for result in [run, quiet, validate] {
            #expect(result.status == 2 && !result.signalled, "\(result)")
            let reason = result.stderrLines.last ?? ""
            #expect(reason.hasPrefix(prefix), "\(result)")
            for fragment in example.messageContains { #expect(reason.contains(fragment), "\(result)") }
            #expect(result.stderrLines.filter { $0.hasPrefix("leadrecon:") }.count == 1, "one reason line: \(result)")
        }
        #expect(quiet.stderrLines.count == 1 && quiet.stdout.isEmpty, "under --quiet only the reason: \(quiet)")
        #expect(run.stderrLines.last == validate.stderrLines.last, "run and validate give the same reason")
        #expect(!FileManager.default.fileExists(atPath: out), "nothing published")
        #expect(try scratch.entries().allSatisfy { !$0.hasPrefix(".out.") }, "no staging or lock left behind")
    }
}

@Suite struct PipelineProblemsTests {
    /// A pipeline file reports all of its problems at once: one `leadrecon: FILE:LINE:COL:` line each.
    @Test(arguments: ["run", "validate"])
    func everyProblemIsALineOfItsOwn(command: String) throws {
        let scratch = try Scratch()
        let pipeline = MarkedText("""
            version: 1
            1️⃣treshold: 0.9
            sources:
              - name: contacts
                role: marketing
                path: 2️⃣"\(scratch.url.path)/no-such-export.csv"
                3️⃣colums: {}

            """)
        let path = try scratch.write("pipeline.yaml", pipeline.text)
        let result = try LeadreconProcess.run([command, path] + (command == "run" ? ["--out", scratch.path("out")] : []))
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        let expected = pipeline.positions.map { "leadrecon: \(path):\($0.line):\($0.column): " }
        #expect(result.stderrLines.count == expected.count, "\(result)")
        for (line, prefix) in zip(result.stderrLines, expected) { #expect(line.hasPrefix(prefix), "\(result)") }
        #expect(result.stderrLines.last?.hasSuffix("unknown key 'colums' (did you mean 'columns'?)") == true, "\(result)")
    }
}

@Suite struct ValidateTests {
    @Test(arguments: SampleRun.pipelines)
    func shippedPipelinesValidate(pipeline: String) throws {
        let result = try LeadreconProcess.run(["validate", "pipelines/\(pipeline).yaml"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        #expect(result.stdoutLines.last?.hasPrefix("pipelines/\(pipeline).yaml: ok") == true, "\(result)")
    }
}

@Suite struct InspectTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var preset: String
        var role: String
        var encoding: String
        var delimiter: String = ","
        var headerLine = 1
        var footerRowsSkipped = 0
        var rejected = 0
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "sample-data/hubspot-contacts.csv", preset: "hubspot_contacts", role: "marketing", encoding: "utf-8"),
        Case(file: "sample-data/salesforce-leads.csv", preset: "salesforce_lead_api", role: "crm_leads",
             encoding: "utf-8", rejected: 1),
        Case(file: "sample-data/salesforce-tasks.csv", preset: "salesforce_task_api", role: "crm_activities",
             encoding: "utf-8", rejected: 2),
        Case(file: "sample-data/german-excel/salesforce-leads-report.csv", preset: "salesforce_lead_report",
             role: "crm_leads", encoding: "windows-1252", delimiter: ";", headerLine: 3, footerRowsSkipped: 3,
             rejected: 1),
        Case(file: "sample-data/german-excel/hubspot-kontakte.csv", preset: "hubspot_contacts", role: "marketing",
             encoding: "utf-8 (BOM)", delimiter: ";"),
    ]

    @Test(arguments: cases)
    func jsonNamesPresetRoleEncodingAndLayout(_ example: Case) throws {
        let result = try LeadreconProcess.run(["inspect", example.file, "--json"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        let json = try JSONValue.parse(Data(result.stdout.utf8))
        let report = try #require(json["report"])
        #expect(report["preset"]?.string == example.preset)
        #expect(report["preset_detected"]?.bool == true)
        #expect(report["role"]?.string == example.role)
        #expect(report["encoding"]?.string == example.encoding)
        #expect(report["delimiter"]?.string == example.delimiter)
        #expect(report["header_line"]?.int == example.headerLine)
        #expect(report["footer_rows_skipped"]?.int == example.footerRowsSkipped)
        #expect(report["rows_read"]?.int == SampleData.records[example.file])
        #expect(report["rows_rejected"]?.int == example.rejected)
        let read = report["rows_read"]?.int ?? -1, loaded = report["rows_loaded"]?.int ?? -1
        #expect(read == loaded + example.rejected)
        #expect(json["rejects"]?.array?.count == example.rejected)
        #expect(json["samples"]?.array?.isEmpty == false)
    }
}

@Suite struct InitTests {
    static let exports = ["sample-data/hubspot-contacts.csv", "sample-data/salesforce-leads.csv",
                          "sample-data/salesforce-tasks.csv"]

    /// Absolute paths: the pipeline file can be saved anywhere.
    @Test func starterPipelineWithAbsolutePathsValidates() throws {
        let scratch = try Scratch()
        let files = Self.exports.map { packageRoot.appendingPathComponent($0).path }
        let initResult = try LeadreconProcess.run(["init"] + files)
        #expect(initResult.status == 0, "\(initResult)")
        let pipeline = try scratch.write("pipeline.yaml", initResult.stdout)
        try expectValidates(pipeline, sources: files.count)
    }

    /// Relative paths, as the help says: run init in the folder the pipeline file will live in.
    /// That folder is a scratch folder inside the package (under the git-ignored `.leadrecon/`).
    @Test func starterPipelineWithRelativePathsValidates() throws {
        let parent = packageRoot.appendingPathComponent(".leadrecon")
        let createdParent = !FileManager.default.fileExists(atPath: parent.path)
        let scratch = try Scratch(in: parent)
        defer {
            if createdParent, (try? FileManager.default.contentsOfDirectory(atPath: parent.path))?.count == 1 {
                try? FileManager.default.removeItem(at: scratch.url)
                try? FileManager.default.removeItem(at: parent)
            }
        }
        let initResult = try LeadreconProcess.run(["init"] + Self.exports.map { "../../" + $0 }, in: scratch.url)
        #expect(initResult.status == 0, "\(initResult)")
        #expect(initResult.stdout.contains(#"path: "../../sample-data/hubspot-contacts.csv""#), "\(initResult)")
        let pipeline = try scratch.write("pipeline.yaml", initResult.stdout)
        try expectValidates(pipeline, sources: Self.exports.count)
    }

    private func expectValidates(_ pipeline: String, sources: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let validate = try LeadreconProcess.run(["validate", pipeline])
        #expect(validate.status == 0, "\(validate)", sourceLocation: sourceLocation)
        #expect(validate.stdoutLines.last?.hasSuffix("ok — \(sources) sources, stages ingest → normalize → link → flag → report") == true,
                "\(validate)", sourceLocation: sourceLocation)
    }
}

@Suite struct OutputDirectoryTests {
    @Test func quietRunPrintsNothing() throws {
        let scratch = try Scratch()
        let pipeline = try SmallPipeline.write(into: scratch)
        let loud = try LeadreconProcess.run(["run", pipeline, "--out", scratch.path("loud")])
        #expect(loud.status == 0 && loud.stderr.contains("warning: the flag stage needs the link stage"), "the run has a warning to hold back: \(loud)")
        let quiet = try LeadreconProcess.run(["run", pipeline, "--out", scratch.path("out"), "--quiet"])
        #expect(quiet.status == 0, "\(quiet)")
        #expect(quiet.stdout.isEmpty && quiet.stderr.isEmpty, "\(quiet)")
        #expect(try scratch.entries("out") == ["rejects.csv", "report.html", "report.md", "summary.json"])
    }

    @Test func secondRunReplacesTheReports() throws {
        let scratch = try Scratch()
        let pipeline = try SmallPipeline.write(into: scratch)
        let first = try LeadreconProcess.run(["run", pipeline, "--out", scratch.path("out"), "--quiet"])
        #expect(first.status == 0, "\(first)")
        try scratch.write("out/flags.csv", "left over from an older version\n")
        try scratch.write("out/notes.txt", "a user's file\n")
        let second = try LeadreconProcess.run(["run", pipeline, "--out", scratch.path("out"), "--quiet"])
        #expect(second.status == 0, "\(second)")
        #expect(try scratch.entries("out") == ["rejects.csv", "report.html", "report.md", "summary.json"])
        // .leadrecon/ is the run history's default place, beside the output directory.
        #expect(try scratch.entries() == [".leadrecon", "contacts.csv", "out", "pipeline.yaml"], "no lock, staging or previous folder left")
    }

    enum LockHolder: String, CaseIterable, Sendable {
        case testProcess = "the test process", parentProcess = "the test process's parent", initProcess = "pid 1"

        var pid: Int32 {
            switch self {
            case .testProcess: getpid()
            case .parentProcess: getppid()
            case .initProcess: 1
            }
        }
    }

    @Test(arguments: LockHolder.allCases)
    func lockOfALiveProcessStopsTheRun(holder: LockHolder) throws {
        let scratch = try Scratch()
        let pipeline = try SmallPipeline.write(into: scratch)
        let lock = try scratch.write(".out.lock", "\(holder.pid)\n")
        let result = try LeadreconProcess.run(["run", pipeline, "--out", scratch.path("out")])
        #expect(result.status == 2, "\(result)")
        let reason = result.stderrLines.last ?? ""
        #expect(reason.hasPrefix("leadrecon: \(scratch.path("out")): another leadrecon run (pid \(holder.pid))"), "\(result)")
        #expect(reason.contains(lock), "names the lock file to delete: \(result)")
        #expect(try String(contentsOfFile: lock, encoding: .utf8) == "\(holder.pid)\n", "the lock is not ours to touch")
        #expect(try scratch.entries() == [".out.lock", "contacts.csv", "pipeline.yaml"])
    }

    @Test func lockOfADeadProcessIsTakenOver() throws {
        let scratch = try Scratch()
        let pipeline = try SmallPipeline.write(into: scratch)
        let dead = try #require((999_999...1_000_100).reversed().first { kill(Int32($0), 0) != 0 && errno == ESRCH })
        try scratch.write(".out.lock", "\(dead)\n")
        try scratch.write(".out.staging-\(dead)/summary.json", "{}\n")
        let result = try LeadreconProcess.run(["run", pipeline, "--out", scratch.path("out")])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("took over the stale lock \(scratch.path(".out.lock")) (process \(dead) is gone)"), "\(result)")
        #expect(try scratch.entries() == [".leadrecon", "contacts.csv", "out", "pipeline.yaml"], "lock released, dead run's staging removed")
        #expect(try scratch.entries("out") == ["rejects.csv", "report.html", "report.md", "summary.json"])
    }
}
