extension HeaderPreset {
    /// Salesforce Task (and Event) records by API name, as Data Loader and API exports write them.
    ///
    /// `WhoId` is the lead (`00Q…`) or contact (`003…`) the activity is about; `WhatId` (account,
    /// opportunity) is not a person and is not loaded. Event exports share most names; for them
    /// `ActivityDateTime` (a date-time) is preferred over the date-only `ActivityDate`.
    public static let salesforceTaskAPI = HeaderPreset(
        name: "salesforce_task_api",
        displayName: "Salesforce tasks (API names)",
        role: .crmActivities,
        aliases: [
            .recordID: ["Id"],
            .whoID: ["WhoId"],
            .owner: ["OwnerId"],
            .subject: ["Subject"],
            .status: ["Status"],
            .activityType: ["Type"],
            .activitySubtype: ["TaskSubtype", "EventSubtype"],
            .callResult: ["CallDisposition"],
            .createdAt: ["CreatedDate"],
            .completedAt: ["CompletedDateTime"],
        ],
        preferred: [
            .activityDate: ["ActivityDateTime", "ActivityDate"],
        ]
    )
}
