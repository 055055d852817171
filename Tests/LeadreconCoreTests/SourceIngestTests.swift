import Foundation
import LeadreconCSV
import LeadreconCore
import LeadreconValues
import Testing

/// A small CSV written to its own temporary folder and ingested as one source.
struct IngestFixture {
    var records: [(line: Int, values: [CanonicalField: CanonicalValue])] = []
    var outcome: SourceIngest.Outcome

    static let berlin = TimeZone(identifier: "Europe/Berlin")!

    init(_ csv: String, role: SourceRole, preset: String? = nil, dateOrder: DateOrder? = nil) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("leadrecon-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("export.csv")
        try Data(csv.utf8).write(to: file)
        let input = SourceInput(name: "test", role: role, path: file.path, preset: preset, timeZone: Self.berlin,
                                dateOrder: dateOrder)
        var records: [(line: Int, values: [CanonicalField: CanonicalValue])] = []
        outcome = try SourceIngest(input: input).run(record: { record in
            records.append((record.line, Dictionary(uniqueKeysWithValues: zip(record.fields, record.values))))
        })
        self.records = records
    }

    var report: IngestReport { outcome.report }
    var diagnostics: [Diagnostic] { outcome.diagnostics.diagnostics }

    /// The value of `field` in every loaded record, in file order.
    func column(_ field: CanonicalField) -> [CanonicalValue] { records.map { $0.values[field] ?? .missing } }

    /// The text of `field` in every loaded record (empty when missing).
    func texts(_ field: CanonicalField) -> [String] { column(field).map { $0.text ?? "" } }

    /// The timestamps of `field` as the source zone's local ISO 8601 (dates alone for date-only values).
    func stamps(_ field: CanonicalField) -> [String] {
        column(field).map { $0.timestamp?.formatted(in: Self.berlin) ?? "" }
    }
}

@Suite struct SourceIngestIdentifierTests {
    struct SalesforceCase: Sendable, CustomTestStringConvertible {
        var given: String
        var expected: String
        var testDescription: String { "\(given) → \(expected)" }
    }

    static let salesforceIDs: [SalesforceCase] = [
        .init(given: "00Q5g000007n4Ez", expected: "00Q5g000007n4EzEAI"),
        .init(given: "00Q5g000007k7lW", expected: "00Q5g000007k7lWEAQ"),
        .init(given: "00Q5g000007n4EzEAI", expected: "00Q5g000007n4EzEAI"),
        .init(given: "00Q5g000007n4Ezeai", expected: "00Q5g000007n4EzEAI"),
        .init(given: " 00Q5g000007ql4U ", expected: "00Q5g000007ql4UEAQ"),
    ]

    @Test(arguments: salesforceIDs)
    func salesforceLeadIDsBecome18Characters(_ example: SalesforceCase) throws {
        let ingest = try IngestFixture("""
            Id,Status,Email
            \(example.given),Open - Not Contacted,a@example.com

            """, role: .crmLeads, preset: "salesforce_lead_api")
        #expect(ingest.texts(.recordID) == [example.expected])
        #expect(ingest.diagnostics.isEmpty)
    }

    @Test(arguments: salesforceIDs)
    func taskWhoIDsBecome18Characters(_ example: SalesforceCase) throws {
        let ingest = try IngestFixture("""
            Id,WhoId,Type,Status
            00T5g00000b6CCi,\(example.given),Call,Completed

            """, role: .crmActivities, preset: "salesforce_task_api")
        #expect(ingest.texts(.whoID) == [example.expected])
        #expect(ingest.texts(.recordID) == ["00T5g00000b6CCiEAM"])
    }

    /// A table load reads text cells where the reader left them and writes ids that need it in
    /// their canonical form: the same values in the rows held back while formats are detected
    /// (the first thousand, copied) and in the rows after them (read in place).
    @Test func tableLoadStoresTheSameValuesHeldBackOrNot() throws {
        let ids = [("00Q5g000007n4Ez", "00Q5g000007n4EzEAI"), ("00Q5g000007n4EzEAI", "00Q5g000007n4EzEAI"),
                   ("00Q5g000007n4Ezeai", "00Q5g000007n4EzEAI"), (" 00Q5g000007ql4U ", "00Q5g000007ql4UEAQ"),
                   ("lead-7", "lead-7"), ("477209.0", "477209")]
        let companies = [(" Acme GmbH ", "Acme GmbH"), ("\"Müller, Söhne\"", "Müller, Söhne"), ("", "")]
        var csv = "Id,Company,Status\n"
        var expectedIDs: [String] = [], expectedCompanies: [String] = []
        for row in 0..<(SourceIngest.detectionRows + 500) {
            let id = ids[row % ids.count], company = companies[row % companies.count]
            csv += "\(id.0),\(company.0),Open\n"
            expectedIDs.append(id.1)
            expectedCompanies.append(company.1)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadrecon-load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("leads.csv")
        try Data(csv.utf8).write(to: file)
        let input = SourceInput(name: "leads", role: .crmLeads, path: file.path, preset: "salesforce_lead_api",
                                timeZone: IngestFixture.berlin)
        let (table, outcome) = try SourceIngest(input: input).load()
        #expect(outcome.report.rowsLoaded == expectedIDs.count)
        for (field, expected) in [(CanonicalField.recordID, expectedIDs), (.company, expectedCompanies)] {
            let loaded = table.texts(field)?.values ?? []
            let wrong = zip(loaded, expected).enumerated().first { $0.element.0 != $0.element.1 }
            #expect(loaded.count == expected.count && wrong == nil,
                    "\(field): row \(wrong?.offset ?? -1) is '\(wrong?.element.0 ?? "")', not '\(wrong?.element.1 ?? "")'")
        }
    }

