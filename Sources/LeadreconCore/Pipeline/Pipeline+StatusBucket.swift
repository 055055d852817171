extension Pipeline {
    /// The four states every raw CRM status is reduced to (RULES.md, "Status buckets").
    public enum StatusBucket: String, Sendable, CaseIterable {
        /// Not yet worked: Salesforce "Open - Not Contacted", HubSpot NEW/OPEN.
        case new = "NEW"
        /// Being worked: "Working - Contacted", ATTEMPTED_TO_CONTACT, CONNECTED, IN_PROGRESS.
        case working = "WORKING"
        /// Became an opportunity or customer: "Closed - Converted", OPEN_DEAL.
        case converted = "CONVERTED"
        /// Given up: "Closed - Not Converted", UNQUALIFIED, BAD_TIMING.
        case closed = "CLOSED"
    }
}
