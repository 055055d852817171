import LeadreconCore
import Testing

/// A real export's header line and what the mapper must make of it.
struct ExportHeaderCase: Sendable, CustomTestStringConvertible {
    let name: String
    let role: SourceRole
    let headers: [String]
    let preset: String
    /// Field → header text of the column that must carry it; every other field has no column.
    let fields: [CanonicalField: String]
    let unmapped: [String]

    var testDescription: String { name }

    static let all: [ExportHeaderCase] = [
        ExportHeaderCase(
            name: "HubSpot contacts, default view plus common columns, BOM on the first header",
            role: .marketing,
            headers: [
                "\u{FEFF}Record ID", "First Name", "Last Name", "Email", "Phone Number", "Contact owner",
                "Primary Associated Company ID", "Last Activity Date", "Lead Status",
                "Marketing contact status", "Create Date", "Associated Company", "Lifecycle Stage",
                "Company Name", "Job Title", "Country/Region", "Original Source", "HubSpot Score",
                "Date entered \"Marketing Qualified Lead (Lifecycle Stage Pipeline)\"",
                "Owner Assigned Date",
            ],
            preset: "hubspot_contacts",
            fields: [
                .recordID: "\u{FEFF}Record ID", .firstName: "First Name", .lastName: "Last Name",
                .email: "Email", .phone: "Phone Number", .owner: "Contact owner",
                .status: "Lead Status", .createdAt: "Create Date", .lifecycleStage: "Lifecycle Stage",
                .company: "Company Name", .jobTitle: "Job Title", .country: "Country/Region",
                .leadSource: "Original Source", .score: "HubSpot Score",
                .mqlAt: "Date entered \"Marketing Qualified Lead (Lifecycle Stage Pipeline)\"",
                .ownerAssignedAt: "Owner Assigned Date",
            ],
            unmapped: ["Primary Associated Company ID", "Last Activity Date", "Marketing contact status"]),
        ExportHeaderCase(
            name: "HubSpot contacts, German labels, curly-quoted legacy MQL date",
            role: .marketing,
            headers: [
                "Datensatz-ID", "Vorname", "Nachname", "E-Mail", "Telefonnummer", "Kontaktinhaber",
                "Firmenname", "Erstellungsdatum", "Letzte Aktivität", "Land/Region", "Lead-Status",
                "Lebenszyklusphase", "\u{201C}Became a Marketing Qualified Lead Date\u{201D}",
            ],
            preset: "hubspot_contacts",
            fields: [
                .recordID: "Datensatz-ID", .firstName: "Vorname", .lastName: "Nachname",
                .email: "E-Mail", .phone: "Telefonnummer", .owner: "Kontaktinhaber",
                .company: "Firmenname", .createdAt: "Erstellungsdatum", .country: "Land/Region",
                .status: "Lead-Status", .lifecycleStage: "Lebenszyklusphase",
                .mqlAt: "\u{201C}Became a Marketing Qualified Lead Date\u{201D}",
            ],
            unmapped: ["Letzte Aktivität"]),
        ExportHeaderCase(
            name: "HubSpot contacts by internal property name (API export)",
            role: .marketing,
            headers: [
                "hs_object_id", "email", "firstname", "lastname", "lifecyclestage", "hs_lead_status",
                "hs_v2_date_entered_marketingqualifiedlead", "salesforceleadid", "createdate",
            ],
            preset: "hubspot_contacts",
            fields: [
                .recordID: "hs_object_id", .email: "email", .firstName: "firstname", .lastName: "lastname",
                .lifecycleStage: "lifecyclestage", .status: "hs_lead_status",
                .mqlAt: "hs_v2_date_entered_marketingqualifiedlead", .crmID: "salesforceleadid",
                .createdAt: "createdate",
            ],
            unmapped: []),
        ExportHeaderCase(
            name: "Marketo person list",
            role: .marketing,
            headers: [
                "Id", "First Name", "Last Name", "Email Address", "Company Name", "Job Title",
                "Phone Number", "Person Score", "Person Status", "Person Source", "Created At",
                "SFDC Type", "SFDC Id", "Behavior Score", "Demographic Score", "MQL Date",
            ],
            preset: "marketo_leads",
            fields: [
                .recordID: "Id", .firstName: "First Name", .lastName: "Last Name",
                .email: "Email Address", .company: "Company Name", .jobTitle: "Job Title",
                .phone: "Phone Number", .score: "Person Score", .status: "Person Status",
                .leadSource: "Person Source", .createdAt: "Created At", .crmID: "SFDC Id",
                .mqlAt: "MQL Date",
            ],
            unmapped: ["SFDC Type", "Behavior Score", "Demographic Score"]),
        ExportHeaderCase(
            name: "Salesforce leads, API names",
            role: .crmLeads,
            headers: [
                "Id", "FirstName", "LastName", "Email", "Company", "Phone", "MobilePhone", "Title",
                "Country", "Status", "LeadSource", "Rating", "OwnerId", "CreatedDate",
                "LastModifiedDate", "IsConverted", "ConvertedDate", "ConvertedContactId",
                "ConvertedOpportunityId", "LastActivityDate", "IsUnreadByOwner", "MasterRecordId",
                "HasOptedOutOfEmail", "DoNotCall", "Disqualified_Reason__c",
            ],
            preset: "salesforce_lead_api",
            fields: [
                .recordID: "Id", .firstName: "FirstName", .lastName: "LastName", .email: "Email",
                .company: "Company", .phone: "Phone", .mobilePhone: "MobilePhone", .jobTitle: "Title",
                .country: "Country", .status: "Status", .leadSource: "LeadSource", .owner: "OwnerId",
                .createdAt: "CreatedDate", .lastModifiedAt: "LastModifiedDate",
                .isConverted: "IsConverted", .convertedAt: "ConvertedDate",
                .masterRecordID: "MasterRecordId", .closeReason: "Disqualified_Reason__c",
            ],
            unmapped: [
                "Rating", "ConvertedContactId", "ConvertedOpportunityId", "LastActivityDate",
                "IsUnreadByOwner", "HasOptedOutOfEmail", "DoNotCall",
            ]),
        ExportHeaderCase(
            name: "Salesforce leads, Data Loader upper-cased",
            role: .crmLeads,
            headers: [
                "ID", "FIRSTNAME", "LASTNAME", "EMAIL", "COMPANY", "STATUS", "OWNERID", "CREATEDDATE",
                "ISCONVERTED", "CONVERTEDDATE", "MASTERRECORDID", "UNQUALIFIED_REASON__C",
            ],
            preset: "salesforce_lead_api",
            fields: [
                .recordID: "ID", .firstName: "FIRSTNAME", .lastName: "LASTNAME", .email: "EMAIL",
                .company: "COMPANY", .status: "STATUS", .owner: "OWNERID", .createdAt: "CREATEDDATE",
                .isConverted: "ISCONVERTED", .convertedAt: "CONVERTEDDATE",
                .masterRecordID: "MASTERRECORDID", .closeReason: "UNQUALIFIED_REASON__C",
            ],
            unmapped: []),
        ExportHeaderCase(
            name: "Salesforce lead report, English, Lead ID added",
            role: .crmLeads,
            headers: [
                "Lead Owner", "First Name", "Last Name", "Title", "Company / Account", "Lead Source",
                "Lead Status", "Rating", "Email", "Phone", "Create Date", "Lead ID",
                "Disqualification Reason",
            ],
            preset: "salesforce_lead_report",
            fields: [
                .owner: "Lead Owner", .firstName: "First Name", .lastName: "Last Name",
                .jobTitle: "Title", .company: "Company / Account", .leadSource: "Lead Source",
                .status: "Lead Status", .email: "Email", .phone: "Phone", .createdAt: "Create Date",
                .recordID: "Lead ID", .closeReason: "Disqualification Reason",
            ],
            unmapped: ["Rating"]),
        ExportHeaderCase(
            name: "Salesforce lead report, German",
            role: .crmLeads,
            headers: [
                "Lead-Inhaber", "Anrede", "Vorname", "Nachname", "Titel", "Firma/Account", "Lead-Quelle",
                "Leadstatus", "Bewertung", "E-Mail", "Telefon", "Mobiltelefon", "Land", "Erstellt am",
                "Zuletzt geändert am", "Konvertierungsdatum", "Letzte Aktivität", "Lead-ID",
                "Grund für Disqualifizierung",
            ],
            preset: "salesforce_lead_report",
            fields: [
                .owner: "Lead-Inhaber", .salutation: "Anrede", .firstName: "Vorname",
                .lastName: "Nachname", .jobTitle: "Titel", .company: "Firma/Account",
                .leadSource: "Lead-Quelle", .status: "Leadstatus", .email: "E-Mail", .phone: "Telefon",
                .mobilePhone: "Mobiltelefon", .country: "Land", .createdAt: "Erstellt am",
                .lastModifiedAt: "Zuletzt geändert am", .convertedAt: "Konvertierungsdatum",
                .recordID: "Lead-ID", .closeReason: "Grund für Disqualifizierung",
            ],
            unmapped: ["Bewertung", "Letzte Aktivität"]),
        ExportHeaderCase(
            name: "Pipedrive leads",
            role: .crmLeads,
            headers: [
                "Lead - ID", "Lead - Title", "Lead - Owner", "Lead - Source channel", "Person - Name",
                "Person - Email", "Person - Phone", "Organization - Name", "Lead - Lead created",
                "Deal - Status", "Deal - Lost reason",
            ],
            preset: "pipedrive_leads",
            fields: [
                .recordID: "Lead - ID", .owner: "Lead - Owner", .leadSource: "Lead - Source channel",
                .fullName: "Person - Name", .email: "Person - Email", .phone: "Person - Phone",
                .company: "Organization - Name", .createdAt: "Lead - Lead created",
                .status: "Deal - Status", .closeReason: "Deal - Lost reason",
            ],
            unmapped: ["Lead - Title"]),
        ExportHeaderCase(
            name: "Salesforce tasks, API names",
            role: .crmActivities,
            headers: [
                "Id", "WhoId", "WhatId", "OwnerId", "Subject", "ActivityDate", "Status", "Type",
                "TaskSubtype", "CallDisposition", "CreatedDate", "CompletedDateTime", "Description",
            ],
            preset: "salesforce_task_api",
            fields: [
                .recordID: "Id", .whoID: "WhoId", .owner: "OwnerId", .subject: "Subject",
                .activityDate: "ActivityDate", .status: "Status", .activityType: "Type",
                .activitySubtype: "TaskSubtype", .callResult: "CallDisposition",
                .createdAt: "CreatedDate", .completedAt: "CompletedDateTime",
            ],
            unmapped: ["WhatId", "Description"]),
        ExportHeaderCase(
            name: "Salesforce activity report, English, Lead ID added",
            role: .crmActivities,
            headers: [
                "Assigned", "Call Result", "Activity Type", "Subject", "Date", "Status",
                "Company / Account", "Contact", "Lead", "Lead ID", "Activity ID (18 Char)", "Call Type",
                "Task Subtype",
            ],
            preset: "salesforce_task_report",
            fields: [
                .owner: "Assigned", .callResult: "Call Result", .activityType: "Activity Type",
                .subject: "Subject", .activityDate: "Date", .status: "Status", .whoID: "Lead ID",
                .recordID: "Activity ID (18 Char)", .activitySubtype: "Task Subtype",
            ],
            unmapped: ["Company / Account", "Contact", "Lead", "Call Type"]),
        ExportHeaderCase(
            name: "Salesforce activity report, German",
            role: .crmActivities,
            headers: ["Zugewiesen", "Betreff", "Fälligkeitsdatum", "Status", "Aktivitätstyp",
                      "Aktivitäts-ID", "Lead-ID", "Firma/Account"],
            preset: "salesforce_task_report",
            fields: [
                .owner: "Zugewiesen", .subject: "Betreff", .activityDate: "Fälligkeitsdatum",
                .status: "Status", .activityType: "Aktivitätstyp", .recordID: "Aktivitäts-ID",
                .whoID: "Lead-ID",
            ],
            unmapped: ["Firma/Account"]),
        ExportHeaderCase(
            name: "Pipedrive activities",
            role: .crmActivities,
            headers: [
                "Activity - ID", "Activity - Subject", "Activity - Type", "Activity - Done",
                "Activity - Due date", "Activity - Due time", "Activity - Marked as done time",
                "Activity - Assigned to user", "Activity - Lead", "Activity - Person",
                "Activity - Note",
            ],
            preset: "pipedrive_activities",
            fields: [
                .recordID: "Activity - ID", .subject: "Activity - Subject",
                .activityType: "Activity - Type", .status: "Activity - Done",
                .activityDate: "Activity - Due date", .completedAt: "Activity - Marked as done time",
                .owner: "Activity - Assigned to user", .whoID: "Activity - Lead",
            ],
            unmapped: ["Activity - Due time", "Activity - Note"]),
        ExportHeaderCase(
            name: "German people register (Excel)",
            role: .people,
            headers: ["Nr.", "Anrede", "Vorname", "Nachname", "Geburtsdatum", "Straße", "PLZ", "Ort",
                      "E-Mail", "Telefon", "Handy", "Firma"],
            preset: "generic_people",
            fields: [
                .recordID: "Nr.", .salutation: "Anrede", .firstName: "Vorname", .lastName: "Nachname",
                .email: "E-Mail", .phone: "Telefon", .mobilePhone: "Handy", .company: "Firma",
                .dateOfBirth: "Geburtsdatum", .street: "Straße", .postalCode: "PLZ", .city: "Ort",
            ],
            unmapped: []),
    ]
}