    /// HubSpot ids as spreadsheets leave them: the id loaded, and whether a `damaged_id` warning is raised.
    @Test(arguments: [
        ("477209", "477209", false),
        ("477209.0", "477209", false),
        ("\"477209,0\"", "477209", false),
        ("83124569012.00", "83124569012", false),
        ("4.33E+11", "4.33E+11", true),
        ("\"4,33E+11\"", "4,33E+11", true),
        ("8.31246E+10", "8.31246E+10", true),
    ])
    func hubSpotIDsAreRepairedOrReported(cell: String, expected: String, damaged: Bool) throws {
        let ingest = try IngestFixture("""
            Record ID,First Name,Email
            \(cell),Anna,anna@example.com

            """, role: .marketing, preset: "hubspot_contacts")
        #expect(ingest.texts(.recordID) == [expected])
        #expect(ingest.report.rowsLoaded == 1)
        if damaged {
            let diagnostic = try #require(ingest.diagnostics.first)
            #expect(diagnostic.code == "damaged_id")
            #expect(diagnostic.severity == .warning)
            #expect((diagnostic.line, diagnostic.column) == (2, 1))
            #expect(ingest.report.invalidValues == ["damaged_id": 1])
        } else {
            #expect(ingest.diagnostics.isEmpty)
        }
    }
}

@Suite struct SourceIngestDateTests {
    struct DateCase: Sendable, CustomTestStringConvertible {
        var name: String
        var createDates: [String]
        var decision: String
        var expected: [String]
        var testDescription: String { name }
    }

    static let dateCases: [DateCase] = [
        .init(name: "German dd.mm.yyyy: 13.03. decides day-first",
              createDates: ["01.02.2024 09:14", "13.03.2024 10:00", "05.04.2024"],
              decision: "day_first",
              expected: ["2024-02-01T09:14:00+01:00", "2024-03-13T10:00:00+01:00", "2024-04-05"]),
        .init(name: "US m/d/yyyy: 3/13 decides month-first",
              createDates: ["2/1/2024 9:14 AM", "3/13/2024 4:05 PM", "4/5/2024"],
              decision: "month_first",
              expected: ["2024-02-01T09:14:00+01:00", "2024-03-13T16:05:00+01:00", "2024-04-05"]),
        .init(name: "day-first evidence late in the column still decides every row",
              createDates: ["01.02.2024", "02.03.2024", "03.04.2024", "28.10.2024"],
              decision: "day_first",
              expected: ["2024-02-01", "2024-03-02", "2024-04-03", "2024-10-28"]),
    ]

    @Test(arguments: dateCases)
    func dateOrderIsDecidedPerColumn(_ example: DateCase) throws {
        var csv = "Record ID,Email,Create Date\n"
        for (index, date) in example.createDates.enumerated() { csv += "\(index + 1),p\(index)@example.com,\(date)\n" }
        let ingest = try IngestFixture(csv, role: .marketing, preset: "hubspot_contacts")
        let decision = try #require(ingest.report.valueDecisions.first { $0.field == "created_at" })
        #expect(decision.decision == example.decision)
        #expect(decision.column == 3)
        #expect(ingest.stamps(.createdAt) == example.expected)
        #expect(ingest.diagnostics.isEmpty)
    }

    @Test func dateOrderSetInThePipelineWins() throws {
        let ingest = try IngestFixture("""
            Record ID,Email,Create Date
            1,a@example.com,02.03.2024

            """, role: .marketing, preset: "hubspot_contacts", dateOrder: .monthFirst)
        #expect(ingest.stamps(.createdAt) == ["2024-02-03"])
        #expect(ingest.report.valueDecisions.first?.reason == "set in the pipeline file")
    }

