import LeadreconCore
import Testing

@Suite struct HeaderMapperTests {
    let mapper = HeaderMapper()

    @Test(arguments: ExportHeaderCase.all)
    func detectsPresetAndMapsFields(example: ExportHeaderCase) throws {
        let mapping = try mapper.map(headers: example.headers, role: example.role)
        #expect(mapping.preset == example.preset)
        #expect(mapping.detected)
        let mapped = mapping.columns.mapValues { example.headers[$0] }
        #expect(mapped == example.fields)
        #expect(mapping.unmappedHeaders == example.unmapped)
        #expect(mapping.decisions.map(\.index) == Array(example.headers.indices))
        #expect(Set(mapping.columns.keys).isSubset(of: example.role.usefulFields))
    }

    @Test(arguments: ExportHeaderCase.all)
    func namedPresetGivesTheSameMapping(example: ExportHeaderCase) throws {
        let preset = try #require(HeaderPresets.named(example.preset))
        let detected = try mapper.map(headers: example.headers, role: example.role)
        let named = try mapper.map(headers: example.headers, role: example.role, preset: preset)
        #expect(named.columns == detected.columns)
        #expect(!named.detected)
    }

    @Test func reportsTheDetectionScore() throws {
        let hubspot = ExportHeaderCase.all[0]
        let mapping = try mapper.map(headers: hubspot.headers, role: .marketing)
        #expect(mapping.score.description == "17 of 20 headers matched hubspot_contacts")
        #expect(mapper.score(.marketoLeads, headers: hubspot.headers, role: .marketing).matched < 17)
    }

    @Test func detectionTiesGoToRegistryOrderWithAWarning() throws {
        // "First Name", "Last Name" and "Job Title" are HubSpot and Marketo labels alike.
        let mapping = try mapper.map(
            headers: ["Kundennummer", "First Name", "Last Name", "Job Title"], role: .marketing,
            overrides: [.recordID: "Kundennummer"])
        #expect(mapping.preset == "hubspot_contacts")
        #expect(mapping.warnings == [
            "presets hubspot_contacts, marketo_leads match equally (3 of 4 headers); "
                + "using hubspot_contacts, name one under preset: to choose",
        ])
    }

    @Test func presetOfAnotherRoleIsUsedWithAWarning() throws {
        let mapping = try mapper.map(
            headers: ["Id", "Email", "Status", "Disqualified_Reason__c"], role: .marketing,
            preset: .salesforceLeadAPI)
        #expect(mapping.columns == [.recordID: 0, .email: 1, .status: 2])
        #expect(mapping.unmappedHeaders == ["Disqualified_Reason__c"], "close_reason is not loaded for marketing")
        #expect(mapping.warnings == ["preset salesforce_lead_api is for role crm_leads, used here for role marketing"])
    }
}

@Suite struct HeaderMapperConflictTests {
    let mapper = HeaderMapper()

