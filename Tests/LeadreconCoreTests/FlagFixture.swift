import Foundation
@testable import LeadreconCore
import LeadreconValues
import Testing

/// People for the flag-rule tables, built directly as the link stage would hand them over. Every
/// instant is written as Berlin wall-clock time with its UTC offset (`2024-10-07T14:00+02:00`), so
/// a table row shows what its expectation was counted from by hand.
enum FlagFixture {
    /// The default calendar: Europe/Berlin, Mon–Fri 08:00–18:00, Germany's nation-wide holidays
    /// (3.10. among them), 24.12. and 31.12. closed.
    static let calendar = WorkingCalendar()

    /// Rules with the RULES.md defaults.
    static let defaults = Pipeline.RuleSettings()

    /// `good_lead.business_email_only: true`.
    static var businessEmailOnly: Pipeline.RuleSettings {
        var rules = defaults
        rules.goodLead.businessEmailOnly = true
        return rules
    }

    /// `premature.min_score: 40`.
    static var minScore40: Pipeline.RuleSettings {
        var rules = defaults
        rules.premature.minScore = 40
        return rules
    }

    /// `good_lead.countries: [DE]`.
    static var germanyOnly: Pipeline.RuleSettings {
        var rules = defaults
        rules.goodLead.countries = ["DE"]
        return rules
    }

    /// The instant of ISO 8601 text with an offset.
    static func at(_ text: String) -> Int64 { CalendarFixture.instant(text) }

    /// A person: marketing records and CRM leads, as one cluster.
    static func person(_ marketing: [PersonView.MarketingRecord], _ leads: [PersonView.CRMLead]) -> PersonView {
        PersonView(personID: "P1", marketing: marketing, leads: leads)
    }

    /// A marketing record (HubSpot). `mql` is a date-time with offset, `mqlDate` a bare date read
    /// as a date-only value in Berlin; neither for an MQL of unknown instant or a non-MQL.
    static func hubspot(
        stage: String = "Marketing Qualified Lead", mql: String? = nil, mqlDate: String? = nil, score: Double? = nil,
        email: String = "anna.berg@acme-gmbh.de", phone: String = "", mobile: String = "",
        company: String = "ACME GmbH", source: String = "Webinar", country: String = "DE"
    ) -> PersonView.MarketingRecord {
        var mqlAt: Timestamp?
        if let mql { mqlAt = Timestamp(secondsSinceEpoch: at(mql)) }
        if let mqlDate { mqlAt = CalendarFixture.timestamp(mqlDate, zone: CalendarFixture.berlinZone) }
        var filled: CanonicalFieldSet = [.recordID, .lifecycleStage]
        for (field, value) in [(CanonicalField.email, email), (.phone, phone), (.mobilePhone, mobile),
                               (.company, company), (.leadSource, source), (.country, country)] where !value.isEmpty {
            filled.insert(field)
        }
        if mqlAt != nil { filled.insert(.mqlAt) }
        if score != nil { filled.insert(.score) }
        return PersonView.MarketingRecord(
            id: "HS1", stage: HeaderFolding.fold(stage), mqlAt: mqlAt, score: score, email: email,
            hasCompany: !company.isEmpty, hasContact: !email.isEmpty || !phone.isEmpty || !mobile.isEmpty,
            source: source, country: country, filled: filled)
    }

    /// A CRM lead (Salesforce) handed off at `handoff`, owned by `owner` (a person `005…` or a
    /// queue `00G…`), with completed touches at `touches`.
    static func lead(
        _ bucket: Pipeline.StatusBucket, id: String = "00Q1", owner: String = "005ANNA", handoff: String,
        source: String = "Webinar", closeReason: String = "", closedAt: String? = nil, touches: [String] = [],
        email: String = "anna.berg@acme-gmbh.de", company: String = "ACME GmbH"
    ) -> PersonView.CRMLead {
        PersonView.CRMLead(
            id: id, bucket: bucket, closeReason: closeReason, closedAt: closedAt.map(at),
            owner: owner, ownerIsPerson: !owner.isEmpty && !Pipeline.OwnerPattern.defaults.contains { $0.matches(owner) },
            handoffAt: at(handoff), leadSource: source, email: email, hasCompany: !company.isEmpty,
            hasContact: !email.isEmpty, touches: ArraySlice(touches.map(at).sorted()))
    }
}

