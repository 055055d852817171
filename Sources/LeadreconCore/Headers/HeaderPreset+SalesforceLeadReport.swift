extension HeaderPreset {
    /// Salesforce Lead report exported as CSV: field labels in the exporting user's language,
    /// 15-character ids, local time, names instead of ids (`Lead Owner` holds a name).
    ///
    /// A report shows `Lead ID` only when someone added the column; without it the mapper stops
    /// with a missing `record_id`, because reports without ids cannot be joined to activities.
    /// The close reason and close date labels are those of the custom fields that orgs commonly
    /// create (see ``salesforceLeadAPI``): conventions, not standard fields.
    public static let salesforceLeadReport = HeaderPreset(
        name: "salesforce_lead_report",
        displayName: "Salesforce lead report",
        role: .crmLeads,
        aliases: [
            .recordID: ["Lead ID", "Lead-ID", "Lead ID (18 Char)" /* unverified */],
            .owner: ["Lead Owner", "Lead-Inhaber", "Leadinhaber"],
            .firstName: ["First Name", "Vorname"],
            .lastName: ["Last Name", "Nachname"],
            .fullName: ["Name", "Full Name"],
            .salutation: ["Salutation", "Anrede"],
            .jobTitle: ["Title", "Titel"],
            .company: ["Company / Account", "Company", "Firma/Account", "Firma"],
            .leadSource: ["Lead Source", "Lead-Quelle", "Leadquelle"],
            .email: ["Email", "E-Mail"],
            .phone: ["Phone", "Telefon"],
            .mobilePhone: ["Mobile", "Mobile Phone", "Mobiltelefon", "Mobil"],
            .country: ["Country", "Land"],
            .createdAt: ["Create Date", "Created Date", "Erstelldatum", "Erstellt am", "Erstellungsdatum"],
            .lastModifiedAt: ["Last Modified Date", "Zuletzt geändert am",
                              "Letzte Änderung" /* unverified */],
            .isConverted: ["Converted", "Konvertiert"],
            .convertedAt: ["Converted Date", "Konvertierungsdatum", "Konvertiert am" /* unverified */],
            .closeReason: [
                "Disqualification Reason", "Disqualified Reason", "Unqualified Reason",
                "Reason Lost", "Lost Reason", "Closed Reason", "Rejection Reason",
                "Grund für Disqualifizierung", "Disqualifizierungsgrund", "Absagegrund",
                "Verlustgrund", "Ablehnungsgrund",
            ],
            .closedAt: [
                "Disqualified Date", "Disqualification Date", "Unqualified Date", "Closed Date",
                "Date Closed", "Datum der Disqualifizierung", "Disqualifizierungsdatum",
                "Abschlussdatum",
            ],
        ],
        preferred: [
            // `Status` alone appears in reports that join other objects; the lead's own label wins.
            .status: ["Lead Status", "Lead-Status", "Leadstatus", "Status"],
        ]
    )
}
