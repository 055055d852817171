import Foundation

/// The ingest stage's work for a run, all started at once: a thread per source reading it and one
/// hashing its file, so the inputs are read side by side and both cores stay busy while the
/// largest file is still being read.
///
/// The caller takes each source when it needs it: the link stage needs the marketing and CRM
/// tables but not the activities (the largest file, five rows per person), so linking starts
/// while they are still being read. Errors come out as from reading everything first: the first
/// error in source order, reads before hashes, whichever thread failed first.
final class IngestJobs: Sendable {
    /// A source as ingest keeps it: the records of a linkable source, the touches of an activity one.
    enum Loaded: Sendable {
        case table(SourceTable)
        case touches(TouchLog)
    }

    /// One source, read and hashed.
    struct Source: Sendable {
        let loaded: Loaded
        let outcome: SourceIngest.Outcome
        let sha256: String
        /// When its reading ended (for the stage's timing, which may end while linking runs).
        let finished: Date
    }

    private let reads: [BackgroundTask<(Loaded, SourceIngest.Outcome, Date)>]
    private let hashes: [BackgroundTask<String>]

    /// Starts reading and hashing every source.
    init<Input: Sendable>(_ inputs: [Input], read: @escaping @Sendable (Input) throws -> (Loaded, SourceIngest.Outcome),
                          hash: @escaping @Sendable (Input) throws -> String) {
        reads = inputs.enumerated().map { index, input in
            BackgroundTask("leadrecon-ingest-\(index)") {
                let (loaded, outcome) = try read(input)
                return (loaded, outcome, Date())
            }
        }
        hashes = inputs.enumerated().map { index, input in BackgroundTask("leadrecon-hash-\(index)") { try hash(input) } }
    }

    /// Source `index` once read and hashed. Throws the run's first error in source order (reads
    /// before hashes) when this source or any other failed: it then waits for all of them.
    func source(_ index: Int) throws -> Source {
        do {
            let (loaded, outcome, finished) = try reads[index].value()
            return Source(loaded: loaded, outcome: outcome, sha256: try hashes[index].value(), finished: finished)
        } catch {
            throw firstError() ?? error
        }
    }

    /// The first error of all jobs in source order, reads before hashes (waits for every job).
    private func firstError() -> (any Error)? {
        for read in reads {
            do { _ = try read.value() } catch { return error }
        }
        for hash in hashes {
            do { _ = try hash.value() } catch { return error }
        }
        return nil
    }
}
