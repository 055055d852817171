extension HeaderPreset {
    /// Pipedrive activities export: `Activity - Field` headers.
    ///
    /// `Activity - Done` (done / not done) is the activity's status. For `who_id` an id column is
    /// preferred; `Activity - Lead` and `Activity - Person` are accepted after it, as exports
    /// commonly show them, but where they hold the lead's title or the person's name instead of
    /// an id, activities will not join CRM leads: map an id column under `columns:` then.
    public static let pipedriveActivities = HeaderPreset(
        name: "pipedrive_activities",
        displayName: "Pipedrive activities",
        role: .crmActivities,
        aliases: [
            .recordID: ["Activity - ID"],
            .activityType: ["Activity - Type"],
            .status: ["Activity - Done"],
            .completedAt: ["Activity - Marked as done time"],
            .activityDate: ["Activity - Due date"],
            .subject: ["Activity - Subject"],
            .owner: ["Activity - Assigned to user", "Activity - Owner" /* unverified */],
            .createdAt: ["Activity - Add time"],
        ],
        preferred: [
            .whoID: ["Activity - Lead ID" /* unverified */, "Activity - Lead",
                     "Activity - Person ID" /* unverified */, "Activity - Person"],
        ]
    )
}
