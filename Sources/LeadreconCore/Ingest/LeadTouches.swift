/// The touches of every CRM lead, by table and row: each lead's id looked up in the touch log
/// once, on both cores, when ingest ends. The flag stage made a string of each lead's id and
/// hashed it to find its touches (a twentieth of the stage at a million leads); aggregating the
/// activities per CRM record is ingest's work.
struct LeadTouches: Sendable {
    private let log: TouchLog
    /// Per table (in the order given), per row: the lead's number in `log`; empty for a table
    /// that is not a CRM lead table.
    private let numbers: [[UInt32]]

    init(_ log: TouchLog, tables: [SourceTable]) {
        self.log = log
        numbers = tables.map { table in
            guard table.role == .crmLeads, let ids = table.texts(.recordID) else { return [] }
            var numbers = [UInt32](repeating: TouchLog.noTouches, count: ids.count)
            ParallelRanges.fill(&numbers) { range, numbers in
                for row in range { numbers[row] = ids.withBytes(row) { log.number(of: $0) } }
            }
            return numbers
        }
    }

    /// The touches of row `row` of table `table` (its index in the tables given), ascending.
    func touches(table: Int, row: Int) -> ArraySlice<Int64> {
        row < numbers[table].count ? log.touches(ofNumber: numbers[table][row]) : []
    }
}
