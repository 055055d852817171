extension HeaderPreset {
    /// Salesforce activity (task) report exported as CSV, labels in English and German.
    ///
    /// What a report really gives for the person an activity is about: `Contact`, `Lead` and
    /// `Name` hold display names ("Anna Müller"), not ids, so they are never `who_id` — joining on
    /// a name would attach one Anna Müller's calls to another. Only id columns are accepted
    /// (`Lead ID`, `Contact ID`, which a report shows when someone adds them). When a report has
    /// both, `Lead ID` wins: CRM leads are Lead records, and the contact id of a converted lead
    /// does not join them. Without an id column the mapper stops with a missing `who_id`.
    ///
    /// The report's `Date` is usually the date-only due date; created and completed date-times
    /// are mapped separately so that rules can prefer them.
    public static let salesforceTaskReport = HeaderPreset(
        name: "salesforce_task_report",
        displayName: "Salesforce activity report",
        role: .crmActivities,
        aliases: [
            .owner: ["Assigned", "Assigned To", "Zugewiesen", "Zugewiesen an" /* unverified */],
            .callResult: ["Call Result", "Anrufergebnis" /* unverified */],
            .activityType: ["Activity Type", "Type", "Aktivitätstyp" /* unverified */,
                            "Typ" /* unverified */],
            .activitySubtype: ["Task Subtype", "Aufgabenuntertyp" /* unverified */],
            .subject: ["Subject", "Betreff"],
            .status: ["Status"],
            .createdAt: ["Created Date", "Create Date", "Erstelldatum", "Erstellt am"],
            .completedAt: ["Completed Date/Time", "Completed Date", "Date Completed",
                           "Abgeschlossen am" /* unverified */],
            .activityDate: ["Date", "Due Date", "Fälligkeitsdatum", "Datum"],
        ],
        preferred: [
            // The 18-character id is case-insensitive and joins API exports; the 15-character one
            // needs converting first.
            .recordID: ["Activity ID (18 Char)", "Activity ID", "Aktivitäts-ID (18 Zeichen)" /* unverified */,
                        "Aktivitäts-ID" /* unverified */, "Task ID"],
            .whoID: ["Lead ID", "Lead-ID", "Contact ID", "Kontakt-ID", "Name ID" /* unverified */],
        ]
    )
}
