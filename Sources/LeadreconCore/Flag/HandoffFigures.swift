/// What the report's funnel, time-to-first-touch histogram and findings tables count, gathered
/// person by person inside the flag stage, so that they rest on the very evaluation that wrote
/// `flags.csv` and `reconciliation.csv` and cannot drift from it.
struct HandoffFigures: Equatable {
    /// The hand-over funnel. Stages are cumulative: each counts the MQLs that also passed the
    /// stage before, so the bars only ever shrink.
    enum FunnelStage: String, CaseIterable {
        /// Marketing qualified it (same test as the reconciliation's `mqls`).
        case mql = "MQL"
        /// A CRM lead of theirs is owned by a person (not a queue or an integration user).
        case handedOff = "handed off"
        /// A completed call, e-mail or meeting is logged on one of their CRM leads.
        case touched
        /// A CRM lead of theirs was worked: it is WORKING or CONVERTED now, or closed after touches.
        case working
        /// A CRM lead of theirs is CONVERTED.
        case converted
    }

    /// Working time from T0 to the first touch. A "working day" is the calendar's longest day of
    /// opening hours (10 h for Mon–Fri 08:00–18:00), so the buckets read as the sales team lives them.
    enum FirstTouchBucket: String, CaseIterable {
        case underOneHour = "< 1 h"
        case underFourHours = "< 4 h"
        case underOneDay = "< 1 working day"
        case underThreeDays = "< 3 working days"
        case threeDaysOrMore = "≥ 3 working days"
        /// No touch, and the window has elapsed.
        case never

        /// The bucket of `hours` of working time, given the hours of one working day.
        static func of(hours: Double, dayHours: Double) -> FirstTouchBucket {
            if hours < 1 { return .underOneHour }
            if hours < 4 { return .underFourHours }
            if hours < dayHours { return .underOneDay }
            if hours < 3 * dayHours { return .underThreeDays }
            return .threeDaysOrMore
        }
    }

    /// Findings of one owner or one lead source, with the number of people behind them (the
    /// denominator a reader needs before comparing two owners).
    struct Group: Equatable {
        var people = 0
        /// Per flag of ``HandoffFigures/countedFlags``, in that order (counted by position: a
        /// dictionary by flag text hashed each finding twice).
        var counts = [Int](repeating: 0, count: HandoffFigures.countedFlags.count)

        /// The counts by flag, for the flags with any.
        var byFlag: [String: Int] {
            var byFlag: [String: Int] = [:]
            for (index, count) in counts.enumerated() where count > 0 { byFlag[HandoffFigures.countedFlags[index]] = count }
            return byFlag
        }
    }

    /// The flags the owner and source tables count (SALES_SOURCED is informational, PENDING not a finding).
    static let countedFlags = ["IGNORED_GOOD_LEAD", "PREMATURE_HANDOFF", "LEAKED_MQL", "DUPLICATE_WORK",
                               "STATUS_DRIFT", "REJECTED_WITHOUT_REASON"]
    static let noOwner = "(not handed to a person)"
    static let noSource = "(none)"

    /// Marketing lead source → count per ``FunnelStage``.
    private(set) var funnel: [String: [Int]] = [:]
    /// Count per ``FirstTouchBucket`` of the good leads whose first-touch clock ran (date-time precision).
    private(set) var firstTouch = [Int](repeating: 0, count: FirstTouchBucket.allCases.count)
    /// Good leads still inside their first-touch window (not in the histogram).
    private(set) var firstTouchPending = 0
    private(set) var byOwner: [String: Group] = [:]
    private(set) var bySource: [String: Group] = [:]

    /// Adds one person, given its findings (PENDING included) and first-touch timing.
    mutating func add(_ person: PersonView, findings: some RandomAccessCollection<Finding>, timing: FlagRules.FirstTouchTiming?,
                      calendar: WorkingCalendar) {
        guard !person.marketing.isEmpty || !person.leads.isEmpty else { return }
        let source = Self.source(of: person)
        let owner = person.personOwner ?? Self.noOwner
        let isMQL = person.isMQL
        if isMQL {
            let passed = Self.stagesPassed(person)
            Self.count(passed, into: &funnel[source, default: [Int](repeating: 0, count: FunnelStage.allCases.count)])
        }
        if let timing {
            if let hours = timing.hours {
                firstTouch[FirstTouchBucket.allCases.firstIndex(of: .of(hours: hours, dayHours: calendar.longestDayHours))!] += 1
            } else if timing.inTime == false {
                firstTouch[FirstTouchBucket.allCases.firstIndex(of: .never)!] += 1
            } else {
                firstTouchPending += 1
            }
        }
        // One look-up per table and person (a look-up per finding was most of this stage's hashing).
        Self.count(findings, in: &byOwner[owner, default: Group()])
        Self.count(findings, in: &bySource[source, default: Group()])
    }

    /// Counts one person and their counted findings into `group`.
    private static func count(_ findings: some RandomAccessCollection<Finding>, in group: inout Group) {
        group.people += 1
        // By index: a finding taken out of the collection is a copy (fifteen fields retained).
        for index in findings.indices {
            if let flag = countedFlags.firstIndex(of: findings[index].flag) { group.counts[flag] += 1 }
        }
    }

    /// Adds the figures of `other` (people counted elsewhere): every figure is a sum.
    mutating func merge(_ other: HandoffFigures) {
        funnel.merge(other.funnel) { mine, theirs in zip(mine, theirs).map { $0 + $1 } }
        for index in firstTouch.indices { firstTouch[index] += other.firstTouch[index] }
        firstTouchPending += other.firstTouchPending
        func add(_ group: Group, to mine: Group) -> Group {
            Group(people: mine.people + group.people, counts: zip(mine.counts, group.counts).map { $0 + $1 })
        }
        byOwner.merge(other.byOwner) { add($1, to: $0) }
        bySource.merge(other.bySource) { add($1, to: $0) }
    }

    /// The reconciliation's key for MQLs (the marketing lead source); for people marketing never
    /// had, the CRM lead source.
    static func source(of person: PersonView) -> String {
        person.marketingSource ?? person.leadSource ?? noSource
    }

    private static func count(_ passed: Int, into stages: inout [Int]) {
        for index in 0..<passed { stages[index] += 1 }
    }

    /// How many ``FunnelStage``s `person` passed: the stages are cumulative, so they are the
    /// first ones (a count, not an array per person). One pass over the leads reading fields in
    /// place (a closure per test copied every lead it was given).
    static func stagesPassed(_ person: PersonView) -> Int {
        let leads = person.leads
        var handedOff = false, touched = false, working = false, converted = false
        for index in leads.indices {
            let bucket = leads[index].bucket, hasTouches = !leads[index].touches.isEmpty
            handedOff = handedOff || leads[index].ownerIsPerson
            touched = touched || hasTouches
            working = working || bucket == .working || bucket == .converted || (bucket == .closed && hasTouches)
            converted = converted || bucket == .converted
        }
        return !handedOff ? 1 : !touched ? 2 : !working ? 3 : !converted ? 4 : 5
    }

}
