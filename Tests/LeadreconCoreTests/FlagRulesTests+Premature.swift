@testable import LeadreconCore
import Testing

/// PREMATURE_HANDOFF and the symmetry rule (see `FlagRulesTests` for the dates used).
extension FlagRulesTests {
    /// A good lead worked in time: qualified Mon 7.10. 13:00+02:00, handed off 14:00+02:00, touched
    /// 15:00+02:00 (1 wh), WORKING; evaluated Mon 16:00+02:00, so IGNORED_GOOD_LEAD has nothing to
    /// say and only the record itself can make the hand-off premature.
    static func worked(
        stage: String = "Marketing Qualified Lead", score: Double? = nil, email: String = "anna.berg@acme-gmbh.de",
        phone: String = "", mobile: String = "", company: String = "ACME GmbH", country: String = "DE"
    ) -> PersonView {
        FlagFixture.person(
            [FlagFixture.hubspot(stage: stage, mql: "2024-10-07T13:00+02:00", score: score, email: email, phone: phone,
                                 mobile: mobile, company: company, country: country)],
            [FlagFixture.lead(.working, handoff: "2024-10-07T14:00+02:00", touches: ["2024-10-07T15:00+02:00"],
                              email: email, company: company)])
    }

    static let workedAsOf = "2024-10-07T16:00+02:00"

    /// Handed off Fri 4.10. or Wed 2.10. 10:00+02:00 (`handoff`), qualified later (`mql` or
    /// `mqlDate`), touched Mon 7.10. 11:00+02:00 after the MQL (so not sales-sourced, and in time).
    static func earlyHandoff(handoff: String, mql: String? = nil, mqlDate: String? = nil) -> PersonView {
        FlagFixture.person([FlagFixture.hubspot(mql: mql, mqlDate: mqlDate)],
                           [FlagFixture.lead(.working, handoff: handoff, touches: ["2024-10-07T11:00+02:00"])])
    }