    /// Invalid dates are diagnostics at their physical line and file column, and the value is left
    /// missing; the row is still loaded. The multi-line note pushes the later rows down a line.
    @Test(arguments: ["31.02.2024", "2024-13-01", "gestern"])
    func invalidDateIsADiagnosticAtItsLineAndColumn(bad: String) throws {
        let ingest = try IngestFixture("""
            Record ID,Email,Lead Status,Create Date
            1,"a@example.com",NEW,01.02.2024
            2,b@example.com,"NEW
            (called twice)",13.03.2024
            3,c@example.com,NEW,\(bad)

            """, role: .marketing, preset: "hubspot_contacts")
        #expect(ingest.report.rowsLoaded == 3)
        #expect(ingest.records.map(\.line) == [2, 3, 5])
        #expect(ingest.stamps(.createdAt) == ["2024-02-01", "2024-03-13", ""])
        let diagnostic = try #require(ingest.diagnostics.first)
        #expect(ingest.diagnostics.count == 1)
        #expect(diagnostic.code == "invalid_timestamp")
        #expect((diagnostic.line, diagnostic.column) == (5, 4))
        #expect(diagnostic.file.hasSuffix("export.csv"))
        #expect(diagnostic.message.contains("'\(bad)'"))
        #expect(ingest.report.invalidValues == ["invalid_timestamp": 1])
    }
}

@Suite struct SourceIngestLedgerTests {
    @Test func emptyRecordIDIsRejectedAndTheLedgerAddsUp() throws {
        let ingest = try IngestFixture(#"""
            Record ID,First Name,Email
            1,Anna,anna@example.com
            ,Bernd,bernd@example.com
              ,Carla,carla@example.com
            4,Dora,"dora@example.com
            "
            5,"Emil ""Ede""","emil@example.com"extra
            6,Frida,frida@example.com

            """#, role: .marketing, preset: "hubspot_contacts")
        let report = ingest.report
        #expect(ingest.texts(.recordID) == ["1", "4", "6"])
        #expect(report.rowsRead == 6)
        #expect(report.rowsLoaded == 3)
        #expect(report.rowsRejected == 3)
        #expect(report.rowsRead == report.rowsLoaded + report.rowsRejected)
        #expect(report.rejectsByReason == ["missing_record_id": 2, "text_after_closing_quote": 1])
        let rejects = ingest.outcome.rejects.entries
        #expect(rejects.map(\.line).sorted() == [3, 4, 7])
        #expect(rejects.filter { $0.reason.code == "missing_record_id" }.map(\.line) == [3, 4])
        report._checkInvariants()
    }

    /// The first rows are held back to decide value formats; a rejected row's raw text must not
    /// depend on whether it was among them.
    @Test func missingRecordIDRawTextIsTheWholeRowBeforeAndAfterDetection() throws {
        // The id is not the first column, and the last column is not loaded.
        var csv = "First Name,Record ID,Email,Notiz\n"
        let rows = SourceIngest.detectionRows + 10
        for index in 1...rows {
            let id = index == 2 || index == rows - 1 ? "" : String(index)
            csv += "Name\(index),\(id),p\(index)@example.com,n\(index)\n"
        }
        let ingest = try IngestFixture(csv, role: .marketing, preset: "hubspot_contacts")
        #expect(ingest.report.rowsRead == rows)
        #expect(ingest.report.rowsLoaded == rows - 2)
        let rejects = ingest.outcome.rejects.entries
        #expect(rejects.map(\.line) == [3, rows])
        #expect(rejects.map(\.raw) == ["Name2,,p2@example.com,n2", "Name\(rows - 1),,p\(rows - 1)@example.com,n\(rows - 1)"])
    }

    @Test func missingRequiredColumnNamesTheClosestHeaders() throws {
        #expect(throws: HeaderMappingError.missingRequiredField(
            field: .status, role: .crmLeads, preset: "salesforce_lead_api", closestHeaders: ["Stauts"])
        ) {
            _ = try IngestFixture("""
                Id,Stauts,Email
                00Q5g000007n4Ez,Open,a@example.com

                """, role: .crmLeads, preset: "salesforce_lead_api")
        }
        let error = #expect(throws: HeaderMappingError.self) {
            _ = try IngestFixture("Kontakt,Vorname,E-Mail\n1,Anna,a@example.com\n", role: .marketing)
        }
        #expect(error?.description.contains("closest headers: \"Kontakt\"") == true)
    }
}

@Suite struct StarterPipelineTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: [
        ["sample-data/hubspot-contacts.csv", "sample-data/salesforce-leads.csv", "sample-data/salesforce-tasks.csv"],
        ["sample-data/german-excel/hubspot-kontakte.csv", "sample-data/german-excel/salesforce-leads-report.csv"],
    ])
    func starterPipelineForTheSampleFilesLoads(files: [String]) throws {
        let probes = try files.map { try SourceProbe(path: Self.packageRoot.appendingPathComponent($0).path) }
        let yaml = StarterPipeline.yaml(name: "sample", probes: probes)
        #expect(!yaml.contains("does not map yet"))
        let pipeline = try Pipeline.load(yaml: yaml, filePath: "pipeline.yaml", baseDirectory: Self.packageRoot,
                                         checkPaths: false)
        #expect(pipeline.name == "sample")
        #expect(pipeline.sources.map(\.role) == probes.map(\.role))
        #expect(pipeline.sources.map(\.url.path) == probes.map(\.path))
    }
}
