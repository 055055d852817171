import GRDB

extension RunHistory {
    /// Records a successful run and publishes its reports, as one step as far as SQLite allows:
    /// the rows are inserted in a transaction, `publish` runs inside it, and the transaction
    /// commits only when `publish` returned. A run whose reports could not be published is
    /// therefore never in the history. The one gap left — publish succeeded, commit failed (disk
    /// full) — is reported as an error, and costs only that the next run compares against the run
    /// before this one, so its findings say "new" once more: nothing is lost.
    ///
    /// In the same transaction, the pipeline's runs older than its last `keepFindingsOfRuns`
    /// (this one included) lose their findings; their metadata, inputs and counts stay.
    /// - Parameters:
    ///   - encodedFindings: `encode(entry.findings)` when the caller has made it already.
    ///   - keepFindingsOfRuns: at least 1, so the run the next one compares with keeps its findings.
    /// - Returns: how many older runs lost their findings.
    /// - Throws: what `publish` throws (rolled back), or ``HistoryError``.
    @discardableResult
    func record(_ entry: HistoryEntry, encodedFindings: [UInt8]? = nil,
                keepFindingsOfRuns: Int = Pipeline.OutputSettings.defaultHistoryKeepFindings,
                thenPublish publish: () throws -> Void) throws -> Int {
        precondition(keepFindingsOfRuns >= 1, "the latest run's findings are what the next run compares with")
        // Sorted and encoded before the transaction: no lock is held for this part.
        let findings = encodedFindings ?? Self.encode(entry.findings)
        var publishError: (any Error)?
        var dropped = 0
        do {
            try access { queue in
                try queue.inTransaction(.immediate) { db in
                    let run = try Self.insert(entry, db)
                    try Self.insertFindings(encoded: findings, count: entry.findings.count, run: run, db)
                    dropped = try Self.dropFindings(pipeline: entry.pipeline, olderThanLast: keepFindingsOfRuns, db)
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
        return dropped
    }

    /// A run's findings as `record` stores them (sorted, front-coded): for a caller that prepares
    /// them while it writes other outputs, and passes them to `record` as `encodedFindings`.
    static func encode(_ findings: [HistoryEntry.RecordedFinding]) -> [UInt8] {
        FrontCodedFindings.encode(findings.map { .init(key: $0.key.description, severity: $0.severity) })
    }

    /// Inserts the run's metadata, inputs and counts; returns its id.
    private static func insert(_ entry: HistoryEntry, _ db: Database) throws -> Int64 {
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
        return id
    }

    /// Deletes the findings of `pipeline`'s runs before its last `keep`: a row each, so a few
    /// milliseconds where deleting a run's rows of v1 took seconds. Returns how many runs lost them.
    private static func dropFindings(pipeline: String, olderThanLast keep: Int, _ db: Database) throws -> Int {
        try db.execute(sql: """
            DELETE FROM run_findings
            WHERE run IN (SELECT id FROM runs WHERE pipeline = ? ORDER BY id DESC LIMIT -1 OFFSET ?)
            """, arguments: [pipeline, keep])
        return db.changesCount
    }
}