    static let prematureRecord: [FlagCase] = [
        // Never an MQL (stage Lead, no date) but handed off to a person: premature, and no good lead.
        FlagCase("handed off, never an MQL",
                 FlagFixture.person([FlagFixture.hubspot(stage: "Lead")],
                                    [FlagFixture.lead(.new, handoff: "2024-10-07T14:00+02:00")]),
                 asOf: "2024-10-08T12:00+02:00", [
            .premature("SUSPECTED", "HANDOFF_BEFORE_MQL", mql: "", handoff: "2024-10-07T14:00:00+02:00", precision: ""),
        ]),
        // Hand-off Fri 4.10. 10:00+02:00, MQL Mon 7.10. 10:01+02:00: Fri 10–18 = 8 wh, weekend 0,
        // Mon 08:00–10:01 = 2 h 01 → 10 h 01 > the 1 working day (10 wh) sync grace.
        FlagCase("hand-off 1 working day and 1 minute before the MQL",
                 earlyHandoff(handoff: "2024-10-04T10:00+02:00", mql: "2024-10-07T10:01+02:00"), asOf: "2024-10-07T12:00+02:00", [
            .premature("SUSPECTED", "HANDOFF_BEFORE_MQL", mql: "2024-10-07T10:01:00+02:00",
                       handoff: "2024-10-04T10:00:00+02:00", precision: "datetime"),
        ]),
        // MQL Mon 10:00+02:00: 8 + 2 = 10 wh, exactly the grace → not earlier than mql_at − grace.
        FlagCase("hand-off exactly 1 working day before the MQL",
                 earlyHandoff(handoff: "2024-10-04T10:00+02:00", mql: "2024-10-07T10:00+02:00"),
                 asOf: "2024-10-07T12:00+02:00", []),
        // Date-only MQL Mon 7.10.: working days (Wed 2.10., Mon 7.10.] = Fri 4.10. and Mon 7.10.
        // (Thu 3.10. holiday, weekend) = 2 > 1 (oracle.py: `working_days_between(handoff day, mql) > 1`).
        FlagCase("hand-off 2 working days before a date-only MQL",
                 earlyHandoff(handoff: "2024-10-02T10:00+02:00", mqlDate: "2024-10-07"), asOf: "2024-10-07T12:00+02:00", [
            .premature("SUSPECTED", "HANDOFF_BEFORE_MQL", mql: "2024-10-07", handoff: "2024-10-02T10:00:00+02:00",
                       precision: "date"),
        ]),
        // (Fri 4.10., Mon 7.10.] = 1 working day: within grace.
        FlagCase("hand-off 1 working day before a date-only MQL",
                 earlyHandoff(handoff: "2024-10-04T10:00+02:00", mqlDate: "2024-10-07"),
                 asOf: "2024-10-07T12:00+02:00", []),
        FlagCase("score 39 below premature.min_score 40", worked(score: 39), asOf: workedAsOf, rules: FlagFixture.minScore40, [
            .premature("SUSPECTED", "BELOW_THRESHOLD"),
        ]),
        FlagCase("score 40 at premature.min_score 40", worked(score: 40), asOf: workedAsOf, rules: FlagFixture.minScore40, []),
        FlagCase("score 5 without premature.min_score", worked(score: 5), asOf: workedAsOf, []),
        FlagCase("no company", worked(company: ""), asOf: workedAsOf, [.premature("SUSPECTED", "INCOMPLETE_RECORD")]),
        FlagCase("no e-mail and no phone", worked(email: ""), asOf: workedAsOf, [
            .premature("SUSPECTED", "INCOMPLETE_RECORD"),
        ]),
        FlagCase("no e-mail but a phone", worked(email: "", phone: "+49 30 1234567"), asOf: workedAsOf, []),
        // oracle.py `_incomplete`: `r.email or r.phone or r.mobile` — a mobile number is a phone.
        FlagCase("no e-mail but a mobile", worked(email: "", mobile: "+49 171 1234567"), asOf: workedAsOf, []),
        // Free-mail with business_email_only: no good lead (so never ignored), unfit if handed off.
        FlagCase("free-mail, business e-mail only, untouched for weeks",
                 untouchedFreeMail, asOf: "2024-10-23T12:00+02:00", rules: FlagFixture.businessEmailOnly, [
            .premature("SUSPECTED", "UNFIT_PROFILE"),
        ]),
        // The same person under the defaults is a good lead: 16 cd after T0 Mon 7.10. 14:00.
        FlagCase("free-mail, default settings, untouched for weeks", untouchedFreeMail, asOf: "2024-10-23T12:00+02:00", [
            .ignored("NO_FIRST_TOUCH", "NO_DECISION", "STALE_OPEN"),
        ]),
        // RULES.md: UNFIT_PROFILE is also a country outside good_lead.countries.
        FlagCase("country outside good_lead.countries", worked(country: "AT"), asOf: workedAsOf,
                 rules: FlagFixture.germanyOnly, [.premature("SUSPECTED", "UNFIT_PROFILE")]),
        FlagCase("country inside good_lead.countries", worked(country: "DE"), asOf: workedAsOf,
                 rules: FlagFixture.germanyOnly, []),
        FlagCase("every suspicion at once, in RULES.md order",
                 FlagFixture.person(
                     [FlagFixture.hubspot(stage: "Lead", score: 20, email: "anna.berg@gmail.com", company: "")],
                     [FlagFixture.lead(.new, handoff: "2024-10-07T14:00+02:00", email: "anna.berg@gmail.com", company: "")]),
                 asOf: "2024-10-08T12:00+02:00", rules: bothGates, [
            .premature("SUSPECTED", "HANDOFF_BEFORE_MQL", "BELOW_THRESHOLD", "INCOMPLETE_RECORD", "UNFIT_PROFILE"),
        ]),
    ]

    static let untouchedFreeMail = FlagFixture.person(
        [FlagFixture.hubspot(mql: "2024-10-07T13:00+02:00", email: "anna.berg@gmail.com")],
        [FlagFixture.lead(.new, handoff: "2024-10-07T14:00+02:00", email: "anna.berg@gmail.com")])

    static var bothGates: Pipeline.RuleSettings {
        var rules = FlagFixture.minScore40
        rules.goodLead.businessEmailOnly = true
        return rules
    }

    @Test(arguments: prematureRecord)
    func prematureHandoffIsSuspected(_ row: FlagCase) { row.check() }

    // MARK: - REJECTED_NOT_READY and the symmetry rule

    /// Six touches, the first 1 wh after T0 Mon 4.11.2024 14:00+01:00, all within the cadence
    /// window (10 working days → Mon 18.11. 14:00+01:00). November is all CET: no DST change
    /// between hand-off and close, so 30 cd are 30 × 24 h.
    static let sixTouches = ["2024-11-04T15:00+01:00", "2024-11-05T10:00+01:00", "2024-11-06T10:00+01:00",
                             "2024-11-07T10:00+01:00", "2024-11-08T10:00+01:00", "2024-11-11T10:00+01:00"]

