import Foundation

extension PipelineRunner {
    /// The run history of this pipeline, opened and checked before any stage runs; nil when
    /// history is off (`outputs.history: false` or `--no-history`).
    func openHistory() throws(HistoryError) -> RunHistory? {
        guard let url = pipeline.outputs.historyFile else { return nil }
        log("history: \(DisplayPath.of(url))")
        return try RunHistory(url: url)
    }

    /// Sets each finding's `new_since_last_run`: "true" when the previous recorded run of this
    /// pipeline had no finding with the same key (flag and record ids), "false" when it had; every
    /// finding is new on a pipeline's first recorded run. Left empty without history: not known.
    static func markNewSinceLastRun(_ findings: inout [Finding], previous: Set<String>?) {
        guard let previous, !previous.isEmpty else {
            for index in findings.indices { findings[index].newSinceLastRun = "true" }
            return
        }
        // A key per finding (sorted ids, joined): on both cores, a third of a million at a million leads.
        ParallelRanges.fill(&findings) { range, findings in
            for index in range {
                let key = FindingKey(findings[index]).description
                findings[index].newSinceLastRun = previous.contains(key) ? "false" : "true"
            }
        }
    }

    /// What the history keeps of this run.
    static func historyEntry(_ summary: RunSummary, findings: [HistoryEntry.RecordedFinding], pending: Int) -> HistoryEntry {
        HistoryEntry(
            run: HistoryRun(runID: summary.run.id, startedAt: summary.run.startedAt, asOf: summary.run.asOf,
                            configHash: summary.run.configHash, flagCounts: summary.flags, pending: pending,
                            slaCompliance: summary.findings?.slaCompliance, people: summary.link?.people,
                            records: summary.ledger.rowsLoaded),
            pipeline: summary.run.pipeline, pipelineFile: summary.run.pipelineFile,
            leadreconVersion: summary.run.leadreconVersion,
            inputs: summary.inputs.map { .init(source: $0.source, path: $0.path, sha256: $0.sha256) },
            findings: findings)
    }

    /// A run's findings as the history keeps them, and their encoding (``RunHistory/encode(_:)``).
    static func recordedFindings(_ findings: [Finding]) -> (findings: [HistoryEntry.RecordedFinding], encoded: [UInt8]) {
        let recorded = findings.map { HistoryEntry.RecordedFinding(key: FindingKey($0), severity: $0.severity) }
        return (recorded, RunHistory.encode(recorded))
    }

    /// An earlier run as the report's trend shows it: its findings by flag and its pending leads.
    static func trendPoint(_ run: HistoryRun) -> RunTrendPoint {
        RunTrendPoint(runID: run.runID, asOf: run.asOf, counts: run.flagCounts.merging(["pending": run.pending]) { $1 })
    }
}
