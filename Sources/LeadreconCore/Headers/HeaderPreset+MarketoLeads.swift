extension HeaderPreset {
    /// Marketo person (lead) list export. The columns depend on the list view; Marketo renamed
    /// "Lead" fields to "Person" fields, and exports show either.
    public static let marketoLeads = HeaderPreset(
        name: "marketo_leads",
        displayName: "Marketo leads",
        role: .marketing,
        aliases: [
            .recordID: ["Id", "Marketo ID" /* unverified */, "Person ID" /* unverified */],
            .firstName: ["First Name"],
            .lastName: ["Last Name"],
            .salutation: ["Salutation"],
            .email: ["Email Address", "Email"],
            .phone: ["Phone Number", "Phone"],
            .mobilePhone: ["Mobile Phone Number"],
            .company: ["Company Name", "Company"],
            .jobTitle: ["Job Title", "Title"],
            .country: ["Country"],
            // Revenue Cycle Modeler stage, where the instance uses one.
            .lifecycleStage: ["Revenue Stage" /* unverified */],
            .status: ["Person Status", "Lead Status"],
            .leadSource: ["Person Source", "Lead Source"],
            // `Behavior Score` and `Demographic Score` are custom parts of the total: not the score.
            .score: ["Person Score", "Lead Score"],
            .owner: ["Lead Owner Email Address" /* unverified */, "Lead Owner" /* unverified */],
            .createdAt: ["Created At", "Created"],
            .lastModifiedAt: ["Updated At", "Updated"],
            .crmID: ["SFDC ID", "SFDC Lead ID" /* unverified */, "Salesforce ID" /* unverified */],
            .mqlAt: ["MQL Date", "Date Became MQL", "MQL Timestamp" /* unverified */],
        ]
    )
}
