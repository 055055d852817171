public import LeadreconCSV

/// Every row that was read and not loaded, from every source: written as `rejects.csv`
/// (`source,file,line,reason,raw`), sorted by source order and line.
public struct RejectsLedger: Sendable {
    public struct Entry: Sendable, Equatable {
        public var source: String
        public var file: String
        public var line: Int
        public var reason: RejectReason
        public var raw: String
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    public mutating func add(source: String, file: String, _ row: RejectedRow) {
        entries.append(Entry(source: source, file: file, line: row.line, reason: row.reason, raw: row.raw))
    }

    public mutating func merge(_ other: RejectsLedger) { entries += other.entries }

    /// The CSV columns of the output contract.
    public static let header = ["source", "file", "line", "reason", "raw"]

    /// Rows in output order: by the order sources were given (`sourceOrder`), then line.
    public func rows(sourceOrder: [String]) -> [[String]] {
        let rank = Dictionary(uniqueKeysWithValues: sourceOrder.enumerated().map { ($1, $0) })
        return entries.enumerated().sorted { a, b in
            let ra = rank[a.element.source] ?? Int.max, rb = rank[b.element.source] ?? Int.max
            if ra != rb { return ra < rb }
            if a.element.line != b.element.line { return a.element.line < b.element.line }
            return a.offset < b.offset
        }.map { _, entry in
            [entry.source, entry.file, String(entry.line), entry.reason.description, entry.raw]
        }
    }
}