    @Test func duplicatedHeaderKeepsTheFirstColumn() throws {
        let mapping = try mapper.map(
            headers: ["Record ID", "Email", "First Name", "EMAIL", "Notes", "Notes"], role: .marketing)
        #expect(mapping.columns[.email] == 1)
        #expect(mapping.decisions[3] == HeaderDecision(index: 3, header: "EMAIL", field: .email, how: .duplicate))
        #expect(mapping.decisions[5] == HeaderDecision(index: 5, header: "Notes", field: nil, how: .duplicate))
        #expect(mapping.warnings == [
            "header \"EMAIL\" appears in columns 2 and 4; using column 2",
            "header \"Notes\" appears in columns 5 and 6; using column 5",
        ])
        #expect(mapping.unmappedHeaders == ["Notes"])
    }

    @Test func blankHeadersAreNotDuplicates() throws {
        let mapping = try mapper.map(headers: ["Record ID", "", "Email", ""], role: .marketing)
        #expect(mapping.warnings == [])
        #expect(mapping.decisions.map(\.how) == [.preset, .unmapped, .preset, .unmapped])
    }

    @Test func twoHeadersForOneFieldKeepTheFirstWithAWarning() throws {
        let headers = ["Lead-ID", "Leadstatus", "Telefon", "Email", "Phone"]
        let mapping = try mapper.map(headers: headers, role: .crmLeads)
        #expect(mapping.columns[.phone] == 2)
        #expect(mapping.decisions[4] == HeaderDecision(index: 4, header: "Phone", field: .phone, how: .superseded))
        #expect(mapping.warnings == ["columns 3 \"Telefon\" and 5 \"Phone\" both mean 'phone'; using column 3"])
    }

    @Test func threeHeadersForOneFieldAreAllNamed() throws {
        let headers = ["Lead ID", "Lead Status", "Company", "Firma", "Company / Account", "Email"]
        let mapping = try mapper.map(headers: headers, role: .crmLeads, preset: .salesforceLeadReport)
        #expect(mapping.columns[.company] == 2)
        #expect(mapping.warnings == [
            "columns 3 \"Company\", 4 \"Firma\" and 5 \"Company / Account\" all mean 'company'; using column 3",
        ])
    }

    @Test(arguments: [
        // The 18-character activity id wins over the 15-character one, wherever it stands.
        (SourceRole.crmActivities, ["Activity ID", "Lead ID", "Activity ID (18 Char)"],
         CanonicalField.recordID, 2, 0),
        // A lead id joins CRM leads; a contact id only converted ones.
        (.crmActivities, ["Activity ID", "Contact ID", "Lead ID"], .whoID, 2, 1),
        // The current HubSpot MQL date wins over the legacy one.
        (.marketing, ["Record ID", "Became a Marketing Qualified Lead Date",
                      "Date entered \u{201C}Marketing Qualified Lead (Lifecycle Stage Pipeline)\u{201D}", "Email"],
         .mqlAt, 2, 1),
        // The contact's own company text wins over the associated company record's name.
        (.marketing, ["Record ID", "Associated Company", "Company Name", "Email"], .company, 2, 1),
        // The lead's own status label wins over a bare Status.
        (.crmLeads, ["Lead ID", "Status", "Lead Status", "Email"], .status, 2, 1),
    ])
    func preferredAliasWinsWithoutAWarning(
        role: SourceRole, headers: [String], field: CanonicalField, winner: Int, loser: Int
    ) throws {
        let mapping = try mapper.map(headers: headers, role: role)
        #expect(mapping.columns[field] == winner)
        #expect(mapping.decisions[loser].how == .superseded)
        #expect(mapping.decisions[loser].field == field)
        #expect(mapping.warnings == [])
    }

    @Test func sourceWithoutContactColumnsIsWarned() throws {
        let mapping = try mapper.map(headers: ["Record ID", "Lifecycle Stage"], role: .marketing)
        #expect(mapping.warnings == ["no column for email, phone or a name: records of this source cannot be linked"])
    }
}

@Suite struct HeaderMapperOverrideTests {
    let mapper = HeaderMapper()

    @Test func overrideMapsAHeaderThePresetDoesNotKnow() throws {
        let headers = ["Lead Owner", "Lead Status", "Email", "Lead Number"]
        let mapping = try mapper.map(headers: headers, role: .crmLeads, overrides: [.recordID: "lead_number"])
        #expect(mapping.preset == "salesforce_lead_report")
        #expect(mapping.columns == [.owner: 0, .status: 1, .email: 2, .recordID: 3])
        #expect(mapping.decisions[3] == HeaderDecision(index: 3, header: "Lead Number", field: .recordID, how: .override))
    }

    @Test func overrideClaimsAColumnFromAnotherField() throws {
        // The report's Date is a date-only due date; this analyst wants the creation time instead.
        let headers = ["Activity ID", "Lead ID", "Date", "Created Date"]
        let mapping = try mapper.map(
            headers: headers, role: .crmActivities, overrides: [.activityDate: "Created Date"])
        #expect(mapping.columns == [.recordID: 0, .whoID: 1, .activityDate: 3])
        #expect(mapping.decisions.map(\.how) == [.preset, .preset, .superseded, .override])
        #expect(mapping.warnings == [])
    }

    @Test func overrideSupersedesThePresetColumnForItsField() throws {
        let headers = ["Lead ID", "Lead Status", "Phone", "Mobile"]
        let mapping = try mapper.map(headers: headers, role: .crmLeads, overrides: [.phone: "MOBILE"])
        #expect(mapping.columns == [.recordID: 0, .status: 1, .phone: 3])
        #expect(mapping.decisions[2] == HeaderDecision(index: 2, header: "Phone", field: .phone, how: .superseded))
        #expect(mapping.warnings == [])
    }

