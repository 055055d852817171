import Foundation
import GRDB

extension RunHistory {
    static let versionOne = "v1 runs, inputs, flag counts and findings"
    static let findingsAsBlobs = "v2 findings as one front-coded blob per run"

    /// The schema, as named migrations applied in order. A released migration is never edited:
    /// changes are a new migration, so every history file ever written can be brought up to date.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(versionOne) { db in
            try db.create(table: "runs") { table in
                // Insertion order is the order runs finished in: "previous" means the highest id.
                table.autoIncrementedPrimaryKey("id")
                table.column("run_id", .text).notNull().unique()
                table.column("pipeline", .text).notNull().indexed()
                table.column("pipeline_file", .text).notNull()
                table.column("config_hash", .text).notNull()
                table.column("as_of", .text).notNull()
                table.column("started_at", .text).notNull()
                table.column("leadrecon_version", .text).notNull()
                table.column("pending", .integer).notNull()
                table.column("sla_compliance", .double)
                table.column("people", .integer)
                table.column("records", .integer).notNull()
            }
            try db.create(table: "run_inputs") { table in
                table.column("run", .integer).notNull().indexed().references("runs", onDelete: .cascade)
                table.column("source", .text).notNull()
                table.column("path", .text).notNull()
                table.column("sha256", .text).notNull()
            }
            try db.create(table: "run_flag_counts") { table in
                table.column("run", .integer).notNull().indexed().references("runs", onDelete: .cascade)
                table.column("flag", .text).notNull()
                table.column("count", .integer).notNull()
                table.uniqueKey(["run", "flag"])
            }
            try db.create(table: "findings") { table in
                table.column("run", .integer).notNull().indexed().references("runs", onDelete: .cascade)
                table.column("flag", .text).notNull()
                table.column("finding_key", .text).notNull()
                table.column("severity", .text).notNull()
            }
            try db.create(index: "findings_by_run_and_key", on: "findings", columns: ["run", "finding_key"])
        }
        // A row per finding cost 50 MB and 2-3 s per run at a million leads, and seconds to
        // delete: a run's findings are now one front-coded blob (FrontCodedFindings, 7 MB), and
        // only the last runs of a pipeline keep theirs (`outputs.history_keep_findings`).
        migrator.registerMigration(findingsAsBlobs) { db in
            try db.create(table: "run_findings") { table in
                table.primaryKey("run", .integer).references("runs", onDelete: .cascade)
                table.column("count", .integer).notNull()
                table.column("keys", .blob).notNull()
            }
            // Every run gets its row, one with no findings too, as every run recorded from now on
            // does. Retention is a pipeline setting, unknown here: the next recorded run of each
            // pipeline applies it.
            for run in try Int64.fetchAll(db, sql: "SELECT id FROM runs ORDER BY id") {
                let findings = try Row.fetchAll(db, sql: "SELECT finding_key, severity FROM findings WHERE run = ?",
                                                arguments: [run])
                    .map { FrontCodedFindings.Entry(key: $0["finding_key"], severity: $0["severity"]) }
                try insertFindings(findings, run: run, db)
            }
            try db.drop(table: "findings")
        }
        return migrator
    }

    /// Stores a run's findings as its one `run_findings` row.
    static func insertFindings(_ findings: [FrontCodedFindings.Entry], run: Int64, _ db: Database) throws {
        try insertFindings(encoded: FrontCodedFindings.encode(findings), count: findings.count, run: run, db)
    }

    static func insertFindings(encoded blob: [UInt8], count: Int, run: Int64, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO run_findings (run, count, keys) VALUES (?, ?, ?)",
                       arguments: [run, count, Data(blob)])
    }
}
