@testable import LeadreconCore
import Testing

/// Who the two rules leave out (queues, sales-sourced people), and the other findings (see
/// `FlagRulesTests` for the dates used).
extension FlagRulesTests {
    static let exclusions: [FlagCase] = [
        // A queue owns the lead: no hand-off to a person, so neither rule applies although it lies
        // untouched for weeks; and a CRM record exists, so the MQL has not leaked.
        FlagCase("MQL in a queue for weeks",
                 FlagFixture.person([FlagFixture.hubspot(mql: "2024-10-07T13:00+02:00")],
                                    [FlagFixture.lead(.new, owner: "00G5J000001AbCdEAF", handoff: "2024-10-07T14:00+02:00")]),
                 asOf: "2024-10-23T12:00+02:00", []),
        FlagCase("never an MQL, in a queue",
                 FlagFixture.person([FlagFixture.hubspot(stage: "Lead")],
                                    [FlagFixture.lead(.new, owner: "00G5J000001AbCdEAF", handoff: "2024-10-07T14:00+02:00")]),
                 asOf: "2024-10-23T12:00+02:00", []),
        // Touched Fri 4.10. 11:00+02:00, before the MQL Mon 7.10. 13:00+02:00: sales-sourced. It
        // would otherwise be HANDOFF_BEFORE_MQL (Fri 10:00 → Mon 13:00 = 8 + 5 = 13 wh > 10) and
        // STALE_OPEN (16 cd after T0).
        FlagCase("touched before the MQL",
                 FlagFixture.person([FlagFixture.hubspot(mql: "2024-10-07T13:00+02:00")],
                                    [FlagFixture.lead(.working, handoff: "2024-10-04T10:00+02:00",
                                                      touches: ["2024-10-04T11:00+02:00"])]),
                 asOf: "2024-10-23T12:00+02:00", [ExpectedFinding("SALES_SOURCED", crm: ["00Q1"])]),
        // Date-only MQL Mon 7.10.: a touch on Fri 4.10. is on an earlier date.
        FlagCase("touched the working day before a date-only MQL",
                 FlagFixture.person([FlagFixture.hubspot(mqlDate: "2024-10-07")],
                                    [FlagFixture.lead(.working, handoff: "2024-10-04T15:00+02:00",
                                                      touches: ["2024-10-04T16:00+02:00"])]),
                 asOf: "2024-10-23T12:00+02:00", [ExpectedFinding("SALES_SOURCED", crm: ["00Q1"])]),
        // CRM lead source "Kaltakquise" (cold calling): sales-sourced; untouched, NEW and without a
        // company it would otherwise be NO_FIRST_TOUCH, NO_DECISION, STALE_OPEN and INCOMPLETE_RECORD.
        FlagCase("lead source Kaltakquise",
                 FlagFixture.person([FlagFixture.hubspot(mql: "2024-10-07T13:00+02:00", company: "")],
                                    [FlagFixture.lead(.new, handoff: "2024-10-07T14:00+02:00", source: "Kaltakquise",
                                                      company: "")]),
                 asOf: "2024-10-23T12:00+02:00", [ExpectedFinding("SALES_SOURCED", crm: ["00Q1"])]),
    ]

    @Test(arguments: exclusions)
    func queuesAndSalesSourcedPeopleAreExcluded(_ row: FlagCase) { row.check() }

    /// Qualified Mon 7.10. 14:00+02:00 (or on the date Mon 7.10.), no CRM record at all.
    static let unsynced = FlagFixture.person([FlagFixture.hubspot(mql: "2024-10-07T14:00+02:00")], [])
    static let unsyncedDate = FlagFixture.person([FlagFixture.hubspot(mqlDate: "2024-10-07")], [])

    /// Two WORKING leads handed off Mon 7.10. 14:00+02:00, the first touched 15:00 (in time).
    static func twoLeads(owners: (String, String)) -> PersonView {
        FlagFixture.person(
            [FlagFixture.hubspot(mql: "2024-10-07T13:00+02:00")],
            [FlagFixture.lead(.working, id: "00Q1", owner: owners.0, handoff: "2024-10-07T14:00+02:00",
                              touches: ["2024-10-07T15:00+02:00"]),
             FlagFixture.lead(.working, id: "00Q2", owner: owners.1, handoff: "2024-10-07T14:00+02:00")])
    }

    /// Marketing stage `stage` (qualified Mon 13:00+02:00), one lead in `bucket` touched in time.
    static func drift(_ stage: String, _ bucket: Pipeline.StatusBucket) -> PersonView {
        FlagFixture.person([FlagFixture.hubspot(stage: stage, mql: "2024-10-07T13:00+02:00")],
                           [FlagFixture.lead(bucket, handoff: "2024-10-07T14:00+02:00", touches: ["2024-10-07T15:00+02:00"])])
    }

