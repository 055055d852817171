import Foundation

/// The flag stage: every person the link stage found, evaluated against RULES.md at `as_of` in
/// working time of the calendar (a team's calendar when the lead's owner is in one).
struct FlagStage {
    let pipeline: Pipeline

    struct Outcome {
        /// Findings for `flags.csv` (PENDING leads are counted, not listed).
        var findings: [Finding]
        var summary: FlagSummary
        /// `reconciliation.csv` rows.
        var reconciliation: [[String]]
        /// Whether any finding is at the alert level (`alert.fail_on`): exit code 1.
        var alert: Bool
        /// The reconciliation itself, for the reports' tables (the same counts as the CSV rows).
        var reconciliationTable = Reconciliation()
        /// Funnel, first-touch buckets and findings by owner and source, for the reports.
        var figures = HandoffFigures()
    }

    /// People are assembled, evaluated and counted this many at a time, one range per job on
    /// whichever core is free: memory never holds more than a range of persons per core, and no
    /// array of persons or evaluations is kept between the three steps.
    var chunkSize = 32_768

    /// Evaluates every person of `assembly`.
    func run(_ assembly: PersonAssembly) -> Outcome {
        run(count: assembly.count, people: assembly.people)
    }

    /// Evaluates the given people (tests).
    func run(_ people: [PersonView]) -> Outcome {
        run(count: people.count) { Array(people[$0]) }
    }

    /// Evaluates `count` people, a range at a time: `people(range)` builds a range's persons,
    /// which the same job evaluates and counts in person order; the ranges' tallies are merged in
    /// order, so the outcome is the same for any range size or number of threads.
    private func run(count: Int, people: (Range<Int>) -> [PersonView]) -> Outcome {
        let asOf = Int64(pipeline.asOf.timeIntervalSince1970.rounded(.down))
        let starts = Array(stride(from: 0, to: count, by: chunkSize))
        // Rules and calendars of its own per worker, kept from one range to the next: their memos
        // are not shared between threads (a calendar shared by both cores had them queue on its
        // cache's lock at every working-time question) and stay warm. One rules value per team
        // calendar in use, looked up by owner only when there are teams.
        let parts = ParallelRanges.jobs(starts.count, state: { () -> WorkerRules in
            let book = CalendarBook(settings: pipeline.calendar)
            return WorkerRules(book: book, standard: FlagRules(rules: pipeline.rules, calendar: book.calendar(forOwner: nil), asOf: asOf))
        }) { worker, part in
            let book = worker.book, standard = worker.standard
            let standardCalendar = standard.calendar
            var tally = Tally()
            let hasTeams = !pipeline.calendar.teams.isEmpty   // once, not a settings copy per person
            let persons = people(starts[part]..<min(starts[part] + chunkSize, count))
            for index in persons.indices {   // by index: iterating copied every person
                if hasTeams, let owner = persons[index].personOwner,
                   let team = pipeline.calendar.team(ofOwner: owner) {
                    let rules = worker.byTeam[team.name] ?? FlagRules(rules: pipeline.rules, calendar: book.calendar(forOwner: owner), asOf: asOf)
                    worker.byTeam[team.name] = rules
                    tally.add(persons[index], rules: rules, calendar: rules.calendar)
                } else {
                    tally.add(persons[index], rules: standard, calendar: standardCalendar)
                }
            }
            return tally
        }
        // The parts' findings stay where they are (a third of a million at a million leads):
        // sorted straight out of them on one core while the other sums them up.
        var tally = Tally()
        for part in parts { tally.merge(part) }
        let partFindings = parts.map(\.findings)
        let finished = ParallelRanges.jobs(2) { job -> Finished in
            job == 0 ? .order(Self.sortedOrder(partFindings))
                : .summary(FlagSummary(findingsIn: partFindings, pending: tally.pending, timings: tally.timings))
        }
        guard case .order(let order) = finished[0], case .summary(let summary) = finished[1] else {
            preconditionFailure("jobs come back in the order they were given")
        }
        // Gathered on both cores: a third of a million findings copied on one was a visible tail.
        let findings = ParallelRanges.map(count: order.count) { partFindings[Int(order[$0].part)][Int(order[$0].index)] }
        let alert = findings.contains { finding in
            guard let flag = Pipeline.FindingFlag(rawValue: finding.flag) else { return false }
            let severity = Pipeline.FindingSeverity(rawValue: finding.severity)
            return pipeline.alert.failOn.contains { $0.matches(flag: flag, severity: severity) }
        }
        return Outcome(findings: findings, summary: summary,
                       reconciliation: tally.reconciliation.csvRows(), alert: alert, reconciliationTable: tally.reconciliation,
                       figures: tally.figures)
    }

    /// One worker's rules: the standard calendar's and, by team, those of the team calendars met.
    private struct WorkerRules {
        let book: CalendarBook
        let standard: FlagRules
        var byTeam: [String: FlagRules] = [:]
    }

    private enum Finished {
        case order([(part: Int32, index: Int32)])
        case summary(FlagSummary)
    }

    /// What the evaluations add up to: the findings (of one range; merged tallies leave them to
    /// the parts) and timings in person order, the PENDING count, the reconciliation and the
    /// report's figures.
    private struct Tally {
        var findings: [Finding] = []
        var timings: [FlagRules.FirstTouchTiming] = []
        var pending = 0
        var reconciliation = Reconciliation()
        var figures = HandoffFigures()

