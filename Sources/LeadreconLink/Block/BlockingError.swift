/// Why blocking could not run.
public enum BlockingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// More rules than a `RuleMask` holds.
    case tooManyRules(count: Int)
    /// A rule's key column does not have one key per record.
    case keyCountMismatch(rule: String, keys: Int, records: Int)
    /// The source column does not have one source per record.
    case sourceCountMismatch(sources: Int, records: Int)
    /// Link-only blocking needs the source of every record.
    case sourcesRequired
    /// An option is out of range (`maxBlockSize` below 2, `threads` below 1, …).
    case invalidOption(String)
    /// More records than 32-bit record indices address.
    case tooManyRecords(Int)
    /// The rules would yield more pairs than `maxCandidatePairs`; nothing was allocated. The report
    /// holds the per-rule counts (with `uniquePairs` 0), to show which rule explodes.
    case tooManyCandidatePairs(pairs: Int, limit: Int, report: BlockingReport)

    /// A short lower-case message.
    public var description: String {
        switch self {
        case .tooManyRules(let count):
            "\(count) blocking rules, at most \(RuleMask.maxRules) are supported"
        case .keyCountMismatch(let rule, let keys, let records):
            "blocking rule '\(rule)' has \(keys) keys for \(records) records"
        case .sourceCountMismatch(let sources, let records):
            "\(sources) record sources given for \(records) records"
        case .sourcesRequired:
            "link-only blocking needs the source of every record"
        case .invalidOption(let message):
            message
        case .tooManyRecords(let count):
            "\(count) records are too many for 32-bit blocking indices with these rules"
        case .tooManyCandidatePairs(let pairs, let limit, let report):
            "blocking rules would yield \(pairs) candidate pairs, above the limit of \(limit) ("
                + report.rules.map { "\($0.name): \($0.candidatePairs)" }.joined(separator: ", ") + ")"
        }
    }
}
