extension HeaderPreset {
    /// HubSpot contacts export (`hubspot-crm-exports-all-contacts-….csv`), labels in English and
    /// German, plus the internal property names that API and workflow exports use.
    ///
    /// Labels marked "unverified" were seen in secondary sources only: accepted, never required.
    public static let hubspotContacts = HeaderPreset(
        name: "hubspot_contacts",
        displayName: "HubSpot contacts",
        role: .marketing,
        aliases: [
            .recordID: ["Record ID", "Contact ID", "hs_object_id", "Datensatz-ID",
                        "Kontakt-ID" /* unverified */],
            .firstName: ["First Name", "firstname", "Vorname"],
            .lastName: ["Last Name", "lastname", "Nachname"],
            .salutation: ["Salutation", "Anrede"],
            .email: ["Email", "E-Mail", "E-Mail-Adresse" /* unverified */],
            .phone: ["Phone Number", "phone", "Telefonnummer"],
            .mobilePhone: ["Mobile Phone Number", "mobilephone",
                           "Mobiltelefonnummer" /* unverified */],
            .jobTitle: ["Job Title", "jobtitle", "Berufsbezeichnung" /* unverified */],
            .country: ["Country/Region", "Country", "Land/Region"],
            .lifecycleStage: ["Lifecycle Stage", "lifecyclestage", "Lebenszyklusphase" /* unverified */],
            .status: ["Lead Status", "hs_lead_status", "Leadstatus", "Lead-Status" /* unverified */],
            .leadSource: ["Original Source", "Original Source Type" /* older label */,
                          "hs_analytics_source", "Ursprüngliche Quelle" /* unverified */],
            .score: ["HubSpot Score", "hubspotscore", "Score"],
            .owner: ["Contact owner", "HubSpot Owner" /* older label */, "hubspot_owner_id",
                     "Kontaktinhaber" /* unverified */, "Kontakt-Inhaber" /* unverified */],
            .ownerAssignedAt: ["Owner Assigned Date", "hubspot_owner_assigneddate"],
            .createdAt: ["Create Date", "createdate", "Erstellungsdatum", "Erstelldatum"],
            .lastModifiedAt: ["Last Modified Date", "lastmodifieddate",
                              "Zuletzt geändert am" /* unverified */,
                              "Datum der letzten Änderung" /* unverified */],
        ],
        preferred: [
            // The lifecycle-stage-pipeline date replaced the "Became a … Date" property; when an
            // export carries both, the current one is the one HubSpot keeps up to date.
            .mqlAt: [
                "Date entered \"Marketing Qualified Lead (Lifecycle Stage Pipeline)\"",
                "hs_v2_date_entered_marketingqualifiedlead",
                "Became a Marketing Qualified Lead Date",
                "hs_lifecyclestage_marketingqualifiedlead_date",
            ],
            // `Company Name` is the contact's own text property, the one the Salesforce
            // integration syncs into Lead.Company; `Associated Company` is the name of the
            // associated company record, often derived from the e-mail domain.
            .company: ["Company Name", "company", "Firmenname", "Associated Company",
                       "Zugeordnetes Unternehmen" /* unverified */],
            // Set by the HubSpot–Salesforce integration. CRM leads are Lead records, so the lead
            // id joins them; the contact id is the fallback for converted leads.
            .crmID: ["Salesforce Lead ID", "salesforceleadid", "Salesforce Contact ID",
                     "salesforcecontactid"],
        ]
    )
}
