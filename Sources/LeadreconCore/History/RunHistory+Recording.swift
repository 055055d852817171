import GRDB

extension RunHistory {
    /// Records a successful run and publishes its reports, as one step as far as SQLite allows:
    /// the rows are inserted in a transaction, `publish` runs inside it, and the transaction
    /// commits only when `publish` returned. A run whose reports could not be published is
    /// therefore never in the history. The one gap left — publish succeeded, commit failed (disk
    /// full) — is reported as an error, and costs only that the next run compares against the run
    /// before this one, so its findings say "new" once more: nothing is lost.
    /// - Throws: what `publish` throws (rolled back), or ``HistoryError``.
    func record(_ entry: HistoryEntry, thenPublish publish: () throws -> Void) throws {
        var publishError: (any Error)?
        do {
            try access { queue in
                try queue.inTransaction(.immediate) { db in
                    try Self.insert(entry, db)
                    do {
                        try publish()
                    } catch {
                        publishError = error
                        return .rollback
                    }
                    return .commit
                }
            }
        } catch {
            if let publishError { throw publishError }
            throw error
        }
        if let publishError { throw publishError }
    }

    private static func insert(_ entry: HistoryEntry, _ db: Database) throws {
        let run = entry.run
        try db.execute(
            sql: """
                INSERT INTO runs (run_id, pipeline, pipeline_file, config_hash, as_of, started_at, leadrecon_version,
                                  pending, sla_compliance, people, records)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [run.runID, entry.pipeline, entry.pipelineFile, run.configHash, run.asOf, run.startedAt,
                        entry.leadreconVersion, run.pending, run.slaCompliance, run.people, run.records])
        let id = db.lastInsertedRowID
        for input in entry.inputs {
            try db.execute(sql: "INSERT INTO run_inputs (run, source, path, sha256) VALUES (?, ?, ?, ?)",
                           arguments: [id, input.source, input.path, input.sha256])
        }
        for (flag, count) in run.flagCounts.sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: "INSERT INTO run_flag_counts (run, flag, count) VALUES (?, ?, ?)", arguments: [id, flag, count])
        }
        let statement = try db.makeStatement(sql: "INSERT INTO findings (run, flag, finding_key, severity) VALUES (?, ?, ?, ?)")
        for finding in entry.findings {
            try statement.execute(arguments: [id, finding.key.flag, finding.key.description, finding.severity])
        }
    }
}