    @Test func overrideCanSupplyARequiredField() throws {
        let headers = ["Lead Owner", "First Name", "Last Name", "Lead Status", "Email", "Lead-Nr."]
        #expect(throws: HeaderMappingError.self) {
            try mapper.map(headers: headers, role: .crmLeads)
        }
        let mapping = try mapper.map(headers: headers, role: .crmLeads, overrides: [.recordID: "Lead-Nr."])
        #expect(mapping.columns[.recordID] == 5)
    }
}

@Suite struct HeaderMappingErrorTests {
    let mapper = HeaderMapper()

    @Test(arguments: [
        // A Salesforce lead report as it comes by default: no id column at all.
        (SourceRole.crmLeads,
         ["Lead Owner", "First Name", "Last Name", "Title", "Company / Account", "Lead Source",
          "Lead Status", "Rating", "Email", "Phone", "Create Date"],
         "no column for 'record_id' (role crm_leads, preset salesforce_lead_report); "
            + "no header is close; add it under columns: in the pipeline file"),
        // An activity report showing who by name only: the names are suggested, not taken.
        (.crmActivities,
         ["Assigned", "Subject", "Date", "Status", "Lead", "Contact", "Name", "Activity ID"],
         "no column for 'who_id' (role crm_activities, preset salesforce_task_report); "
            + "closest headers: \"Contact\", \"Lead\", \"Name\"; add it under columns: in the pipeline file"),
        // A hand-renamed HubSpot export.
        (.marketing,
         ["Contact Record", "Kontakt-Nr", "Email", "First Name", "Owner ID"],
         "no column for 'record_id' (role marketing, preset hubspot_contacts); "
            + "closest headers: \"Kontakt-Nr\", \"Contact Record\", \"Owner ID\"; add it under columns: in the pipeline file"),
        // Pipedrive leads without the linked deal's status.
        (.crmLeads,
         ["Lead - ID", "Lead - Title", "Lead - Owner", "Person - Name", "Person - Email"],
         "no column for 'status' (role crm_leads, preset pipedrive_leads); "
            + "closest headers: \"Lead - Title\"; add it under columns: in the pipeline file"),
        // Nothing at all.
        (.marketing, [],
         "no column for 'record_id' (role marketing, preset hubspot_contacts); "
            + "no header is close; add it under columns: in the pipeline file"),
    ])
    func missingRequiredFieldNamesTheClosestHeaders(role: SourceRole, headers: [String], message: String) {
        let error = #expect(throws: HeaderMappingError.self) {
            try mapper.map(headers: headers, role: role)
        }
        #expect(error?.description == message)
        guard case .missingRequiredField(_, let errorRole, _, let closest)? = error else {
            Issue.record("expected a missing required field, got \(String(describing: error))")
            return
        }
        #expect(errorRole == role)
        #expect(closest.count <= 3)
    }

    @Test func missingRequiredFieldCarriesItsParts() {
        let headers = ["Activity ID (18 Char)", "Subject", "Contact"]
        #expect(throws: HeaderMappingError.missingRequiredField(
            field: .whoID, role: .crmActivities, preset: "salesforce_task_report", closestHeaders: ["Contact"])
        ) {
            try mapper.map(headers: headers, role: .crmActivities)
        }
    }

    @Test(arguments: [
        ([CanonicalField.recordID: "Recrod ID"],
         "columns: maps 'record_id' to \"Recrod ID\", which is not a header of the file; "
            + "closest headers: \"Record ID\""),
        ([.lastName: "Surname"],
         "columns: maps 'last_name' to \"Surname\", which is not a header of the file; no header is close"),
        ([.closeReason: "Notes"],
         "columns: maps 'close_reason', which role marketing does not load; remove it"),
        ([.firstName: "Name", .lastName: "name"],
         "columns: maps 'first_name' and 'last_name' to the same header \"Name\"; a column carries one field"),
    ])
    func wrongOverridesAreErrors(overrides: [CanonicalField: String], message: String) {
        let headers = ["Record ID", "Email", "Name", "Notes", "Record Owner"]
        let error = #expect(throws: HeaderMappingError.self) {
            try mapper.map(headers: headers, role: .marketing, overrides: overrides)
        }
        #expect(error?.description == message)
    }
}
