import Foundation
import GRDB

extension RunHistory {
    /// The finding keys of the latest recorded run of `pipeline`, or nil when it has none yet.
    /// - Throws: ``HistoryError/corrupt(path:reason:)`` when its stored findings cannot be decoded.
    func previousFindingKeys(pipeline: String) throws(HistoryError) -> Set<String>? {
        let stored = try access { queue in
            try queue.read { db -> (run: Int64, blob: Data?)? in
                guard let run = try Int64.fetchOne(db, sql: "SELECT max(id) FROM runs WHERE pipeline = ?", arguments: [pipeline])
                else { return nil }
                return (run, try Data.fetchOne(db, sql: "SELECT keys FROM run_findings WHERE run = ?", arguments: [run]))
            }
        }
        guard let stored else { return nil }
        // The latest run always keeps its findings (retention keeps at least one run); without a
        // row every finding is new, as after a run with none.
        guard let blob = stored.blob else { return [] }
        do {
            return Set(try FrontCodedFindings.decode([UInt8](blob)).lazy.map(\.key))
        } catch {
            throw .corrupt(path: url.path, reason: "the findings of run \(stored.run): \(error.reason)")
        }
    }

    /// The last `limit` recorded runs of `pipeline`, oldest first: the trend of its main counts.
    /// A run is recorded only once its reports are published, so during a run this is the runs
    /// before it.
    public func previousRuns(pipeline: String, limit: Int = 12) throws(HistoryError) -> [HistoryRun] {
        try access { queue in
            try queue.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT id, run_id, started_at, as_of, config_hash, pending, sla_compliance, people, records
                    FROM runs WHERE pipeline = ? ORDER BY id DESC LIMIT ?
                    """, arguments: [pipeline, max(0, limit)])
                return try rows.reversed().map { row in
                    let id: Int64 = row["id"]
                    var counts: [String: Int] = [:]
                    for count in try Row.fetchAll(db, sql: "SELECT flag, count FROM run_flag_counts WHERE run = ?", arguments: [id]) {
                        counts[count["flag"]] = count["count"]
                    }
                    return HistoryRun(runID: row["run_id"], startedAt: row["started_at"], asOf: row["as_of"],
                                      configHash: row["config_hash"], flagCounts: counts, pending: row["pending"],
                                      slaCompliance: row["sla_compliance"], people: row["people"], records: row["records"])
                }
            }
        }
    }
}