        /// Evaluates `person` by `rules`, the findings appended to the range's and read there.
        mutating func add(_ person: PersonView, rules: FlagRules, calendar: WorkingCalendar) {
            let start = findings.count
            let timing = rules.evaluate(person, appendingTo: &findings)
            if let timing { timings.append(timing) }
            reconciliation.add(person, findings: findings[start...], timing: timing, calendar: calendar)
            figures.add(person, findings: findings[start...], timing: timing, calendar: calendar)
            // PENDING is counted, not listed (at most one per person, so removing moves little).
            var index = start
            while index < findings.count {
                if findings[index].flag == "PENDING" {
                    pending += 1
                    findings.remove(at: index)
                } else {
                    index += 1
                }
            }
        }

        /// Adds the counts and timings of the people after these; their findings stay in `later`
        /// (``FlagStage/sortedOrder(_:)`` reads them from the parts).
        mutating func merge(_ later: Tally) {
            timings += later.timings
            pending += later.pending
            reconciliation.merge(later.reconciliation)
            figures.merge(later.figures)
        }
    }
}

extension FlagStage {
    /// `flags.csv` order: by flag (RULES.md order), then person (in `people.csv` order), then CRM
    /// ids. `parts` hold the findings in person order, so this is a stable bucketing by flag; only
    /// a person's several findings of one flag (one per rejected lead) are compared, by their CRM
    /// ids. Answers where each finding is, in output order.
    static func sortedOrder(_ parts: [[Finding]]) -> [(part: Int32, index: Int32)] {
        let ranks = Finding.flagOrder.count + 1
        func rank(_ flag: String) -> Int { Finding.flagOrder.firstIndex(of: flag) ?? ranks - 1 }
        var counts = [Int](repeating: 0, count: ranks)
        for part in parts { for index in part.indices { counts[rank(part[index].flag)] += 1 } }
        var next = [Int](repeating: 0, count: ranks)
        for index in 1..<ranks { next[index] = next[index - 1] + counts[index - 1] }
        let total = next[ranks - 1] + counts[ranks - 1]
        // Where each finding goes: (part, index) pairs in output order.
        var order = [(part: Int32, index: Int32)](repeating: (0, 0), count: total)
        for (part, findings) in parts.enumerated() {
            for index in findings.indices {
                let flag = rank(findings[index].flag)
                order[next[flag]] = (Int32(part), Int32(index))
                next[flag] += 1
            }
        }
        // Fields read in place: a whole `Finding` copied out (fifteen strings and arrays retained
        // and released) per look-up cost more than the bucketing.
        func personID(_ at: Int) -> String { parts[Int(order[at].part)][Int(order[at].index)].personID }
        func flag(_ at: Int) -> String { parts[Int(order[at].part)][Int(order[at].index)].flag }
        func crmKey(_ at: Int) -> String { parts[Int(order[at].part)][Int(order[at].index)].crmIDs.joined(separator: "|") }
        // Bucket by bucket (now `next[b]` is where bucket b ends and b + 1 starts), each run of
        // one person's findings of one flag ordered by CRM ids.
        var bucketStart = 0
        for bucketEnd in next {
            var start = bucketStart
            while start < bucketEnd {
                var end = start + 1
                let person = personID(start), runFlag = flag(start)
                while end < bucketEnd, personID(end) == person, flag(end) == runFlag { end += 1 }
                if end - start > 1 {
                    let keys = (start..<end).map(crmKey)
                    let run = (start..<end).sorted { a, b in
                        keys[a - start] != keys[b - start] ? keys[a - start] < keys[b - start] : a < b
                    }.map { order[$0] }
                    order.replaceSubrange(start..<end, with: run)
                }
                start = end
            }
            bucketStart = bucketEnd
        }
        return order
    }
}

/// The flag figures of `summary.json`.
public struct FlagSummary: Sendable, Codable, Equatable {
    public var byFlag: [String: Int] = [:]
    public var byReason: [String: Int] = [:]
    public var bySeverity: [String: Int] = [:]
    /// Good leads whose first-touch window has not elapsed yet and have no other reason.
    public var pending: Int
    /// Good leads whose first-touch clock ran (date-time precision), and the share touched in time.
    public var goodLeadsTimed: Int
    public var slaCompliance: Double?
    /// Working hours to the first touch: median, 75th and 90th percentile.
    public var firstTouchHoursP50: Double?
    public var firstTouchHoursP75: Double?
    public var firstTouchHoursP90: Double?

    /// The figures of the findings in `parts` (read in place: iterating copied every finding, a
    /// retain and a release of fifteen strings and arrays each).
    init(findingsIn parts: [[Finding]], pending: Int, timings: [FlagRules.FirstTouchTiming]) {
        // Severities counted per flag first: a "FLAG:severity" key made per finding was a string
        // built and hashed a third of a million times.
        var severities: [String: [String: Int]] = [:]
        for part in parts {
            for index in part.indices {
                let flag = part[index].flag
                byFlag[flag, default: 0] += 1
                let severity = part[index].severity
                if !severity.isEmpty { severities[flag, default: [:]][severity, default: 0] += 1 }
                for reason in part[index].reasons { byReason[reason, default: 0] += 1 }
            }
        }
        for (flag, counts) in severities {
            for (severity, count) in counts { bySeverity["\(flag):\(severity)"] = count }
        }
        self.pending = pending
        let decided = timings.compactMap(\.inTime)
        goodLeadsTimed = decided.count
        slaCompliance = decided.isEmpty ? nil : Self.round(Double(decided.filter { $0 }.count) / Double(decided.count))
        let hours = timings.compactMap(\.hours).sorted()
        firstTouchHoursP50 = Self.percentile(hours, 0.5)
        firstTouchHoursP75 = Self.percentile(hours, 0.75)
        firstTouchHoursP90 = Self.percentile(hours, 0.9)
    }

    /// Nearest-rank percentile, rounded to hundredths.
    static func percentile(_ sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = max(1, Int((p * Double(sorted.count)).rounded(.up)))
        return round(sorted[rank - 1])
    }

    static func round(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
