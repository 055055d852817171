import Foundation
import GRDB
@testable import LeadreconCore
import Testing

/// A history file written by a leadrecon with schema v1 (a row per finding) is brought up to date
/// when opened: every run's findings become its one blob, and the v1 table and index are gone.
@Suite struct RunHistoryUpgradeTests {
    /// Schema v1 as leadrecon wrote it (GRDB's DDL, copied from a v1 file): written out here
    /// rather than taken from the migrator, so that this test keeps a v1 file even if the
    /// migrations change.
    static let v1Schema = """
        CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
        INSERT INTO grdb_migrations VALUES ('v1 runs, inputs, flag counts and findings');
        CREATE TABLE "runs" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "run_id" TEXT NOT NULL UNIQUE, "pipeline" TEXT NOT NULL,
            "pipeline_file" TEXT NOT NULL, "config_hash" TEXT NOT NULL, "as_of" TEXT NOT NULL, "started_at" TEXT NOT NULL,
            "leadrecon_version" TEXT NOT NULL, "pending" INTEGER NOT NULL, "sla_compliance" DOUBLE, "people" INTEGER,
            "records" INTEGER NOT NULL);
        CREATE INDEX "runs_on_pipeline" ON "runs"("pipeline");
        CREATE TABLE "run_inputs" ("run" INTEGER NOT NULL REFERENCES "runs"("id") ON DELETE CASCADE, "source" TEXT NOT NULL,
            "path" TEXT NOT NULL, "sha256" TEXT NOT NULL);
        CREATE INDEX "run_inputs_on_run" ON "run_inputs"("run");
        CREATE TABLE "run_flag_counts" ("run" INTEGER NOT NULL REFERENCES "runs"("id") ON DELETE CASCADE, "flag" TEXT NOT NULL,
            "count" INTEGER NOT NULL, UNIQUE ("run", "flag"));
        CREATE INDEX "run_flag_counts_on_run" ON "run_flag_counts"("run");
        CREATE TABLE "findings" ("run" INTEGER NOT NULL REFERENCES "runs"("id") ON DELETE CASCADE, "flag" TEXT NOT NULL,
            "finding_key" TEXT NOT NULL, "severity" TEXT NOT NULL);
        CREATE INDEX "findings_on_run" ON "findings"("run");
        CREATE INDEX "findings_by_run_and_key" ON "findings"("run", "finding_key");
        """

    /// Findings of the v1 file by run id; run 3 (of pipeline `other`) and run 4 have none.
    static let v1Findings: [Int64: [FrontCodedFindings.Entry]] = [
        1: [.init(key: "LEAKED_MQL|m:1|c:", severity: ""),
            .init(key: "IGNORED_GOOD_LEAD|m:2|c:00Q1", severity: "IGNORED")],
        2: [.init(key: "LEAKED_MQL|m:1|c:", severity: ""),
            .init(key: "IGNORED_GOOD_LEAD|m:2|c:00Q1", severity: "BREACH"),
            .init(key: "DUPLICATE_WORK|m:Müller-7,Müller-8|c:", severity: ""),
            .init(key: "PREMATURE_HANDOFF|m:3|c:00Q3", severity: "CONFIRMED")],
        3: [],
        4: [],
        5: [.init(key: "STATUS_DRIFT|m:|c:00Q9", severity: ""),
            .init(key: "DUPLICATE_WORK|m:😀1,😀2|c:", severity: "")],
    ]
    static let v1Pipelines: [Int64: String] = [1: "demo", 2: "demo", 3: "other", 4: "demo", 5: "demo"]

    /// Writes a v1 history file by hand: five runs, two pipelines, findings with non-ASCII keys.
    static func writeV1File(at file: URL) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: file.path)
        try queue.write { db in
            try db.execute(sql: v1Schema)
            for (run, pipeline) in v1Pipelines.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: """
                    INSERT INTO runs (id, run_id, pipeline, pipeline_file, config_hash, as_of, started_at, leadrecon_version,
                                      pending, sla_compliance, people, records)
                    VALUES (?, ?, ?, 'p.yaml', 'c0ffee', '2026-11-27T17:00:00Z', '2026-11-27T17:00:00Z', '0.1.0', 0, NULL, 3, 4)
                    """, arguments: [run, "run-\(run)", pipeline])
                try db.execute(sql: "INSERT INTO run_inputs VALUES (?, 'hubspot', 'a.csv', 'ab')", arguments: [run])
                for finding in v1Findings[run]! {
                    let flag = String(finding.key.prefix { $0 != "|" })
                    try db.execute(sql: "INSERT INTO findings VALUES (?, ?, ?, ?)", arguments: [run, flag, finding.key, finding.severity])
                    try db.execute(sql: """
                        INSERT INTO run_flag_counts VALUES (?, ?, 1)
                        ON CONFLICT (run, flag) DO UPDATE SET count = count + 1
                        """, arguments: [run, flag])
                }
            }
        }
    }

    @Test func aVersionOneFileKeepsItsFindingsAsBlobs() throws {
        let place = RunHistoryTests.Place()
        try Self.writeV1File(at: place.file)
        let history = try RunHistory(url: place.file)

        let stored = try RunHistoryTests.storedFindings(place.file)
        #expect(Set(stored.keys) == Set(Self.v1Findings.keys), "a row for every run, one without findings too")
        for (run, findings) in Self.v1Findings {
            #expect(stored[run] == findings.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }, "run \(run)")
        }
        #expect(try history.previousFindingKeys(pipeline: "demo") == Set(Self.v1Findings[5]!.map(\.key)))
        #expect(try history.previousFindingKeys(pipeline: "other") == [])

        let schema = try DatabaseQueue(path: place.file.path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name LIKE 'findings%' OR tbl_name = 'findings'")
        }
        #expect(schema.isEmpty, "the v1 table and its indexes are gone")
        let free = try DatabaseQueue(path: place.file.path).read { db in try Int.fetchOne(db, sql: "PRAGMA freelist_count") }
        #expect(free == 0, "their pages are given back to the disk")
        let trend = try history.previousRuns(pipeline: "demo")
        #expect(trend.map(\.runID) == ["run-1", "run-2", "run-4", "run-5"])
        #expect(trend.map(\.findings) == [2, 4, 0, 2], "the counts are kept as they were")
    }

    /// After the upgrade the file is a history like any other: the next run compares with the
    /// upgraded latest run, and its retention drops the older runs' findings.
    @Test func theNextRunComparesWithTheUpgradedRunAndPrunes() throws {
        let place = RunHistoryTests.Place()
        try Self.writeV1File(at: place.file)
        let history = try RunHistory(url: place.file)
        let key = FindingKey(flag: "STATUS_DRIFT", marketingIDs: [], crmIDs: ["00Q9"])
        #expect(try history.previousFindingKeys(pipeline: "demo")?.contains(key.description) == true)
        try history.record(RunHistoryTests.entry("run-6", findings: [key]), keepFindingsOfRuns: 2) {}
        #expect(Set(try RunHistoryTests.storedFindings(place.file).keys) == [3, 5, 6], "demo keeps two runs; other is untouched")
        #expect(try history.previousFindingKeys(pipeline: "demo") == [key.description])
    }

    /// Reopening an upgraded file changes nothing.
    @Test func anUpgradedFileIsNotMigratedAgain() throws {
        let place = RunHistoryTests.Place()
        try Self.writeV1File(at: place.file)
        _ = try RunHistory(url: place.file)
        let once = try RunHistoryTests.storedFindings(place.file)
        _ = try RunHistory(url: place.file)
        #expect(try RunHistoryTests.storedFindings(place.file) == once)
    }
}