/// A finding a row expects: flag, severity and reasons always; the evidence fields where given.
struct ExpectedFinding: Sendable, CustomStringConvertible {
    var flag: String
    var severity: String
    var reasons: [String]
    var crmIDs: [String]?
    var mqlAt: String?
    var handoffAt: String?
    var firstTouchAt: String?
    var hours: String?
    var precision: String?
    var detail: String?

    init(_ flag: String, _ severity: String = "", _ reasons: [String] = [], crm: [String]? = nil, mql: String? = nil,
         handoff: String? = nil, firstTouch: String? = nil, hours: String? = nil, precision: String? = nil,
         detail: String? = nil) {
        self.flag = flag
        self.severity = severity
        self.reasons = reasons
        self.crmIDs = crm
        self.mqlAt = mql
        self.handoffAt = handoff
        self.firstTouchAt = firstTouch
        self.hours = hours
        self.precision = precision
        self.detail = detail
    }

    static func ignored(_ reasons: String..., mql: String? = nil, handoff: String? = nil, firstTouch: String? = nil,
                        hours: String? = nil, precision: String? = nil, detail: String? = nil) -> Self {
        Self("IGNORED_GOOD_LEAD", reasons == ["LATE_FIRST_TOUCH"] ? "BREACH" : "IGNORED", reasons, mql: mql,
             handoff: handoff, firstTouch: firstTouch, hours: hours, precision: precision, detail: detail)
    }

    static func pending(precision: String, handoff: String? = nil) -> Self {
        Self("PENDING", handoff: handoff, firstTouch: "", hours: "", precision: precision)
    }

    static func premature(_ severity: String, _ reasons: String..., mql: String? = nil, handoff: String? = nil,
                          precision: String? = nil) -> Self {
        Self("PREMATURE_HANDOFF", severity, reasons, mql: mql, handoff: handoff, precision: precision)
    }

    /// Flag, severity and reasons, as `flags.csv` writes them.
    var description: String { [flag, severity, reasons.joined(separator: "|")].joined(separator: " ") }
}

/// One row of a flag-rule table: a person, the instant it is evaluated at, the settings, and the
/// findings expected (PENDING included), in `Finding.flagOrder`.
struct FlagCase: Sendable, CustomTestStringConvertible {
    var name: String
    var person: PersonView
    var asOf: String
    var rules = FlagFixture.defaults
    var expected: [ExpectedFinding]

    init(_ name: String, _ person: PersonView, asOf: String, rules: Pipeline.RuleSettings = FlagFixture.defaults,
         _ expected: [ExpectedFinding]) {
        self.name = name
        self.person = person
        self.asOf = asOf
        self.rules = rules
        self.expected = expected
    }

    var testDescription: String { name }

    /// Evaluates the person and compares every finding with the expectation.
    func check(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let rules = FlagRules(rules: rules, calendar: FlagFixture.calendar, asOf: FlagFixture.at(asOf))
        // `evaluate` lists SALES_SOURCED first; compare in output order, ties in evaluation order.
        let order = Finding.flagOrder + ["PENDING"]
        func rank(_ finding: Finding) -> Int { order.firstIndex(of: finding.flag) ?? order.count }
        let findings = rules.evaluate(person).enumerated()
            .sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
            .map(\.element)
        let got = findings.map { [$0.flag, $0.severity, $0.reasons.joined(separator: "|")].joined(separator: " ") }
        #expect(got == expected.map(\.description), "\(name)", sourceLocation: sourceLocation)
        guard got == expected.map(\.description) else { return }
        for (finding, want) in zip(findings, expected) {
            func evidence(_ field: String, _ actual: String, _ wanted: String?) {
                guard let wanted else { return }
                #expect(actual == wanted, "\(name): \(finding.flag) \(field)", sourceLocation: sourceLocation)
            }
            if let crm = want.crmIDs { #expect(finding.crmIDs == crm, "\(name): crm_id", sourceLocation: sourceLocation) }
            evidence("mql_at", finding.mqlAt, want.mqlAt)
            evidence("handoff_at", finding.handoffAt, want.handoffAt)
            evidence("first_touch_at", finding.firstTouchAt, want.firstTouchAt)
            evidence("working_hours_to_first_touch", finding.workingHoursToFirstTouch, want.hours)
            evidence("precision", finding.precision, want.precision)
            evidence("detail", finding.detail, want.detail)
        }
    }
}