    /// Qualified Mon 4.11.2024 13:00+01:00, handed off 14:00+01:00, CLOSED at `closedAt`.
    static func returned(reason: String = "Bad timing", closedAt: String = "2024-11-12T10:00+01:00",
                         touches: [String] = sixTouches, company: String = "ACME GmbH") -> PersonView {
        FlagFixture.person(
            [FlagFixture.hubspot(mql: "2024-11-04T13:00+01:00", company: company)],
            [FlagFixture.lead(.closed, handoff: "2024-11-04T14:00+01:00", closeReason: reason, closedAt: closedAt,
                              touches: touches, company: company)])
    }

    static let returnedAsOf = "2024-12-06T12:00+01:00"

    static let notReady: [FlagCase] = [
        // Worked properly (in time, 6 attempts), closed "Bad timing" 8 cd after the hand-off.
        FlagCase("worked, then returned as not ready", returned(), asOf: returnedAsOf, [
            .premature("CONFIRMED", "REJECTED_NOT_READY", mql: "2024-11-04T13:00:00+01:00",
                       handoff: "2024-11-04T14:00:00+01:00", precision: "datetime"),
        ]),
        // Mon 4.11. 14:00+01:00 + 30 cd = Wed 4.12. 14:00+01:00: within the confirm window.
        FlagCase("returned exactly 30 cd after the hand-off", returned(closedAt: "2024-12-04T14:00+01:00"),
                 asOf: returnedAsOf, [.premature("CONFIRMED", "REJECTED_NOT_READY")]),
        FlagCase("returned 31 cd after the hand-off", returned(closedAt: "2024-12-05T14:00+01:00"),
                 asOf: returnedAsOf, []),
        // Readiness reasons are compared folded ("Zu früh" in the list).
        FlagCase("returned as \"zu früh\"", returned(reason: "zu früh"), asOf: returnedAsOf, [
            .premature("CONFIRMED", "REJECTED_NOT_READY"),
        ]),
        FlagCase("returned with another reason", returned(reason: "No response"), asOf: returnedAsOf, []),
        // Every touch after the close (Mon 4.11. 14:30+01:00): no sales evidence before returning.
        FlagCase("returned before the first touch", returned(closedAt: "2024-11-04T14:30+01:00"),
                 asOf: returnedAsOf, []),
        // Never touched: no sales evidence, so not CONFIRMED; the lead was ignored instead
        // (no touch by T0 + 8 wh, 0 of 6 attempts).
        FlagCase("returned as not ready without a touch", returned(touches: []), asOf: returnedAsOf, [
            .ignored("NO_FIRST_TOUCH", "TOO_FEW_ATTEMPTS"),
        ]),
        // Symmetry: ignored and premature together only as SUSPECTED …
        FlagCase("untouched, ignored, and incomplete", returned(touches: [], company: ""), asOf: returnedAsOf, [
            .ignored("NO_FIRST_TOUCH", "TOO_FEW_ATTEMPTS"),
            .premature("SUSPECTED", "INCOMPLETE_RECORD"),
        ]),
        // Touched, but only 3 of 6 attempts, then returned as not ready: not worked properly, so
        // the return is no sales evidence — ignored (TOO_FEW_ATTEMPTS), never CONFIRMED premature.
        FlagCase("too few attempts, then returned as not ready", returned(touches: Array(sixTouches.prefix(3))),
                 asOf: returnedAsOf, [.ignored("TOO_FEW_ATTEMPTS")]),
        // The same with an incomplete record: the premature finding keeps its suspected reason.
        FlagCase("too few attempts, returned, and incomplete", returned(touches: Array(sixTouches.prefix(3)), company: ""),
                 asOf: returnedAsOf, [.ignored("TOO_FEW_ATTEMPTS"), .premature("SUSPECTED", "INCOMPLETE_RECORD")]),
        // … and a lead worked, then returned, is CONFIRMED premature and not ignored.
        FlagCase("worked, returned, and incomplete", returned(company: ""), asOf: returnedAsOf, [
            .premature("CONFIRMED", "INCOMPLETE_RECORD", "REJECTED_NOT_READY"),
        ]),
    ]

    @Test(arguments: notReady)
    func rejectedNotReadyIsConfirmed(_ row: FlagCase) { row.check() }
}
