import Dispatch

/// The blocks of every rule, laid out for pair generation: which block each record is in under each
/// rule, where the record stands among the block's members, and each block's members in ascending
/// record order.
///
/// A block is identified by where its members end in `members`, unique across all rules' blocks,
/// so two records share a block under rule `r` exactly when their entries for `r` are equal and
/// not `noBlock`, and a record's later members are `members[position + 1 ..< end]` with no search.
/// The tables are record-major (`i * ruleCount + r`): checking a candidate `j` against every rule,
/// which deduplicates pairs and builds their rule mask, reads one cache line. Only blocks of two or
/// more records within `maxBlockSize` count; singletons, records without a key and records in
/// skipped blocks hold `noBlock`.
///
/// Memory: 8 bytes per record and rule for the tables and at most 4 for the members;
/// 1,000,000 records × 7 rules stay under 90 MB (while the index is built, each rule's own columns,
/// ``RuleBlocks``, take about as much again).
struct BlockIndex: Sendable {
    static let noBlock = UInt32.max

    let recordCount: Int
    let ruleCount: Int
    /// Per record and rule (record-major): where its block's members end in `members`, or `noBlock`.
    let blockEnd: [UInt32]
    /// Per record and rule (record-major): the record's position in `members` (unset for `noBlock`).
    let memberPosition: [UInt32]
    /// The members of every block, each block's ascending, one block after another.
    let members: [UInt32]
    /// Per record: its source, for link-only scope; `nil` for within-and-across.
    let linkOnlySources: [Int]?
    /// Counts known before any pair exists (`newPairs` still 0).
    let ruleReports: [BlockingRuleReport]
    let skippedBlocks: [SkippedBlock]

    /// Groups the records of every rule into blocks and counts the pairs each rule would yield.
    ///
    /// The rules are grouped side by side, one per core at a time, each into columns of its own
    /// (positions counted from the rule's first member); the columns are then laid out record by
    /// record, the records shared out among the cores.
    init(recordCount: Int, rules: [BlockingRule], sources: [Int]?, options: BlockingOptions) {
        self.recordCount = recordCount
        ruleCount = rules.count
        let linkOnly = options.scope == .linkOnly
        linkOnlySources = linkOnly ? sources : nil
        let denseSources = linkOnly ? sources.map(Self.denseSourceIDs) : nil

        let perRule = Self.inParallel(rules.count) { index in
            RuleBlocks(rules[index], index: index, recordCount: recordCount, maxBlockSize: options.maxBlockSize,
                       sources: denseSources)
        }
        var bases: [UInt32] = []
        var members: [UInt32] = []
        members.reserveCapacity(perRule.reduce(0) { $0 + $1.members.count })
        for blocks in perRule {
            bases.append(UInt32(members.count))
            members.append(contentsOf: blocks.members)
        }

        let width = rules.count
        // Every entry is written by the worker of its records, so the tables' pages are first
        // touched (and zeroed by the system) on both cores, not filled on one beforehand.
        var positions: [UInt32] = []
        let table = [UInt32](unsafeUninitializedCapacity: recordCount * width) { table, tableCount in
            positions = [UInt32](unsafeUninitializedCapacity: recordCount * width) { positions, positionCount in
                let output = UnsafeSendable((table, positions))
                let parts = recordCount < 100_000 ? 1 : 2
                _ = Self.inParallel(parts) { part in
                    let (table, positions) = output.value
                    for rule in 0..<width {
                        let ends = perRule[rule].ends, own = perRule[rule].positions, base = bases[rule]
                        for record in recordCount * part / parts..<recordCount * (part + 1) / parts {
                            let blocked = ends[record] != Self.noBlock
                            (table.baseAddress! + record * width + rule).initialize(to: blocked ? ends[record] + base : Self.noBlock)
                            (positions.baseAddress! + record * width + rule).initialize(to: blocked ? own[record] + base : 0)
                        }
                    }
                }
                positionCount = recordCount * width
            }
            tableCount = recordCount * width
        }

        blockEnd = table
        memberPosition = positions
        self.members = members
        ruleReports = perRule.map(\.report)
        skippedBlocks = perRule.flatMap(\.skipped)
    }

    /// `job(index)` for each index in `0..<count`, run on the cores as they become free.
    private static func inParallel<Result>(_ count: Int, _ job: (Int) -> Result) -> [Result] {
        Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            let output = UnsafeSendable(buffer)
            withoutActuallyEscaping(job) { job in
                let work = UnsafeSendable(job)
                DispatchQueue.concurrentPerform(iterations: count) { index in
                    (output.value.baseAddress! + index).initialize(to: work.value(index))
                }
            }
            initialized = count
        }
    }

    /// Sources renumbered 0..<count, so per-block tallies can use an array.
    private static func denseSourceIDs(_ sources: [Int]) -> (ids: [Int], count: Int) {
        var numbers: [Int: Int] = [:]
        let ids = sources.map { source in
            if let id = numbers[source] { return id }
            numbers[source] = numbers.count
            return numbers.count - 1
        }
        return (ids, numbers.count)
    }
}

/// A value handed to worker threads that only read it or write disjoint parts of the memory it
/// points to (each record's row, each job's slot): a discipline the compiler cannot check.
private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
