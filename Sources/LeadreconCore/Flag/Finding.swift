/// One row of `flags.csv`: a finding about a person, with the evidence it rests on.
struct Finding {
    var flag: String
    var severity = ""
    var reasons: [String] = []
    var personID: String
    var marketingIDs: [String] = []
    var crmIDs: [String] = []
    var owner = ""
    var leadSource = ""
    var mqlAt = ""
    var handoffAt = ""
    var firstTouchAt = ""
    var workingHoursToFirstTouch = ""
    var precision = ""
    var newSinceLastRun = ""
    var detail = ""

    /// The `flags.csv` columns (DESIGN.md output contract).
    static let header = ["flag", "severity", "reasons", "person_id", "marketing_id", "crm_id", "owner", "lead_source",
                         "mql_at", "handoff_at", "first_touch_at", "working_hours_to_first_touch", "precision",
                         "new_since_last_run", "detail"]

    var row: [String] {
        [flag, severity, reasons.joined(separator: "|"), personID, marketingIDs.joined(separator: "|"),
         crmIDs.joined(separator: "|"), owner, leadSource, mqlAt, handoffAt, firstTouchAt, workingHoursToFirstTouch,
         precision, newSinceLastRun, detail]
    }

    /// Output order: by flag (RULES.md order), then person (`people.csv` order), then CRM ids.
    static let flagOrder = ["IGNORED_GOOD_LEAD", "PREMATURE_HANDOFF", "LEAKED_MQL", "DUPLICATE_WORK", "STATUS_DRIFT",
                            "REJECTED_WITHOUT_REASON", "SALES_SOURCED"]
}
