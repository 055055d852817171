import Foundation
import LeadreconLink
import LeadreconValues

/// Evaluates RULES.md for one person at `as_of`: every finding, its severity and reason codes in
/// RULES.md order, and the timestamps and working hours it rests on. PENDING leads come back as
/// findings with flag `PENDING`: counted in the summary, not written to `flags.csv`.
///
/// A class: one instance per calendar serves a range of a million people, and as a struct of
/// settings, sets and a calendar every copy into a closure or an evaluation retained them all
/// (a fifth of the stage).
final class FlagRules {
    let rules: Pipeline.RuleSettings
    let calendar: WorkingCalendar
    let asOf: Int64
    let freeMail = FreeMailDomains.standard
    /// The settings' lists folded once, not once per person (at a million people folding them
    /// per evaluation was three quarters of the flag stage).
    private let salesSources: Set<String>
    private let handRaiseSources: Set<String>
    private let readinessReasons: Set<String>
    private let countries: Set<String>
    /// `premature.required_fields` as one field set per group, the phone group also satisfied by a
    /// mobile number: read per person, the nested setting arrays were retained and released and
    /// each field hashed.
    private let requiredGroups: [CanonicalFieldSet]
    /// Which of those lists each distinct raw text is on, folded and looked up once.
    private let lists = ListMemo()

    init(rules: Pipeline.RuleSettings, calendar: WorkingCalendar, asOf: Int64) {
        self.rules = rules
        self.calendar = calendar
        self.asOf = asOf
        salesSources = Set(rules.salesSources.map(HeaderFolding.fold))
        handRaiseSources = Set(rules.sla.handRaiseSources.map(HeaderFolding.fold))
        readinessReasons = Set(rules.premature.readinessReasons.map(HeaderFolding.fold))
        countries = Set(rules.goodLead.countries.map(HeaderFolding.fold))
        requiredGroups = rules.premature.requiredFields.map { group in
            var fields = CanonicalFieldSet()
            for field in group {
                fields.insert(field)
                if field == .phone { fields.insert(.mobilePhone) }
            }
            return fields
        }
    }

    static let ignoredOrder = ["NO_FIRST_TOUCH", "LATE_FIRST_TOUCH", "NO_DECISION", "TOO_FEW_ATTEMPTS", "SILENT_CLOSE", "STALE_OPEN"]
    static let prematureOrder = ["HANDOFF_BEFORE_MQL", "BELOW_THRESHOLD", "INCOMPLETE_RECORD", "UNFIT_PROFILE", "REJECTED_NOT_READY"]
    static let day: Int64 = 86_400

    /// The settings' lists a record's lead source, close reason or country is on (folded): these
    /// columns hold few distinct values, so each is folded and looked up once per run, and
    /// answered with one hash (a fold memo and then a set were two per question).
    private func lists(of value: String) -> ListMemo.Lists {
        lists.lists(of: value) { raw in
            let folded = HeaderFolding.fold(raw)
            var lists: ListMemo.Lists = []
            if salesSources.contains(folded) { lists.insert(.salesSource) }
            if handRaiseSources.contains(folded) { lists.insert(.handRaiseSource) }
            if readinessReasons.contains(folded) { lists.insert(.readinessReason) }
            if countries.contains(folded) { lists.insert(.country) }
            return lists
        }
    }

    /// Working seconds of `duration` counted from `start` (a `1d` is that day's opening hours).
    private func seconds(_ duration: WorkingDuration, from start: Int64) -> Int64 {
        let end = calendar.adding(duration, to: start)
        // Opening time added is opening time measured (`WorkingCalendar.adding(_:to:)`,
        // property-tested) wherever the window ends inside the calendar: no second walk
        // through it for the SLA windows in hours, asked several times per good lead.
        if case .working(0, let minutes) = duration, end != .max, start >= calendar.lowerBound {
            return Int64(max(minutes, 0)) * 60
        }
        return calendar.workingSeconds(from: start, to: end)
    }

    private func days(_ duration: WorkingDuration) -> Int64 {
        if case .calendarDays(let n) = duration { return Int64(n) }
        return Int64(calendar.roundedUpToWholeWorkingDays(duration) ?? 0)
    }

