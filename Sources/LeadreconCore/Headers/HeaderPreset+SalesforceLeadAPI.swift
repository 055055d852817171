extension HeaderPreset {
    /// Salesforce Lead records by API name, as Data Loader, Workbench and API exports write them
    /// (ISO 8601 UTC datetimes, 18-character ids). Data Loader may upper-case the headers
    /// (`FIRSTNAME`); folding makes that the same key.
    ///
    /// The `__c` fields below are custom fields, not part of the standard Lead object: they are
    /// names that orgs commonly give to a close reason and close date (Salesforce has no standard
    /// field for either). They are conventions, accepted when present; any other name is mapped
    /// under `columns:` in the pipeline file.
    public static let salesforceLeadAPI = HeaderPreset(
        name: "salesforce_lead_api",
        displayName: "Salesforce leads (API names)",
        role: .crmLeads,
        aliases: [
            .recordID: ["Id"],
            .firstName: ["FirstName"],
            .lastName: ["LastName"],
            .fullName: ["Name"],
            .salutation: ["Salutation"],
            .email: ["Email"],
            .phone: ["Phone"],
            .mobilePhone: ["MobilePhone"],
            .company: ["Company"],
            .jobTitle: ["Title"],
            .country: ["Country", "CountryCode"],
            .status: ["Status"],
            .leadSource: ["LeadSource"],
            .owner: ["OwnerId"],
            .createdAt: ["CreatedDate"],
            .lastModifiedAt: ["LastModifiedDate"],
            .isConverted: ["IsConverted"],
            .convertedAt: ["ConvertedDate"],
            .masterRecordID: ["MasterRecordId"],
            // Pardot's managed package writes its score here: a real number, unlike `Rating`
            // (Hot/Warm/Cold), which is deliberately not mapped to `score`.
            .score: ["pi__score__c"],
            // Conventions, not standard fields (see above).
            .ownerAssignedAt: ["Owner_Assigned_Date__c", "Assigned_Date__c", "Date_Assigned__c"],
            .closeReason: [
                "Disqualified_Reason__c", "Disqualification_Reason__c", "Unqualified_Reason__c",
                "Reason_Lost__c", "Lost_Reason__c", "Closed_Reason__c", "Rejection_Reason__c",
            ],
            .closedAt: [
                "Disqualified_Date__c", "Disqualification_Date__c", "Unqualified_Date__c",
                "Closed_Date__c", "Date_Closed__c", "Lost_Date__c",
            ],
        ]
    )
}
