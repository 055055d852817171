import Foundation
import GRDB
import PropertyBased
@testable import LeadreconCore
import Testing

@Suite struct RunHistoryTests {
    /// A history file in a fresh temporary folder (not created).
    final class Place {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadrecon-history-\(UUID().uuidString)")
        var file: URL { folder.appendingPathComponent("state/history.sqlite") }
        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    static func entry(_ runID: String, pipeline: String = "demo", counts: [String: Int] = [:],
                      findings: [FindingKey] = []) -> HistoryEntry {
        HistoryEntry(
            run: HistoryRun(runID: runID, startedAt: "2026-11-27T17:00:00Z", asOf: "2026-11-27T17:00:00Z", configHash: "c0ffee",
                            flagCounts: counts, pending: 3, slaCompliance: 0.5, people: 10, records: 12),
            pipeline: pipeline, pipelineFile: "pipelines/demo.yaml", leadreconVersion: "test",
            inputs: [.init(source: "hubspot", path: "a.csv", sha256: "ab")],
            findings: findings.map { .init(key: $0, severity: "IGNORED") })
    }

    @Test func aNewFileIsCreatedAndMigrated() throws {
        let place = Place()
        let history = try RunHistory(url: place.file)
        #expect(FileManager.default.fileExists(atPath: place.file.path))
        #expect(try history.previousRuns(pipeline: "demo").isEmpty)
        #expect(try history.previousFindingKeys(pipeline: "demo") == nil)
        let applied = try DatabaseQueue(path: place.file.path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        #expect(applied == ["v1 runs, inputs, flag counts and findings", "v2 findings as one front-coded blob per run"])
    }

    @Test func anEmptyFileIsMigrated() throws {
        let place = Place()
        try FileManager.default.createDirectory(at: place.file.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: place.file.path, contents: Data()))
        let history = try RunHistory(url: place.file)
        try history.record(Self.entry("1")) {}
        #expect(try history.previousRuns(pipeline: "demo").map(\.runID) == ["1"])
    }

    @Test func reopeningKeepsRunsAndDoesNotMigrateAgain() throws {
        let place = Place()
        try RunHistory(url: place.file).record(Self.entry("1")) {}
        let reopened = try RunHistory(url: place.file)
        #expect(try reopened.previousRuns(pipeline: "demo").count == 1)
    }

    @Test(arguments: [
        Data("this is not a database, it is a note someone saved here\n".utf8),
        Data("SQLite format 3\u{0}".utf8) + Data(repeating: 0xFF, count: 4080),
    ])
    func garbageIsACorruptHistoryAndIsKept(bytes: Data) throws {
        let place = Place()
        try FileManager.default.createDirectory(at: place.file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: place.file)
        #expect {
            _ = try RunHistory(url: place.file)
        } throws: { error in
            guard case .corrupt(let path, _) = error as? HistoryError else { return false }
            return path == place.file.path
        }
        #expect(try Data(contentsOf: place.file) == bytes)
    }

