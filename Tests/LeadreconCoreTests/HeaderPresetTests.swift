@testable import LeadreconCore
import Testing

@Suite struct HeaderPresetTests {
    @Test(arguments: HeaderPresets.all)
    func presetIsSound(preset: HeaderPreset) {
        #expect(preset.invariantViolations() == [])
        #expect(preset.role.requiredFields.allSatisfy { preset.aliases[$0] != nil },
                "every required field of the role has an alias")
    }

    @Test func namesAreUniqueAndEveryRoleHasAPreset() {
        let names = HeaderPresets.all.map(\.name)
        #expect(Set(names).count == names.count)
        for role in SourceRole.allCases {
            #expect(!HeaderPresets.forRole(role).isEmpty, "\(role)")
        }
    }

    @Test(arguments: [
        ("hubspot_contacts", "hubspot_contacts"),
        ("HubSpot-Contacts", "hubspot_contacts"),
        ("salesforce lead report", "salesforce_lead_report"),
        ("PIPEDRIVE_ACTIVITIES", "pipedrive_activities"),
    ])
    func presetsAreFoundByName(name: String, expected: String) {
        #expect(HeaderPresets.named(name)?.name == expected)
    }

    @Test func unknownNameFindsNothing() {
        #expect(HeaderPresets.named("pardot_prospects") == nil)
    }

    @Test(arguments: [
        (HeaderPreset.hubspotContacts, "Zuletzt geändert am", CanonicalField.lastModifiedAt),
        (.hubspotContacts, "Date entered \u{201C}Marketing Qualified Lead (Lifecycle Stage Pipeline)\u{201D}", .mqlAt),
        (.hubspotContacts, "Became a Marketing Qualified Lead Date", .mqlAt),
        (.hubspotContacts, "Salesforce Contact ID", .crmID),
        (.salesforceLeadAPI, "FIRSTNAME", .firstName),
        (.salesforceLeadAPI, "DISQUALIFIED_REASON__C", .closeReason),
        (.salesforceLeadReport, "Lead-Inhaber", .owner),
        (.salesforceLeadReport, "Leadinhaber", .owner),
        (.salesforceLeadReport, "Firma/Account", .company),
        (.salesforceLeadReport, "Titel", .jobTitle),
        (.salesforceLeadReport, "Anrede", .salutation),
        (.salesforceTaskAPI, "CallDisposition", .callResult),
        (.salesforceTaskReport, "Activity ID (18 Char)", .recordID),
        (.salesforceTaskReport, "Aktivitäts-ID", .recordID),
        (.pipedriveLeads, "Person - Name", .fullName),
        (.pipedriveActivities, "Activity - Marked as done time", .completedAt),
    ])
    func aliasesResolve(preset: HeaderPreset, header: String, field: CanonicalField) {
        #expect(preset.field(forHeader: header) == field)
    }

    /// Report columns that hold display names must never be taken for ids.
    @Test(arguments: ["Contact", "Lead", "Name", "Company / Account"])
    func taskReportNameColumnsAreNotWhoID(header: String) {
        #expect(HeaderPreset.salesforceTaskReport.field(forHeader: header) == nil)
    }

    @Test func preferredAliasesCountAsAliases() {
        let preset = HeaderPreset(
            name: "t", displayName: "T", role: .people, aliases: [.phone: ["Telefon"]],
            preferred: [.phone: ["Phone"]])
        #expect(preset.aliases[.phone] == ["Phone", "Telefon"])
        #expect(preset.field(forHeader: "PHONE") == .phone)
        #expect(preset.preference(ofFolded: "phone") == 0)
        #expect(preset.preference(ofFolded: "telefon") == Int.max)
    }
}
