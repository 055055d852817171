extension HeaderPreset {
    /// Pipedrive leads export: `Entity - Field` headers for the lead and the person, organisation
    /// and deal linked to it.
    ///
    /// `Lead - Title` is deliberately not mapped: it names the lead ("Acme lead"), which is
    /// neither the person's job title nor any other canonical field. Pipedrive leads have no
    /// status of their own; the linked deal's status and lost reason stand in for it.
    public static let pipedriveLeads = HeaderPreset(
        name: "pipedrive_leads",
        displayName: "Pipedrive leads",
        role: .crmLeads,
        aliases: [
            .recordID: ["Lead - ID"],
            .owner: ["Lead - Owner", "Lead - Inhaber" /* unverified */],
            .leadSource: ["Lead - Source channel", "Lead - Source" /* unverified */,
                          "Lead - Quellkanal" /* unverified */],
            .fullName: ["Person - Name"],
            .firstName: ["Person - First name" /* unverified */, "Person - Vorname" /* unverified */],
            .lastName: ["Person - Last name" /* unverified */, "Person - Nachname" /* unverified */],
            .email: ["Person - Email", "Person - Email - Work" /* unverified */,
                     "Person - E-Mail" /* unverified */],
            .phone: ["Person - Phone", "Person - Phone - Work" /* unverified */,
                     "Person - Telefon" /* unverified */],
            .mobilePhone: ["Person - Phone - Mobile" /* unverified */],
            .jobTitle: ["Person - Job title" /* unverified */],
            .company: ["Organization - Name", "Organisation - Name" /* unverified */],
            .createdAt: ["Lead - Lead created", "Lead - Add time" /* unverified */,
                         "Lead - Created" /* unverified */],
            .lastModifiedAt: ["Lead - Update time" /* unverified */],
            .status: ["Deal - Status", "Lead - Status" /* unverified */],
            .closeReason: ["Deal - Lost reason", "Lead - Archive reason" /* unverified */,
                           "Deal - Verlustgrund" /* unverified */],
            .closedAt: ["Deal - Lost time" /* unverified */, "Deal - Deal closed on" /* unverified */],
        ]
    )
}