    @Test func aLockHeldLongerThanTheTimeoutIsReported() throws {
        let place = Place()
        _ = try RunHistory(url: place.file)
        // Another process in the middle of a write: it holds the lock until it ends its transaction.
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: place.file.path, configuration: configuration)
        try holder.writeWithoutTransaction { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
        #expect(throws: HistoryError.locked(path: place.file.path, seconds: 0.2)) {
            _ = try RunHistory(url: place.file, busyTimeout: 0.2)
        }
        try holder.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
        _ = try RunHistory(url: place.file, busyTimeout: 0.2)
    }

    @Test func aHistoryFromANewerLeadreconIsRefused() throws {
        let place = Place()
        _ = try RunHistory(url: place.file)
        try DatabaseQueue(path: place.file.path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99 from the future')")
        }
        #expect(throws: HistoryError.newerSchema(path: place.file.path)) { _ = try RunHistory(url: place.file) }
    }

    @Test func previousRunsAreTheLastOnesOfThePipelineOldestFirst() throws {
        let place = Place()
        let history = try RunHistory(url: place.file)
        for (index, pipeline) in ["demo", "other", "demo", "demo"].enumerated() {
            try history.record(Self.entry("\(index)", pipeline: pipeline, counts: ["LEAKED_MQL": index, "IGNORED_GOOD_LEAD": 10])) {}
        }
        let runs = try history.previousRuns(pipeline: "demo", limit: 2)
        #expect(runs.map(\.runID) == ["2", "3"])
        #expect(runs.map(\.findings) == [12, 13])
        #expect(runs.last == HistoryRun(runID: "3", startedAt: "2026-11-27T17:00:00Z", asOf: "2026-11-27T17:00:00Z",
                                        configHash: "c0ffee", flagCounts: ["LEAKED_MQL": 3, "IGNORED_GOOD_LEAD": 10],
                                        pending: 3, slaCompliance: 0.5, people: 10, records: 12))
        #expect(try history.previousRuns(pipeline: "other").map(\.runID) == ["1"])
    }

    @Test func previousFindingKeysAreThoseOfTheLatestRun() throws {
        let place = Place()
        let history = try RunHistory(url: place.file)
        let a = FindingKey(flag: "LEAKED_MQL", marketingIDs: ["1"], crmIDs: [])
        let b = FindingKey(flag: "IGNORED_GOOD_LEAD", marketingIDs: ["2"], crmIDs: ["00Q2", "00Q1"])
        try history.record(Self.entry("1", findings: [a])) {}
        try history.record(Self.entry("2", findings: [b])) {}
        #expect(try history.previousFindingKeys(pipeline: "demo") == [b.description])
        #expect(try history.previousFindingKeys(pipeline: "other") == nil)
    }

    /// The findings stored per run, decoded: run id → its findings in key order.
    static func storedFindings(_ file: URL) throws -> [Int64: [FrontCodedFindings.Entry]] {
        try DatabaseQueue(path: file.path).read { db in
            var stored: [Int64: [FrontCodedFindings.Entry]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT run, count, keys FROM run_findings") {
                let entries = try FrontCodedFindings.decode([UInt8](row["keys"] as Data))
                #expect(entries.count == row["count"] as Int)
                stored[row["run"]] = entries
            }
            return stored
        }
    }

    @Test func theSeverityIsKeptWithTheKey() throws {
        let place = Place()
        let history = try RunHistory(url: place.file)
        let a = FindingKey(flag: "IGNORED_GOOD_LEAD", marketingIDs: ["2"], crmIDs: ["00Q1"])
        let b = FindingKey(flag: "LEAKED_MQL", marketingIDs: ["1"], crmIDs: [])
        var entry = Self.entry("1", findings: [b, a])
        entry.findings[1].severity = "BREACH"
        entry.findings[0].severity = ""
        try history.record(entry) {}
        #expect(try Self.storedFindings(place.file) == [1: [.init(key: a.description, severity: "BREACH"),
                                                            .init(key: b.description, severity: "")]])
    }

    /// A run without findings is the latest run all the same: every finding of the next is new.
    @Test func aRunWithoutFindingsHasAnEmptySet() throws {
        let place = Place()
        let history = try RunHistory(url: place.file)
        try history.record(Self.entry("1", findings: [FindingKey(flag: "LEAKED_MQL", marketingIDs: ["1"], crmIDs: [])])) {}
        try history.record(Self.entry("2")) {}
        #expect(try history.previousFindingKeys(pipeline: "demo") == [])
    }

    /// Runs of two pipelines recorded in turn, `demo` keeping the findings of its last `keep`:
    /// `other`'s are never touched by `demo`'s setting, and every run's metadata and counts stay.
    @Test(arguments: [
        (1, 1, [1]),
        (1, 4, [4]),
        (2, 4, [3, 4]),
        (3, 5, [3, 4, 5]),
        (30, 4, [1, 2, 3, 4]),
    ])
    func olderRunsLoseOnlyTheirFindings(keep: Int, demoRuns: Int, keptDemoRuns: [Int]) throws {
        let place = Place()
        let history = try RunHistory(url: place.file)
        var runIDs: [String: [Int64]] = [:]   // pipeline → its runs' database ids (1, 2, …), oldest first
        var next: Int64 = 1
        for index in 1...demoRuns {
            for pipeline in ["demo", "other"] {
                let key = FindingKey(flag: "LEAKED_MQL", marketingIDs: ["\(pipeline)-\(index)"], crmIDs: [])
                let dropped = try history.record(Self.entry("\(pipeline)-\(index)", pipeline: pipeline, counts: ["LEAKED_MQL": 1],
                                                            findings: [key]),
                                                 keepFindingsOfRuns: pipeline == "demo" ? keep : 30) {}
                #expect(dropped == (pipeline == "demo" && index > keep ? 1 : 0), "\(pipeline)-\(index)")
                runIDs[pipeline, default: []].append(next)
                next += 1
            }
        }
        let stored = try Self.storedFindings(place.file)
        #expect(Set(stored.keys) == Set(keptDemoRuns.map { runIDs["demo"]![$0 - 1] } + runIDs["other"]!))
        #expect(stored[runIDs["demo"]!.last!]?.map(\.key) == ["LEAKED_MQL|m:demo-\(demoRuns)|c:"])
        #expect(try history.previousFindingKeys(pipeline: "demo") == ["LEAKED_MQL|m:demo-\(demoRuns)|c:"])
        let trend = try history.previousRuns(pipeline: "demo", limit: 100)
        #expect(trend.map(\.runID) == (1...demoRuns).map { "demo-\($0)" })
        #expect(trend.allSatisfy { $0.findings == 1 })
        let inputs = try DatabaseQueue(path: place.file.path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM run_inputs") }
        #expect(inputs == 2 * demoRuns)
    }

    /// A stored blob that does not decode is a corrupt history, named, like a damaged page.
    @Test func damagedFindingsAreACorruptHistory() throws {
        let place = Place()
        let history = try RunHistory(url: place.file)
        try history.record(Self.entry("1", findings: [FindingKey(flag: "LEAKED_MQL", marketingIDs: ["1"], crmIDs: [])])) {}
        try DatabaseQueue(path: place.file.path).write { db in
            try db.execute(sql: "UPDATE run_findings SET keys = substr(keys, 1, length(keys) - 3)")
        }
        #expect {
            _ = try history.previousFindingKeys(pipeline: "demo")
        } throws: { error in
            guard case .corrupt(let path, let reason) = error as? HistoryError else { return false }
            return path == place.file.path && reason.hasPrefix("the findings of run 1: findings cut short")
        }
    }

    /// The findings are checked page by page at open like the other tables: a broken chain of a
    /// blob's overflow pages stops the run before any stage, not when the blob is next read.
    @Test func aDamagedFindingsPageIsFoundWhenOpening() throws {
        let place = Place()
        let keys = (0..<3000).map { FindingKey(flag: "LEAKED_MQL", marketingIDs: ["\($0 * 7919)"], crmIDs: []) }
        try RunHistory(url: place.file).record(Self.entry("1", findings: keys)) {}
        let (page, pageSize) = try DatabaseQueue(path: place.file.path).read { db in
            (try #require(try Int.fetchOne(db, sql: "SELECT min(pageno) FROM dbstat WHERE name = 'run_findings' AND pagetype = 'overflow'")),
             try #require(try Int.fetchOne(db, sql: "PRAGMA page_size")))
        }
        let file = try FileHandle(forUpdating: place.file)
        try file.seek(toOffset: UInt64((page - 1) * pageSize))
        try file.write(contentsOf: [0x7F, 0xFF, 0xFF, 0xFF])   // the next overflow page: far past the end
        try file.close()
        #expect {
            _ = try RunHistory(url: place.file)
        } throws: { error in
            guard case .corrupt(let path, _) = error as? HistoryError else { return false }
            return path == place.file.path
        }
    }

    struct PublishFailed: Error {}

    @Test func aRunWhosePublishFailsIsNotRecorded() throws {
        let place = Place()
        let history = try RunHistory(url: place.file)
        #expect(throws: PublishFailed.self) { try history.record(Self.entry("1")) { throw PublishFailed() } }
        #expect(try history.previousRuns(pipeline: "demo").isEmpty)
        var published = false
        try history.record(Self.entry("2")) { published = true }
        #expect(published)
        #expect(try history.previousRuns(pipeline: "demo").map(\.runID) == ["2"])
    }

    @Test func aFindingKeyIsTheFlagAndSortedRecordIDsNotThePerson() {
        var finding = Finding(flag: "DUPLICATE_WORK", personID: "P000001")
        finding.marketingIDs = ["9", "10"]
        finding.crmIDs = ["00QB", "00QA"]
        var renumbered = finding
        renumbered.personID = "P000777"
        renumbered.crmIDs = ["00QA", "00QB"]
        #expect(FindingKey(finding) == FindingKey(renumbered))
        #expect(FindingKey(finding).description == "DUPLICATE_WORK|m:10,9|c:00QA,00QB")
        // An id moved from one side to the other is another finding.
        #expect(FindingKey(flag: "X", marketingIDs: ["1"], crmIDs: []) != FindingKey(flag: "X", marketingIDs: [], crmIDs: ["1"]))
    }

    /// The key text, appended piece by piece, is the flag and each side's sorted ids joined, for
    /// any number of ids a side (none, one, several; ids of any length, non-ASCII too).
    @Test func aFindingKeyTextIsTheFlagAndTheSortedIDsJoined() async {
        let id = Gen.int(in: 0...30).map { $0 == 0 ? "" : $0 < 20 ? "00Q5g00000\($0)ABC" : "ü-\($0)" }
        let ids = id.array(of: 0...4)
        await propertyCheck(count: 300, input: zip(ids, ids)) { marketing, crm in
            let key = FindingKey(flag: "IGNORED_GOOD_LEAD", marketingIDs: marketing, crmIDs: crm)
            let expected = "IGNORED_GOOD_LEAD|m:\(marketing.sorted().joined(separator: ","))|c:\(crm.sorted().joined(separator: ","))"
            #expect(key.description == expected)
            #expect(key == FindingKey(flag: "IGNORED_GOOD_LEAD", marketingIDs: marketing.reversed(), crmIDs: crm.reversed()))
        }
    }

    @Test(arguments: [
        (nil, ["true", "true"]),
        (Set<String>(), ["true", "true"]),
        (Set(["LEAKED_MQL|m:1|c:"]), ["false", "true"]),
    ] as [(Set<String>?, [String])])
    func newSinceLastRun(previous: Set<String>?, expected: [String]) {
        var findings = [Finding(flag: "LEAKED_MQL", personID: "P1"), Finding(flag: "LEAKED_MQL", personID: "P2")]
        findings[0].marketingIDs = ["1"]
        findings[1].marketingIDs = ["2"]
        PipelineRunner.markNewSinceLastRun(&findings, previous: previous)
        #expect(findings.map(\.newSinceLastRun) == expected)
    }
}
