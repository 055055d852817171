import Testing
@testable import LeadreconCore
import LeadreconLink
import LeadreconValues

/// The link stage's input: normalised values and the blocking keys built from them.
@Suite struct LinkBlockingTests {
    static let fields: [CanonicalField] = [.recordID, .firstName, .lastName, .email, .phone, .company, .country, .dateOfBirth]

    /// A one-source table of people: (id, first, last, email, phone, company, date of birth day).
    static func table(_ rows: [(String, String, String, String, String, String, Int64?)]) -> SourceTable {
        var table = SourceTable(name: "people", role: .people, fields: fields)
        for (line, row) in rows.enumerated() {
            var record = CanonicalRecord(fields: fields)
            record.line = line + 2
            let texts = [row.0, row.1, row.2, row.3, row.4, row.5, "DE"]
            for (slot, text) in texts.enumerated() { record.values[slot] = text.isEmpty ? .missing : .text(text) }
            record.values[7] = row.6.map { .timestamp(Timestamp(secondsSinceEpoch: $0 * 86_400, precision: .date)) } ?? .missing
            table.append(record)
        }
        return table
    }

    static let people = table([
        ("1", "Anna", "Müller", "Anna.Mueller@Example.com", "030 1234567", "Müller & Söhne GmbH", 7000),
        ("2", "Müller", "Anna", "anna.mueller@example.com", "+49 (0)30 1234567", "Mueller und Soehne GmbH & Co. KG", 7000),
        ("3", "Bernd", "Kahl", "info@kahl.de", "", "", nil),
    ])

    @Test func normalisesForComparisonAndBlocking() {
        let records = LinkRecords(tables: [Self.people], fields: [.email, .phone, .firstName, .lastName, .company, .dateOfBirth])
        #expect(records.value(.email, 0) == "anna.mueller@example.com")
        #expect(records.value(.phone, 0) == "+49301234567")
        #expect(records.value(.phone, 0) == records.value(.phone, 1))
        #expect(records.value(.company, 0) == records.value(.company, 1))
        #expect(records.value(.lastName, 0) == "mueller")
        #expect(records.value(.dateOfBirth, 0) == "d7000")
        #expect(records.value(.dateOfBirth, 2) == nil)
    }

    /// The phone rule keys a record by its phone, else its mobile phone: a landline and the same
    /// number as another's mobile meet; a record with neither has no key.
    @Test func phoneRuleFallsBackToTheMobileNumber() {
        let fields: [CanonicalField] = [.recordID, .phone, .mobilePhone]
        var table = SourceTable(name: "people", role: .people, fields: fields)
        for (line, row) in [("1", "030 1234567", ""), ("2", "", "+49 30 1234567"), ("3", "", ""),
                            ("4", "040 7654321", "0171 5555555"), ("5", "", "0171 5555555")].enumerated() {
            var record = CanonicalRecord(fields: fields)
            record.line = line + 2
            for (slot, text) in [row.0, row.1, row.2].enumerated() { record.values[slot] = text.isEmpty ? .missing : .text(text) }
            table.append(record)
        }
        let records = LinkRecords(tables: [table], fields: LinkBlocking.fields(of: Pipeline.BlockingRule.defaults))
        let rule = LinkBlocking.rules(Pipeline.BlockingRule.defaults, records: records).first { $0.name == "phone" }!
        let keys = (0..<records.count).map { rule.keys.key(ofRecord: $0) }
        #expect(keys[0] != nil && keys[0] == keys[1])
        #expect(keys[2] == nil)
        // The phone wins over the mobile: record 4 is not keyed by the mobile record 5 has.
        #expect(keys[3] != nil && keys[3] != keys[4] && keys[4] != nil)
    }

    @Test func rulesKeyTheRecordsTheySay() {
        let records = LinkRecords(tables: [Self.people], fields: LinkBlocking.fields(of: Pipeline.BlockingRule.defaults + [
            .custom(name: "dob_last", fields: [.dateOfBirth, .lastName]),
        ]))
        let rules = LinkBlocking.rules(Pipeline.BlockingRule.defaults + [.custom(name: "dob_last", fields: [.dateOfBirth, .lastName])],
                                       records: records)
        func keys(_ name: String) -> [String?] {
            let rule = rules.first { $0.name == name }!
            return (0..<records.count).map { rule.keys.key(ofRecord: $0) }
        }
        // Swapped first and last names share the order-free key.
        #expect(keys("swapped_names")[0] == keys("swapped_names")[1])
        #expect(keys("first_last_name")[0] != keys("first_last_name")[1])
        // E-mail and phone agree after normalisation.
        #expect(keys("email")[0] == keys("email")[1])
        #expect(keys("phone")[0] == keys("phone")[1])
        // Local parts under five characters ("info") say nothing about who it is.
        #expect(keys("email_local_part")[2] == nil)
        // A custom rule needs every field: record 3 has no birth date.
        #expect(keys("dob_last")[0] != nil && keys("dob_last")[2] == nil)
    }
}
