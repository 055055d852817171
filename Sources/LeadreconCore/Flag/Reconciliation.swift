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

    /// Adds one person, given its findings (PENDING included).
    mutating func add(_ person: PersonView, findings: [Finding], timing: FlagRules.FirstTouchTiming?,
                      calendar: WorkingCalendar) {
        let isMQL = person.marketing.contains { StatusBuckets.mqlOrLater.contains($0.stage) || $0.mqlAt != nil }
        let flags = Set(findings.map { "\($0.flag):\($0.severity)" })
        let salesSourced = findings.contains { $0.flag == "SALES_SOURCED" }
        var counts = Counts()
        let key: Key
        if isMQL {
            let mql = person.marketing.compactMap(\.mqlAt).min()
            key = Key(month: mql.map { Self.month(calendar.localDate(of: $0)) } ?? "unknown",
                      source: person.marketing.first { !$0.source.isEmpty }?.source ?? "(none)")
            counts.mqls = 1
            let outcome = Self.outcome(person, flags: flags, salesSourced: salesSourced, timing: timing)
            counts.outcomes[Outcome.allCases.firstIndex(of: outcome)!] = 1
            if salesSourced { counts.crmSalesSourced = person.leads.count } else { counts.crmFromMQLs = person.leads.count }
        } else {
            guard !person.leads.isEmpty else { return }
            let created = person.leads.compactMap(\.handoffAt).min()
            key = Key(month: created.map { Self.month(calendar.localDate(of: $0)) } ?? "unknown",
                      source: person.leads.first { !$0.leadSource.isEmpty }?.leadSource ?? "(none)")
            if salesSourced { counts.crmSalesSourced = person.leads.count } else { counts.crmNotQualified = person.leads.count }
        }
        rows[key, default: Counts()].add(counts)
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

    static func outcome(_ person: PersonView, flags: Set<String>, salesSourced: Bool,
                        timing: FlagRules.FirstTouchTiming?) -> Outcome {
        if salesSourced { return .salesSourced }
        if flags.contains("LEAKED_MQL:") { return .leaked }
        if person.leads.isEmpty { return .notYetInCRM }
        if !person.leads.contains(where: \.ownerIsPerson) { return .queueOnly }
        if flags.contains("PREMATURE_HANDOFF:CONFIRMED") { return .prematureConfirmed }
        if flags.contains("IGNORED_GOOD_LEAD:IGNORED") { return .ignored }
        if flags.contains("IGNORED_GOOD_LEAD:BREACH") { return .touchedLate }
        if flags.contains("PREMATURE_HANDOFF:SUSPECTED") { return .prematureSuspected }
        if flags.contains("PENDING:") { return .pending }
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
