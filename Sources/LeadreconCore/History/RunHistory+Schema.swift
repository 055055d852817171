import GRDB

extension RunHistory {
    /// The schema, as named migrations applied in order. A released migration is never edited:
    /// changes are a new migration, so every history file ever written can be brought up to date.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 runs, inputs, flag counts and findings") { db in
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
        return migrator
    }
}
