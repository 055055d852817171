import ArgumentParser
import LeadreconCore

/// `run`'s resource limits: each overrides the pipeline file's setting of the same name, so a cron
/// job can tighten or loosen a limit without editing the file.
struct ResourceLimitOptions: ParsableArguments {
    @Option(name: .customLong("max-reject-ratio"),
            help: "Fail (exit 2) when a source rejects more than this share of its rows (0…1; ingest.max_reject_ratio, default 0.05).")
    var maxRejectRatio: Double?

    @Option(name: .customLong("max-field-bytes"),
            help: "Reject rows with a field longer than this many bytes (every source's max_field_bytes, default 1048576).")
    var maxFieldBytes: Int?

    @Option(name: .customLong("max-block-size"),
            help: "Skip, with a warning, a blocking key shared by more records than this (link.max_block_size, default 5000): bounds the link stage's memory.")
    var maxBlockSize: Int?

    func validate() throws {
        if let maxRejectRatio, !(0...1).contains(maxRejectRatio) {
            throw ValidationError("--max-reject-ratio must be between 0 and 1 (a share of rows), not \(maxRejectRatio)")
        }
        if let maxFieldBytes, maxFieldBytes < 1 { throw ValidationError("--max-field-bytes must be at least 1") }
        if let maxBlockSize, maxBlockSize < 2 { throw ValidationError("--max-block-size must be at least 2") }
    }

    /// The pipeline with these limits in place of its own.
    func apply(to pipeline: inout Pipeline) {
        if let maxRejectRatio { pipeline.ingest.maxRejectRatio = maxRejectRatio }
        if let maxFieldBytes {
            for index in pipeline.sources.indices { pipeline.sources[index].maxFieldBytes = maxFieldBytes }
        }
        if let maxBlockSize { pipeline.link.maxBlockSize = maxBlockSize }
    }
}
