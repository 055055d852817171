import Foundation
import Testing

/// Cron behaviour of `run` on stderr: `--log-format json` gives one JSON object per line with
/// `ts`, `level` and `msg` (and fields); with stderr not a terminal there is no progress bar (no
/// carriage return, no escape sequence), in either format.
@Suite struct LogFormatTests {
    static let levels: Set<String> = ["info", "warning", "error"]

    /// Every stderr line parses as a JSON object of the documented shape.
    func expectJSONLines(_ result: CommandResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> [JSONValue] {
        #expect(!result.stderrLines.isEmpty, "\(result)", sourceLocation: sourceLocation)
        return try result.stderrLines.map { line in
            let object = try JSONValue.parse(Data(line.utf8))
            let keys = try #require(object.object, "not an object: \(line)", sourceLocation: sourceLocation).keys
            #expect(line.hasPrefix("{\"ts\":\""), "ts first: \(line)", sourceLocation: sourceLocation)
            let ts = object["ts"]?.string ?? ""
            #expect(ts.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/) != nil, "\(line)", sourceLocation: sourceLocation)
            #expect(Self.levels.contains(object["level"]?.string ?? ""), "\(line)", sourceLocation: sourceLocation)
            #expect(object["msg"]?.string?.isEmpty == false, "\(line)", sourceLocation: sourceLocation)
            #expect(keys.contains("ts") && keys.contains("level") && keys.contains("msg"), sourceLocation: sourceLocation)
            return object
        }
    }

    @Test func jsonLinesForARun() throws {
        let scratch = try Scratch()
        let pipeline = try SmallPipeline.write(into: scratch)
        let result = try LeadreconProcess.run(["run", pipeline, "--out", scratch.path("out"), "--log-format", "json"])
        #expect(result.status == 0, "\(result)")
        let lines = try expectJSONLines(result)
        let ingest = lines.filter { $0["stage"]?.string == "ingest" }
        #expect(ingest.count == 2, "reading and loaded lines of the one source: \(result)")
        #expect(ingest.allSatisfy { $0["level"]?.string == "info" })
        let warnings = lines.filter { $0["level"]?.string == "warning" }
        #expect(warnings.contains { $0["msg"]?.string?.hasPrefix("the flag stage needs the link stage") == true }, "\(result)")
        let last = try #require(lines.last)
        #expect(last["msg"]?.string == "run finished")
        #expect(last["exit_code"]?.int == 0 && last["rows_read"]?.int == 3 && last["rows_loaded"]?.int == 3)
        #expect(last["out"]?.string == scratch.path("out"))
        #expect(!result.stdout.isEmpty, "the headline still goes to stdout")
    }

    @Test func jsonErrorLineWhenTheRunCannotStart() throws {
        let scratch = try Scratch()
        let pipeline = try scratch.write("pipeline.yaml", SmallPipeline.yaml(source: scratch.path("missing.csv")))
        for quiet in [false, true] {
            let result = try LeadreconProcess.run(["run", pipeline, "--out", scratch.path("out"), "--log-format", "json"]
                                                  + (quiet ? ["--quiet"] : []))
            #expect(result.status == 2, "\(result)")
            let lines = try expectJSONLines(result)
            let error = try #require(lines.last)
            #expect(error["level"]?.string == "error" && error["exit_code"]?.int == 2, "\(result)")
            #expect(error["msg"]?.string?.hasPrefix("\(pipeline):") == true, "names the file: \(result)")
            #expect(error["msg"]?.string?.contains("missing.csv") == true, "\(result)")
        }
    }

    /// A quiet JSON run that succeeds prints nothing at all.
    @Test func quietJSONRunPrintsNothing() throws {
        let scratch = try Scratch()
        let pipeline = try SmallPipeline.write(into: scratch)
        let result = try LeadreconProcess.run(["run", pipeline, "--out", scratch.path("out"), "--log-format", "json", "--quiet"])
        #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty, "\(result)")
    }

    /// stderr is a file here, as under cron: no bar, in either format, even over a few MB.
    @Test(arguments: ["text", "json"])
    func noProgressBarWhenStderrIsNotATerminal(format: String) throws {
        let scratch = try Scratch()
        let big = try scratch.write("big.csv", InterruptedRunTests.contacts(bytes: 4 << 20))
        let pipeline = try scratch.write("pipeline.yaml", SmallPipeline.yaml(source: big))
        let result = try LeadreconProcess.run(["run", pipeline, "--out", scratch.path("out"), "--log-format", format])
        #expect(result.status == 0, "\(result)")
        #expect(!result.stderr.contains("\r") && !result.stderr.contains("\u{1B}"), "\(result)")
        #expect(!result.stderr.contains("rows/s") && !result.stderr.contains("ETA"), "\(result)")
    }

    /// `--max-block-size` reaches the link stage: on the sample data a limit of 2 skips blocks,
    /// each reported as a warning line of stage `link`.
    @Test func maxBlockSizeFlagSkipsBlocksWithWarnings() throws {
        let scratch = try Scratch()
        let result = try LeadreconProcess.run(["run", "pipelines/default.yaml", "--out", scratch.path("out"),
                                               "--log-format", "json", "--max-block-size", "2"])
        #expect(result.status == 0 || result.status == 1, "\(result)")
        let lines = try expectJSONLines(result)
        let skipped = lines.filter {
            $0["stage"]?.string == "link" && $0["level"]?.string == "warning"
                && $0["msg"]?.string?.hasSuffix("above the maximum block size") == true
        }
        #expect(!skipped.isEmpty, "\(result.stderrLines.prefix(20))")
    }

    @Test func unknownLogFormatIsAUsageError() throws {
        let scratch = try Scratch()
        let pipeline = try SmallPipeline.write(into: scratch)
        let result = try LeadreconProcess.run(["run", pipeline, "--log-format", "xml"])
        #expect(result.status == 64, "\(result)")
    }
}