    private func workingDays(_ from: LocalDate, _ to: LocalDate) -> Int {
        from < to ? calendar.workingDays(fromDate: from, toDate: to) : 0
    }

    private func iso(_ seconds: Int64) -> String {
        Timestamp(secondsSinceEpoch: seconds).iso8601String(in: calendar.timeZone)
    }

    /// Every e-mail address of the person that has a domain is at a free-mail domain (and there
    /// is at least one).
    private func isFreeMail(_ person: PersonView) -> Bool {
        var any = false
        for email in person.marketing.lazy.map(\.email) + person.leads.lazy.map(\.email) {
            guard let domain = Self.domain(of: email) else { continue }
            if !freeMail.contains(domain) { return false }
            any = true
        }
        return any
    }

    /// The lower-cased text after the last `@` of `email`, ignoring `@`s at its end (`a@b@c` → `c`,
    /// `anna@` → `anna`); nil when nothing is left. The domain is the only part made into a new
    /// string (one per address and person was a tenth of the stage).
    static func domain(of email: String) -> String? {
        let utf8 = email.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "@") { end = utf8.index(before: end) }
        guard end > utf8.startIndex else { return nil }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] != UInt8(ascii: "@") { start = utf8.index(before: start) }
        let domain = Substring(email[start..<end])
        return domain.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") || $0 >= 0x80 })
            ? domain.lowercased() : String(domain)
    }

    /// A good lead's first-touch clock, for SLA compliance and percentiles in the summary.
    struct FirstTouchTiming {
        /// Working hours from T0 to the first touch; nil when there is none yet.
        var hours: Double?
        /// Whether the first touch came within the window; nil while pending.
        var inTime: Bool?
    }

    /// The person's findings, PENDING included (tests; the flag stage appends them to a range's).
    func evaluate(_ person: PersonView) -> [Finding] {
        var findings: [Finding] = []
        _ = evaluate(person, appendingTo: &findings)
        return findings
    }

    /// Appends the person's findings (PENDING included) to `out` and answers the first-touch
    /// timing: the flag stage collects a range of people's findings in one array (returned in an
    /// array per person, every finding was copied into the range's, fifteen strings and arrays
    /// retained and released, a twentieth of the stage).
    func evaluate(_ person: PersonView, appendingTo out: inout [Finding]) -> FirstTouchTiming? {
        var timing: FirstTouchTiming?
        let hs = person.marketing, sf = person.leads
        let start = out.count
        // The leads of a finding by their indices in `sf`, read in place (a third of a million
        // findings: `first(where:)` and `first` on leads copied whole leads to read one field).
        func finding(_ flag: String, leads: some Collection<Int>) -> Finding {
            var f = Finding(flag: flag, personID: person.personID)
            f.marketingIDs = hs.indices.map { hs[$0].id }
            f.crmIDs = leads.map { sf[$0].id }
            f.owner = (leads.first { sf[$0].ownerIsPerson } ?? leads.first).map { sf[$0].owner } ?? ""
            f.leadSource = leads.first.map { sf[$0].leadSource } ?? (hs.isEmpty ? "" : hs[0].source)
            return f
        }

        // The MQL instant: the earliest dated MQL; precision datetime, date, missing, or not an MQL.
        let isMQL = person.isMQL
        let mql = person.earliestMQL
        let precision: String = !isMQL ? "" : mql == nil ? "missing" : (mql!.precision == .date ? "date" : "datetime")
        let mqlDay = mql.map { calendar.localDate(of: $0) }
        let touches = sf.count == 1 ? sf[0].touches : ArraySlice(sf.flatMap(\.touches).sorted())
        let asOfDay = calendar.localDate(of: asOf)

        // Sales-sourced: the CRM side existed before marketing qualified the person.
        var sales = sf.indices.contains { lists(of: sf[$0].leadSource).contains(.salesSource) }
        if let mql, !touches.isEmpty {
            if precision == "date" {
                sales = sales || touches.contains { calendar.localDate(of: $0) < mqlDay! }
            } else {
                sales = sales || touches.contains { $0 < mql.secondsSinceEpoch }
            }
        }
        if sales && !sf.isEmpty { out.append(finding("SALES_SOURCED", leads: sf.indices)) }

        // The leads handed to a person: the earliest hand-off and its bucket, and the closed ones.
        // Read by index, field by field: copying a lead (a dozen strings) per look was a large
        // part of the stage.
        let handoff = sf.indices.filter { sf[$0].ownerIsPerson && sf[$0].handoffAt != nil }
        var handoffAt: Int64?
        var bucket: Pipeline.StatusBucket?
        for index in handoff where handoffAt == nil || sf[index].handoffAt! < handoffAt! {
            handoffAt = sf[index].handoffAt
            bucket = sf[index].bucket
        }
        let closed = handoff.filter { sf[$0].bucket == .closed }
        let onlyFreeMail = rules.goodLead.businessEmailOnly && isFreeMail(person)

        // IGNORED_GOOD_LEAD, or PENDING.
        if !hs.isEmpty && isMQL, let handoffAt, !sales, isGoodFit(person, onlyFreeMail: onlyFreeMail) {
            let window = handoff.contains { lists(of: sf[$0].leadSource).contains(.handRaiseSource) }
                ? rules.sla.firstTouchHandRaise : rules.sla.firstTouchDefault
            let after = touches[(touches.firstIndex { $0 >= handoffAt } ?? touches.endIndex)...]
            let first = after.first
            let silent = closed.contains { sf[$0].closeReason.isEmpty }
            var reasons: [String] = []
            var pending = false
            // Whether the clock ran (date-time precision); the evidence texts are written only for
            // a finding (most good leads have none, and formatting was a third of the stage).
            var clockRan = false
            // Working seconds from the clock's start to the first touch (date-time precision).
            var taken: Int64?
            switch precision {
            case "missing":
                if bucket == .closed && silent { reasons.append("SILENT_CLOSE") }
            case "datetime":
                let t0 = max(mql!.secondsSinceEpoch, handoffAt)
                clockRan = true
                let w = seconds(window, from: t0)
                let elapsed = calendar.workingSeconds(from: t0, to: asOf)
                taken = first.map { calendar.workingSeconds(from: t0, to: $0) }
                if first == nil && elapsed >= w { reasons.append("NO_FIRST_TOUCH") }
                if let taken, taken > w { reasons.append("LATE_FIRST_TOUCH") }
                if bucket == .new && elapsed >= seconds(rules.sla.acceptWithin, from: t0) { reasons.append("NO_DECISION") }
                if bucket == .closed {
                    // A working window ends when its working time is used up (the close of the
                    // last day), not at the next opening: a touch logged that evening is outside.
                    let end = if case .working = rules.sla.cadenceWindow {
                        calendar.adding(workingSeconds: seconds(rules.sla.cadenceWindow, from: t0), to: t0)
                    } else {
                        calendar.adding(rules.sla.cadenceWindow, to: t0)
                    }
                    if after.count(where: { $0 <= end }) < rules.sla.minAttempts { reasons.append("TOO_FEW_ATTEMPTS") }
                    if silent { reasons.append("SILENT_CLOSE") }
                }
                if bucket == .new || bucket == .working {
                    let latest = max(t0, after.last ?? t0)
                    if asOf - latest >= days(rules.sla.staleAfter) * Self.day { reasons.append("STALE_OPEN") }
                }
                pending = reasons.isEmpty && first == nil && elapsed < w
                if let taken {
                    timing = FirstTouchTiming(hours: Double(taken) / 3600, inTime: taken <= w)
                } else {
                    timing = FirstTouchTiming(hours: nil, inTime: pending ? nil : false)
                }
            default: // date precision: whole working days
                let d0 = max(mqlDay!, calendar.localDate(of: handoffAt))
                let wd = Int(days(window))
                if first == nil && workingDays(d0, asOfDay) >= wd { reasons.append("NO_FIRST_TOUCH") }
                if let first, workingDays(d0, calendar.localDate(of: first)) > wd { reasons.append("LATE_FIRST_TOUCH") }
                if bucket == .new && workingDays(d0, asOfDay) >= Int(days(rules.sla.acceptWithin)) { reasons.append("NO_DECISION") }
                if bucket == .closed {
                    let cadence = Int(days(rules.sla.cadenceWindow))
                    if after.count(where: { workingDays(d0, calendar.localDate(of: $0)) <= cadence }) < rules.sla.minAttempts {
                        reasons.append("TOO_FEW_ATTEMPTS")
                    }
                    if silent { reasons.append("SILENT_CLOSE") }
                }
                if bucket == .new || bucket == .working {
                    let latest = max(d0, after.map { calendar.localDate(of: $0) }.max() ?? d0)
                    if Int64(asOfDay.dayNumber - latest.dayNumber) >= days(rules.sla.staleAfter) { reasons.append("STALE_OPEN") }
                }
                pending = reasons.isEmpty && first == nil && workingDays(d0, asOfDay) < wd
            }
            if !reasons.isEmpty || pending {
                var f = finding("IGNORED_GOOD_LEAD", leads: sf.indices)
                f.precision = precision
                f.handoffAt = iso(handoffAt)
                if let first { f.firstTouchAt = iso(first) }
                if clockRan {
                    f.mqlAt = iso(mql!.secondsSinceEpoch)
                    if let taken {
                        f.workingHoursToFirstTouch = DecimalFormat.fixed(Double(taken) / 3600, decimals: 2)
                    }
                    f.detail = delays(mql: mql!.secondsSinceEpoch, handoff: handoffAt, followUp: taken)
                } else if precision == "date" {
                    f.mqlAt = mql!.iso8601DateString(in: calendar.timeZone)
                }
                if !reasons.isEmpty {
                    f.reasons = Self.ignoredOrder.filter(reasons.contains)
                    f.severity = f.reasons == ["LATE_FIRST_TOUCH"] ? "BREACH" : "IGNORED"
                } else {
                    f.flag = "PENDING"
                }
                out.append(f)
            }
        }

        // PREMATURE_HANDOFF
        if !hs.isEmpty, let handoffAt, !sales {
            var reasons: [String] = []
            if !isMQL {
                reasons.append("HANDOFF_BEFORE_MQL")
            } else if precision == "datetime", handoffAt < mql!.secondsSinceEpoch,
                      calendar.workingSeconds(from: handoffAt, to: mql!.secondsSinceEpoch) > seconds(rules.leakSyncGrace, from: handoffAt) {
                reasons.append("HANDOFF_BEFORE_MQL")
            } else if precision == "date", workingDays(calendar.localDate(of: handoffAt), mqlDay!) > Int(days(rules.leakSyncGrace)) {
                reasons.append("HANDOFF_BEFORE_MQL")
            }
            if let minimum = rules.premature.minScore {
                let scores = hs.compactMap(\.score)
                if let best = scores.max(), best < minimum { reasons.append("BELOW_THRESHOLD") }
            }
            if isIncomplete(hs) { reasons.append("INCOMPLETE_RECORD") }
            if onlyFreeMail || isOutsideCountries(person) {
                reasons.append("UNFIT_PROFILE")
            }
            let confirm = days(rules.premature.confirmWindow) * Self.day
            for index in closed {
                guard lists(of: sf[index].closeReason).contains(.readinessReason), let closedAt = sf[index].closedAt,
                      let start = sf[index].handoffAt, closedAt - start <= confirm else { continue }
                if touches.contains(where: { $0 >= start && $0 <= closedAt }) {
                    reasons.append("REJECTED_NOT_READY")
                    break
                }
            }
            // Symmetry (RULES.md): an ignored lead is never CONFIRMED premature. A lead returned as
            // "not ready" after too few or too late attempts was not worked properly, so its
            // return is no sales evidence: the ignored finding stands, and the premature one keeps
            // only its suspected reasons (if any).
            if reasons.contains("REJECTED_NOT_READY") && out[start...].contains(where: { $0.flag == "IGNORED_GOOD_LEAD" }) {
                reasons.removeAll { $0 == "REJECTED_NOT_READY" }
                if let index = out[start...].firstIndex(where: { $0.flag == "IGNORED_GOOD_LEAD" }) {
                    out[index].detail += "; returned as not ready after too few or late attempts"
                }
            }
            if !reasons.isEmpty {
                var f = finding("PREMATURE_HANDOFF", leads: sf.indices)
                f.reasons = Self.prematureOrder.filter(reasons.contains)
                f.severity = f.reasons.contains("REJECTED_NOT_READY") ? "CONFIRMED" : "SUSPECTED"
                f.handoffAt = iso(handoffAt)
                if let mql { f.mqlAt = precision == "date" ? mql.iso8601DateString(in: calendar.timeZone) : iso(mql.secondsSinceEpoch) }
                f.precision = precision
                out.append(f)
            }
        }

        // LEAKED_MQL: qualified, dated, and no CRM record at all.
        if !hs.isEmpty, sf.isEmpty, let mql, precision == "date" || precision == "datetime" {
            let leaked = precision == "datetime"
                ? calendar.workingSeconds(from: mql.secondsSinceEpoch, to: asOf) >= seconds(rules.leakSyncGrace, from: mql.secondsSinceEpoch)
                : workingDays(mqlDay!, asOfDay) >= Int(days(rules.leakSyncGrace))
            if leaked {
                var f = finding("LEAKED_MQL", leads: EmptyCollection<Int>())
                f.precision = precision
                f.mqlAt = precision == "date" ? mql.iso8601DateString(in: calendar.timeZone) : iso(mql.secondsSinceEpoch)
                out.append(f)
            }
        }

        // DUPLICATE_WORK: two or more open (or touched) CRM leads under different owners.
        let active = sf.indices.filter { sf[$0].bucket != .closed || !sf[$0].touches.isEmpty }
        if let first = active.first, active.contains(where: { sf[$0].owner != sf[first].owner }) {
            out.append(finding("DUPLICATE_WORK", leads: active))
        }

        // STATUS_DRIFT
        let stages = hs.reduce(into: StatusBuckets.StageClass()) { $0.formUnion($1.stageClass) }
        if (stages.contains(.opportunityOrCustomer) && sf.indices.contains { sf[$0].bucket == .new })
            || (stages.contains(.leadOrMQL) && sf.indices.contains { sf[$0].bucket == .converted }) {
            out.append(finding("STATUS_DRIFT", leads: sf.indices))
        }

        // REJECTED_WITHOUT_REASON, one per lead.
        for index in sf.indices where sf[index].bucket == .closed && sf[index].closeReason.isEmpty {
            out.append(finding("REJECTED_WITHOUT_REASON", leads: index..<index + 1))
        }
        return timing
    }

    /// The fit gate of a good lead: score, business e-mail, country (RULES.md `good_lead`).
    /// `onlyFreeMail`: `business_email_only` is set and the person's addresses are all free-mail.
    private func isGoodFit(_ person: PersonView, onlyFreeMail: Bool) -> Bool {
        let gate = rules.goodLead
        if onlyFreeMail { return false }
        if let minimum = gate.minScore, (person.marketing.compactMap(\.score).max() ?? -.infinity) < minimum { return false }
        return !isOutsideCountries(person)
    }

    /// `good_lead.countries` is set and no marketing record is in one of them.
    private func isOutsideCountries(_ person: PersonView) -> Bool {
        guard !rules.goodLead.countries.isEmpty else { return false }
        return !person.marketing.indices.contains { lists(of: person.marketing[$0].country).contains(.country) }
    }

    /// `premature.required_fields`: some group of which no marketing record has any field.
    /// A record has a field of a group when it has a value for it (a company counting only when
    /// it is not a placeholder, `hasCompany`), a mobile number counting for the phone.
    private func isIncomplete(_ records: [PersonView.MarketingRecord]) -> Bool {
        var has = CanonicalFieldSet()
        for index in records.indices {
            var filled = records[index].filled
            if !records[index].hasCompany { filled.remove(.company) } else { filled.insert(.company) }
            has.formUnion(filled)
        }
        return requiredGroups.contains { !has.intersects($0) }
    }

    /// Routing delay (MQL → hand-off) and follow-up delay (T0 → first touch), so reps are not
    /// blamed for routing.
    /// `followUp`: the working seconds from T0 to the first touch, if any.
    private func delays(mql: Int64, handoff: Int64, followUp: Int64?) -> String {
        let routing = Double(calendar.workingSeconds(from: mql, to: handoff)) / 3600
        var text = "routing \(DecimalFormat.fixed(routing, decimals: 2)) wh"
        if let followUp { text += "; follow-up \(DecimalFormat.fixed(Double(followUp) / 3600, decimals: 2)) wh" }
        return text
    }
}
