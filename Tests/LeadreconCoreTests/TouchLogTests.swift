import Foundation
import LeadreconCSV
import PropertyBased
@testable import LeadreconCore
import Testing

/// Activities become touches per CRM record while they stream: which rows count, under which id,
/// at which time, in which order.
@Suite struct TouchLogTests {
    /// A Salesforce task export: a header and the given rows (Id, WhoId, Status, Type, TaskSubtype,
    /// CreatedDate, CompletedDateTime).
    static func tasks(_ rows: [String]) throws -> TouchLog {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadrecon-touches-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("tasks.csv")
        let csv = (["Id,WhoId,Status,Type,TaskSubtype,CreatedDate,CompletedDateTime"] + rows).joined(separator: "\n") + "\n"
        try Data(csv.utf8).write(to: file)
        let input = SourceInput(name: "tasks", role: .crmActivities, path: file.path, preset: "salesforce_task_api",
                                timeZone: TimeZone(identifier: "UTC")!)
        let (log, outcome) = try SourceIngest(input: input).loadTouches(rules: Pipeline.RuleSettings())
        #expect(outcome.report.rowsRead == rows.count, "every row is read and counted, touch or not")
        return log
    }

    static let lead = "00Q5g000007QgFgEAK"
    static func at(_ iso: String) -> Int64 { Int64(ISO8601DateFormatter().date(from: iso)!.timeIntervalSince1970) }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var rows: [String]
        /// Expected touch times of `lead`, ascending.
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        .init(name: "a completed call counts at its completion time",
              rows: ["00T1,00Q5g000007QgFgEAK,Completed,Call,Call,2026-05-07T08:00:00Z,2026-05-07T09:00:00Z"],
              expected: ["2026-05-07T09:00:00Z"]),
        .init(name: "without a completion time, the creation time",
              rows: ["00T1,00Q5g000007QgFgEAK,Completed,Call,Call,2026-05-07T08:00:00Z,"],
              expected: ["2026-05-07T08:00:00Z"]),
        .init(name: "an open task is no touch",
              rows: ["00T1,00Q5g000007QgFgEAK,Not Started,Call,Call,2026-05-07T08:00:00Z,"],
              expected: []),
        .init(name: "a type that is no touch type does not count; a missing type falls back to the subtype",
              rows: ["00T1,00Q5g000007QgFgEAK,Completed,Other,Task,2026-05-07T08:00:00Z,",
                     "00T2,00Q5g000007QgFgEAK,Completed,,Email,2026-05-08T08:00:00Z,"],
              expected: ["2026-05-08T08:00:00Z"]),
        .init(name: "the 15-character id joins the 18-character one; touches come back ascending",
              rows: ["00T1,00Q5g000007QgFg,Completed,Call,Call,2026-05-09T08:00:00Z,",
                     "00T2,00Q5g000007QgFgEAK,Completed,Call,Call,2026-05-07T08:00:00Z,",
                     "00T3,00Q5g000007QgsgEAC,Completed,Call,Call,2026-05-08T08:00:00Z,"],
              expected: ["2026-05-07T08:00:00Z", "2026-05-09T08:00:00Z"]),
        .init(name: "a type and subtype that run together into a touch type are not one",
              rows: ["00T1,00Q5g000007QgFgEAK,Completed,Ca,ll,2026-05-07T08:00:00Z,",
                     "00T2,00Q5g000007QgFgEAK,Completed,Call,,2026-05-08T08:00:00Z,",
                     "00T3,00Q5g000007QgFgEAK,Completed,Ca,ll,2026-05-09T08:00:00Z,"],
              expected: ["2026-05-08T08:00:00Z"]),
        .init(name: "no record id or no time: nowhere to place it",
              rows: ["00T1,,Completed,Call,Call,2026-05-07T08:00:00Z,",
                     "00T2,00Q5g000007QgFgEAK,Completed,Call,Call,,"],
              expected: []),
    ]

    @Test(arguments: cases)
    func touchesOfALead(_ example: Case) throws {
        let log = try Self.tasks(example.rows)
        #expect(Array(log.touches(of: Self.lead)) == example.expected.map(Self.at))
    }

    /// Reading an activity file for its touches types only what a touch is made of and the
    /// record id: a bad due date or owner id in a column nothing reads is not checked, a row
    /// without an id is still rejected, and the report still lists every mapped column.
    @Test func onlyTheFieldsOfATouchAreTyped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadrecon-touches-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("tasks.csv")
        try Data("""
            Id,WhoId,OwnerId,Subject,ActivityDate,Status,Type,CreatedDate,CompletedDateTime
            00T1,00Q5g000007QgFgEAK,4.33E+11,Call,not a date,Completed,Call,2026-05-07T08:00:00Z,bad
            ,00Q5g000007QgFgEAK,0055g00000JbAa3,Call,2026-05-08,Completed,Call,2026-05-08T08:00:00Z,

            """.utf8).write(to: file)
        let input = SourceInput(name: "tasks", role: .crmActivities, path: file.path, preset: "salesforce_task_api",
                                timeZone: TimeZone(identifier: "UTC")!)
        let (log, outcome) = try SourceIngest(input: input).loadTouches(rules: Pipeline.RuleSettings())
        #expect(log.touches(of: Self.lead) == [Self.at("2026-05-07T08:00:00Z")], "a bad completion time falls back to creation")
        #expect(outcome.report.rowsLoaded == 1 && outcome.report.rowsRejected == 1)
        #expect(outcome.rejects.entries.map(\.reason.code) == ["missing_record_id"])
        #expect(outcome.diagnostics.diagnostics.map(\.code) == ["invalid_timestamp"], "only CompletedDateTime is checked")
        #expect(outcome.diagnostics.diagnostics.first?.column == 9)
        let mapped = outcome.report.columns.compactMap(\.field)
        #expect(mapped.contains("activity_date") && mapped.contains("owner") && mapped.contains("subject"))
    }

    @Test func mergingTwoSourcesKeepsEveryTouchInOrder() {
        var first = TouchLog(), second = TouchLog()
        first.add(record: "A", at: 30)
        first.add(record: "A", at: 10)
        second.add(record: "A", at: 20)
        second.add(record: "B", at: 5)
        first.merge(second)
        first.finish()
        #expect(first.touches(of: "A") == [10, 20, 30])
        #expect(first.touches(of: "B") == [5])
        #expect(first.touches(of: "C") == [])
        #expect(first.recordCount == 2)
    }

    /// Each CRM lead row finds its touches by the number looked up when ingest ends, exactly as
    /// by its id; a lead without touches and a table that holds no CRM leads find none.
    @Test func leadTouchesAreThoseOfEachRowsID() {
        var log = TouchLog()
        for (id, at) in [("00Q1", 30), ("00Q1", 10), ("00Q3", 7), ("not-a-lead", 1)] { log.add(record: id, at: Int64(at)) }
        log.finish()
        func table(_ role: SourceRole, ids: [String]) -> SourceTable {
            var table = SourceTable(name: "\(role)", role: role, fields: [.recordID])
            for (line, id) in ids.enumerated() {
                var record = CanonicalRecord(fields: [.recordID])
                record.line = line + 2
                record.values[0] = .text(id)
                table.append(record)
            }
            return table
        }
        let leads = ["00Q1", "00Q2", "00Q3"]
        let touches = LeadTouches(log, tables: [table(.marketing, ids: ["00Q1"]), table(.crmLeads, ids: leads)])
        for (row, id) in leads.enumerated() {
            #expect(touches.touches(table: 1, row: row) == log.touches(of: id), "\(id)")
        }
        #expect(touches.touches(table: 1, row: 0) == [10, 30])
        #expect(touches.touches(table: 1, row: 1) == [])
        #expect(touches.touches(table: 0, row: 0) == [], "a marketing table has no touches")
    }

    /// Touches added to several logs (some finished early, some added to after finishing), merged
    /// and finished, come back per record exactly as a dictionary of sorted arrays has them.
    @Test func anyAddsAndMergesMatchADictionary() async {
        let record = Gen.int(in: 0...40).map { $0 == 0 ? "" : $0 < 30 ? "00Q5g00000\($0)ABC" : "id-\($0)-ü" }
        let touch = zip(Gen.int(in: 0...2), record, Gen.int(in: -5...50).map(Int64.init), Gen.bool)
        await propertyCheck(count: 200, input: touch.array(of: 0...300)) { touches in
            var logs = [TouchLog(), TouchLog(), TouchLog()]
            var expected: [String: [Int64]] = [:]
            for (log, id, at, finishFirst) in touches {
                if finishFirst { logs[log].finish() }
                logs[log].add(record: id, at: at)
                expected[id, default: []].append(at)
            }
            logs[1].finish()
            var merged = logs[0]
            merged.merge(logs[1])
            merged.merge(logs[2])
            merged.finish()
            #expect(merged.recordCount == expected.count)
            for id in Set(expected.keys).union(["never-seen"]) {
                #expect(Array(merged.touches(of: id)) == (expected[id] ?? []).sorted(), "\(id)")
            }
        }
    }

    @Test func fieldSetHoldsExactlyWhatWasInserted() {
        var set: CanonicalFieldSet = [.email, .callResult]
        set.insert(.recordID)
        for field in CanonicalField.allCases {
            #expect(set.contains(field) == [.email, .callResult, .recordID].contains(field), "\(field)")
        }
        var union = CanonicalFieldSet()
        union.formUnion(set)
        #expect(union == set && !union.isEmpty && CanonicalFieldSet().isEmpty)
    }
}