    /// A person only the CRM knows (no marketing record, so never a good lead), with closed leads.
    static func crmOnly(reasons: [String]) -> PersonView {
        FlagFixture.person([], reasons.enumerated().map { index, reason in
            FlagFixture.lead(.closed, id: "00Q\(index + 1)", handoff: "2024-10-07T14:00+02:00", closeReason: reason,
                             closedAt: "2024-10-08T10:00+02:00")
        })
    }

    static let otherFindings: [FlagCase] = [
        // leak.sync_grace 1 working day from the MQL Mon 14:00+02:00: Mon 4 + Tue 8.10. 08–14 = 6
        // → 10 wh at Tue 14:00+02:00.
        FlagCase("MQL without a CRM record for 1 working day", unsynced, asOf: "2024-10-08T14:00+02:00", [
            ExpectedFinding("LEAKED_MQL", crm: [], mql: "2024-10-07T14:00:00+02:00", precision: "datetime"),
        ]),
        FlagCase("MQL without a CRM record for 9h59", unsynced, asOf: "2024-10-08T13:59+02:00", []),
        // Date-only: working days (Mon 7.10., Tue 8.10.] = 1 ≥ 1 on any hour of Tuesday.
        FlagCase("date-only MQL without a CRM record the next working day", unsyncedDate, asOf: "2024-10-08T08:00+02:00", [
            ExpectedFinding("LEAKED_MQL", mql: "2024-10-07", precision: "date"),
        ]),
        FlagCase("date-only MQL without a CRM record the same day", unsyncedDate, asOf: "2024-10-07T23:00+02:00", []),
        FlagCase("no MQL and no CRM record", FlagFixture.person([FlagFixture.hubspot(stage: "Lead")], []),
                 asOf: "2024-10-23T12:00+02:00", []),
        FlagCase("two open leads, two owners", twoLeads(owners: ("005ANNA", "005BEN")), asOf: "2024-10-07T16:00+02:00", [
            ExpectedFinding("DUPLICATE_WORK", crm: ["00Q1", "00Q2"]),
        ]),
        FlagCase("two open leads, one owner", twoLeads(owners: ("005ANNA", "005ANNA")),
                 asOf: "2024-10-07T16:00+02:00", []),
        FlagCase("marketing says customer, CRM lead NEW", drift("Customer", .new), asOf: "2024-10-07T16:00+02:00", [
            ExpectedFinding("STATUS_DRIFT", crm: ["00Q1"]),
        ]),
        FlagCase("CRM lead converted, marketing says MQL", drift("Marketing Qualified Lead", .converted),
                 asOf: "2024-10-07T16:00+02:00", [ExpectedFinding("STATUS_DRIFT", crm: ["00Q1"])]),
        FlagCase("opportunity being worked", drift("Opportunity", .working), asOf: "2024-10-07T16:00+02:00", []),
        FlagCase("customer converted", drift("Customer", .converted), asOf: "2024-10-07T16:00+02:00", []),
        // One finding per closed lead without a reason, for people who are no good lead too.
        FlagCase("two leads closed without a reason", crmOnly(reasons: ["", ""]), asOf: "2024-10-09T12:00+02:00", [
            ExpectedFinding("REJECTED_WITHOUT_REASON", crm: ["00Q1"]),
            ExpectedFinding("REJECTED_WITHOUT_REASON", crm: ["00Q2"]),
        ]),
        FlagCase("one of two leads closed without a reason", crmOnly(reasons: ["No response", ""]),
                 asOf: "2024-10-09T12:00+02:00", [ExpectedFinding("REJECTED_WITHOUT_REASON", crm: ["00Q2"])]),
        // Never an MQL, handed off and closed silently: premature, and rejected without a reason.
        FlagCase("never an MQL, closed without a reason",
                 FlagFixture.person([FlagFixture.hubspot(stage: "Lead")],
                                    [FlagFixture.lead(.closed, handoff: "2024-10-07T14:00+02:00",
                                                      closedAt: "2024-10-08T10:00+02:00")]),
                 asOf: "2024-10-09T12:00+02:00", [
            .premature("SUSPECTED", "HANDOFF_BEFORE_MQL"),
            ExpectedFinding("REJECTED_WITHOUT_REASON", crm: ["00Q1"]),
        ]),
    ]

    @Test(arguments: otherFindings)
    func otherFindingsFire(_ row: FlagCase) { row.check() }
}
