import LeadreconValues

/// `reconciliation.csv`: per month of MQL and lead source, marketing's MQLs split into outcomes —
/// every MQL in exactly one — and the CRM's leads split by where they came from, with a totals
/// row. The sheet both departments sit in front of: "you say 500, we received 430: here are the 70".
struct Reconciliation {
    /// Where an MQL ended up, in precedence order: the first that applies is its outcome.
    enum Outcome: String, CaseIterable {
        /// The CRM side existed first (a touch before the MQL, or a sales lead source).
        case salesSourced = "sales_sourced"
        /// Qualified, and no CRM record after the sync grace (LEAKED_MQL).
        case leaked
        /// No CRM record yet, within the sync grace (or no MQL date to measure it from).
        case notYetInCRM = "not_yet_in_crm"
        /// In the CRM, but owned by a queue or an integration user only: not handed to a person.
        case queueOnly = "queue_only"
        /// Worked, then returned as not ready (PREMATURE_HANDOFF CONFIRMED).
        case prematureConfirmed = "premature_confirmed"
        /// IGNORED_GOOD_LEAD with severity IGNORED.
        case ignored
        /// IGNORED_GOOD_LEAD with severity BREACH: the only fault is a late first touch.
        case touchedLate = "touched_late"
        /// PREMATURE_HANDOFF SUSPECTED (and not ignored or late).
        case prematureSuspected = "premature_suspected"
        /// The first-touch window has not elapsed yet.
        case pending
        /// Handed to a person and followed up within the SLA.
        case touchedInTime = "touched_in_time"
        /// Handed to a person but outside the good-lead rules: fit gate not met, or no MQL date.
        case notEvaluated = "not_evaluated"
    }

    struct Key: Hashable, Comparable {
        var month: String
        var source: String
        static func < (a: Key, b: Key) -> Bool { (a.month, a.source) < (b.month, b.source) }
    }

    struct Counts {
        var mqls = 0
        var outcomes = [Int](repeating: 0, count: Outcome.allCases.count)
        var crmFromMQLs = 0
        var crmSalesSourced = 0
        var crmNotQualified = 0

        mutating func update(_ change: (inout Counts) -> Void) { change(&self) }

        mutating func add(_ other: Counts) {
            mqls += other.mqls
            for index in outcomes.indices { outcomes[index] += other.outcomes[index] }
            crmFromMQLs += other.crmFromMQLs
            crmSalesSourced += other.crmSalesSourced
            crmNotQualified += other.crmNotQualified
        }

        /// The counts in ``Reconciliation/header`` order after the month and source.
        var values: [Int] {
            [mqls] + outcomes + [crmFromMQLs + crmSalesSourced + crmNotQualified, crmFromMQLs, crmSalesSourced, crmNotQualified]
        }

        var row: [String] { values.map(String.init) }
    }

    static let header = ["mql_month", "lead_source", "mqls"] + Outcome.allCases.map(\.rawValue)
        + ["crm_leads", "crm_leads_from_mqls", "crm_leads_sales_sourced", "crm_leads_not_qualified_by_marketing"]

    private(set) var rows: [Key: Counts] = [:]
    private var monthTexts: [Int: String] = [:]

    /// Adds one person, given its findings (PENDING included). Counted in place: a person's
    /// own `Counts` (an array) and month text per person were most of this at a million people.
    mutating func add(_ person: PersonView, findings: some RandomAccessCollection<Finding>, timing: FlagRules.FirstTouchTiming?,
                      calendar: WorkingCalendar) {
        let salesSourced = Self.has(findings, "SALES_SOURCED", nil)
        let leads = person.leads.count
        if person.isMQL {
            let mql = person.earliestMQL
            let key = Key(month: mql.map { monthText(calendar.localDate(of: $0)) } ?? "unknown",
                          source: person.marketingSource ?? "(none)")
            let outcome = Self.outcome(person, findings: findings, salesSourced: salesSourced, timing: timing)
            rows[key, default: Counts()].update { counts in
                counts.mqls += 1
                counts.outcomes[Outcome.allCases.firstIndex(of: outcome)!] += 1
                if salesSourced { counts.crmSalesSourced += leads } else { counts.crmFromMQLs += leads }
            }
        } else {
            guard leads > 0 else { return }
            let created = person.leads.lazy.compactMap(\.handoffAt).min()
            let key = Key(month: created.map { monthText(calendar.localDate(of: $0)) } ?? "unknown",
                          source: person.leadSource ?? "(none)")
            rows[key, default: Counts()].update { counts in
                if salesSourced { counts.crmSalesSourced += leads } else { counts.crmNotQualified += leads }
            }
        }
    }

    /// `Self.month(date)`, remembered per day: a few hundred distinct days among a million people.
    private mutating func monthText(_ date: LocalDate) -> String {
        if let known = monthTexts[date.dayNumber] { return known }
        let text = Self.month(date)
        monthTexts[date.dayNumber] = text
        return text
    }

    /// Adds the counts of `other` (people counted elsewhere): the counts are sums, so counting
    /// parts of the people apart and merging gives the same rows.
    mutating func merge(_ other: Reconciliation) {
        rows.merge(other.rows) { mine, theirs in
            var sum = mine
            sum.add(theirs)
            return sum
        }
    }

    /// Whether a finding has `flag` and `severity` (nil: any), read in place (a finding taken out
    /// of the collection is a copy, fifteen fields retained and released).
    private static func has(_ findings: some RandomAccessCollection<Finding>, _ flag: String, _ severity: String?) -> Bool {
        for index in findings.indices where findings[index].flag == flag {
            if severity.map({ findings[index].severity == $0 }) ?? true { return true }
        }
        return false
    }

    static func outcome(_ person: PersonView, findings: some RandomAccessCollection<Finding>, salesSourced: Bool,
                        timing: FlagRules.FirstTouchTiming?) -> Outcome {
        func has(_ flag: String, _ severity: String = "") -> Bool { Self.has(findings, flag, severity) }
        if salesSourced { return .salesSourced }
        if has("LEAKED_MQL") { return .leaked }
        if person.leads.isEmpty { return .notYetInCRM }
        if !person.leads.indices.contains(where: { person.leads[$0].ownerIsPerson }) { return .queueOnly }
        if has("PREMATURE_HANDOFF", "CONFIRMED") { return .prematureConfirmed }
        if has("IGNORED_GOOD_LEAD", "IGNORED") { return .ignored }
        if has("IGNORED_GOOD_LEAD", "BREACH") { return .touchedLate }
        if has("PREMATURE_HANDOFF", "SUSPECTED") { return .prematureSuspected }
        if has("PENDING") { return .pending }
        return timing?.inTime == true ? .touchedInTime : .notEvaluated
    }

    static func month(_ date: LocalDate) -> String {
        let (year, month, _) = date.components
        return "\(year)-\(month < 10 ? "0" : "")\(month)"
    }

    /// The CSV rows, by month and source, then the totals row. Every row adds up: `mqls` equals
    /// the sum of the outcome columns, and `crm_leads` the sum of its three parts.
    func csvRows() -> [[String]] {
        var total = Counts()
        var out: [[String]] = []
        for key in rows.keys.sorted() {
            let counts = rows[key]!
            precondition(counts.mqls == counts.outcomes.reduce(0, +), "reconciliation does not add up for \(key)")
            total.add(counts)
            out.append([key.month, key.source] + counts.row)
        }
        out.append(["total", ""] + total.row)
        return out
    }
}
