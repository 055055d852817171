@testable import LeadreconCore
import Testing

/// RULES.md, one hand-computed row per case, evaluated by `FlagRules` for one `PersonView` at
/// `as_of` on the default calendar (Europe/Berlin, Mon–Fri 08:00–18:00, nation-wide holidays).
///
/// Dates used (2024): Tue 1.10., Wed 2.10., Thu 3.10. (Tag der Deutschen Einheit, closed),
/// Fri 4.10., Mon 7.10.–Fri 11.10., Mon 14.10.–Fri 18.10., Mon 21.10.–Fri 25.10.; summer time
/// (CEST, +02:00) ends Sun 27.10. 03:00 → 02:00, after which Berlin is CET (+01:00); Fri 1.11. is a
/// Friday, Mon 4.11.–Fri 8.11., Mon 11.11., … (no nation-wide holiday in November). A working day
/// is 10 working hours. Where RULES.md leaves a reading open, the row follows
/// `sample-data/leadgen/oracle.py` (the re-statement that generates the end-to-end truth).
@Suite struct FlagRulesTests {
    /// The usual good lead: qualified Mon 7.10. 13:00+02:00 (11:00Z), handed off to a person
    /// Mon 7.10. 14:00+02:00 (12:00Z), so T0 = the hand-off, Mon 14:00.
    static func goodLead(
        _ bucket: Pipeline.StatusBucket, source: String = "Webinar", touches: [String] = [],
        closeReason: String = "", closedAt: String? = nil
    ) -> PersonView {
        FlagFixture.person(
            [FlagFixture.hubspot(mql: "2024-10-07T13:00+02:00")],
            [FlagFixture.lead(bucket, handoff: "2024-10-07T14:00+02:00", source: source, closeReason: closeReason,
                              closedAt: closedAt, touches: touches)])
    }

    static let mqlMon = "2024-10-07T13:00:00+02:00"
    static let handoffMon = "2024-10-07T14:00:00+02:00"

    // MARK: - NO_FIRST_TOUCH and PENDING

    static let firstTouchWindow: [FlagCase] = [
        // Default window W = 8 wh from T0 Mon 14:00+02:00: Mon 14–18 = 4 wh, Tue 8.10. 08–12 = 4 wh
        // → the window ends Tue 12:00+02:00 (10:00Z).
        FlagCase("default window, exactly 8 wh elapsed", goodLead(.new), asOf: "2024-10-08T12:00+02:00", [
            .ignored("NO_FIRST_TOUCH", mql: mqlMon, handoff: handoffMon, firstTouch: "", hours: "",
                     precision: "datetime"),
        ]),
        // Tue 11:59: 4 wh + 3 h 59 = 7 h 59 < 8 wh, no other reason → PENDING (not flagged).
        FlagCase("default window, 7h59 elapsed", goodLead(.new), asOf: "2024-10-08T11:59+02:00", [
            .pending(precision: "datetime", handoff: handoffMon),
        ]),
        // An untouched WORKING lead inside its window is pending, not stale (and not late).
        FlagCase("fresh untouched working lead is pending", goodLead(.working), asOf: "2024-10-08T11:59+02:00", [
            .pending(precision: "datetime"),
        ]),
        // Hand-raise source "Demo Request": W = 1 wh, Mon 14:00 → Mon 15:00+02:00.
        FlagCase("hand-raise window, 1 wh elapsed", goodLead(.new, source: "Demo Request"),
                 asOf: "2024-10-07T15:00+02:00", [.ignored("NO_FIRST_TOUCH", precision: "datetime")]),
        FlagCase("hand-raise window, 59 min elapsed", goodLead(.new, source: "Demo Request"),
                 asOf: "2024-10-07T14:59+02:00", [.pending(precision: "datetime")]),
        // Hand-off Fri 11.10. 17:30+02:00 from "Contact Us" (W = 1 wh): Fri 17:30–18:00 = 0.5 wh,
        // weekend closed, Mon 14.10. 08:00–08:30 = 0.5 wh → elapses Mon 08:30+02:00.
        FlagCase("Friday 17:30 hand-raise hand-off, Monday 08:30", fridayEvening, asOf: "2024-10-14T08:30+02:00", [
            .ignored("NO_FIRST_TOUCH", mql: "2024-10-11T17:00:00+02:00", handoff: "2024-10-11T17:30:00+02:00",
                     precision: "datetime"),
        ]),
        FlagCase("Friday 17:30 hand-raise hand-off, Monday 08:29", fridayEvening, asOf: "2024-10-14T08:29+02:00", [
            .pending(precision: "datetime"),
        ]),
        FlagCase("Friday 17:30 hand-raise hand-off, Saturday noon", fridayEvening, asOf: "2024-10-12T12:00+02:00", [
            .pending(precision: "datetime"),
        ]),
        // Hand-off Wed 2.10. 17:00+02:00, W = 8 wh: Wed 17–18 = 1 wh, Thu 3.10. holiday = 0,
        // Fri 4.10. 08:00 + 7 wh → elapses Fri 15:00+02:00 (without the holiday: Thu 15:00).
        FlagCase("holiday in the window, Friday 15:00", holidayWeek, asOf: "2024-10-04T15:00+02:00", [
            .ignored("NO_FIRST_TOUCH", handoff: "2024-10-02T17:00:00+02:00", precision: "datetime"),
        ]),
        FlagCase("holiday in the window, Friday 14:59", holidayWeek, asOf: "2024-10-04T14:59+02:00", [
            .pending(precision: "datetime"),
        ]),
        // Thu 3.10. 17:00: only Wed's 1 wh (on an ordinary Thursday 1 + 9 = 10 wh ≥ 8).
        FlagCase("holiday in the window, the holiday itself", holidayWeek, asOf: "2024-10-03T17:00+02:00", [
            .pending(precision: "datetime"),
        ]),
        // DST week: hand-off Fri 25.10. 17:00+02:00 (15:00Z), W = 8 wh: Fri 17–18 = 1 wh, Sat/Sun
        // closed (clocks go back Sun 27.10.), Mon 28.10. 08:00+01:00 (07:00Z) + 7 wh → Mon
        // 15:00+01:00 (14:00Z); 71 hours of real time after the hand-off, not 72.
        FlagCase("DST week, Monday 15:00 CET", dstWeek(), asOf: "2024-10-28T15:00+01:00", [
            .ignored("NO_FIRST_TOUCH", mql: "2024-10-25T16:00:00+02:00", handoff: "2024-10-25T17:00:00+02:00",
                     precision: "datetime"),
        ]),
        FlagCase("DST week, Monday 14:59 CET", dstWeek(), asOf: "2024-10-28T14:59+01:00", [
            .pending(precision: "datetime"),
        ]),
    ]

    /// Qualified Fri 11.10. 17:00+02:00, handed off 17:30+02:00 from "Contact Us" (hand-raise).
    static let fridayEvening = FlagFixture.person(
        [FlagFixture.hubspot(mql: "2024-10-11T17:00+02:00", source: "Contact Us")],
        [FlagFixture.lead(.new, handoff: "2024-10-11T17:30+02:00", source: "Contact Us")])

    /// Qualified Wed 2.10. 16:00+02:00, handed off 17:00+02:00, the day before the holiday.
    static let holidayWeek = FlagFixture.person(
        [FlagFixture.hubspot(mql: "2024-10-02T16:00+02:00")],
        [FlagFixture.lead(.new, handoff: "2024-10-02T17:00+02:00")])

    /// Qualified Fri 25.10. 16:00+02:00, handed off 17:00+02:00, before the switch to CET.
    static func dstWeek(touches: [String] = []) -> PersonView {
        FlagFixture.person(
            [FlagFixture.hubspot(mql: "2024-10-25T16:00+02:00")],
            [FlagFixture.lead(touches.isEmpty ? .new : .working, handoff: "2024-10-25T17:00+02:00", touches: touches)])
    }

    @Test(arguments: firstTouchWindow)
    func firstTouchWindowElapses(_ row: FlagCase) { row.check() }

    // MARK: - LATE_FIRST_TOUCH

    static let lateFirstTouch: [FlagCase] = [
        // Window end Tue 8.10. 12:00+02:00 (see above); a touch exactly then took 8 wh, not more.
        FlagCase("touch exactly at the window end is in time",
                 goodLead(.working, touches: ["2024-10-08T12:00+02:00"]), asOf: "2024-10-09T12:00+02:00", []),
        // Tue 12:01: 4 wh + 4 h 01 = 8.0167 wh > 8 → the only reason → BREACH.
        FlagCase("touch one minute after the window end",
                 goodLead(.working, touches: ["2024-10-08T12:01+02:00"]), asOf: "2024-10-09T12:00+02:00", [
            .ignored("LATE_FIRST_TOUCH", mql: mqlMon, handoff: handoffMon, firstTouch: "2024-10-08T12:01:00+02:00",
                     hours: "8.02", precision: "datetime"),
        ]),
        // "Demo Request" (W = 1 wh), touched Mon 17:00+02:00: 3 wh after T0 Mon 14:00 → BREACH.
        // Routing delay MQL 13:00 → hand-off 14:00 = 1 wh, follow-up delay 3 wh.
        FlagCase("hand-raise touched after 3 wh",
                 goodLead(.working, source: "Demo Request", touches: ["2024-10-07T17:00+02:00"]),
                 asOf: "2024-10-09T12:00+02:00", [
            .ignored("LATE_FIRST_TOUCH", mql: mqlMon, handoff: handoffMon, firstTouch: "2024-10-07T17:00:00+02:00",
                     hours: "3.00", precision: "datetime", detail: "routing 1.00 wh; follow-up 3.00 wh"),
        ]),
        // Late and still NEW at 24 wh (Wed 9.10. 18:00, see NO_DECISION): two reasons → IGNORED.
        FlagCase("late and undecided is IGNORED, not BREACH",
                 goodLead(.new, touches: ["2024-10-08T12:01+02:00"]), asOf: "2024-10-09T18:00+02:00", [
            .ignored("LATE_FIRST_TOUCH", "NO_DECISION", hours: "8.02"),
        ]),
        // T0 Mon 7.10. 10:00+02:00: the 8 wh window ends at the close, Mon 18:00. A touch that
        // evening at 19:00 has 8 wh from T0, not more: in time (oracle.py: `wt(T0, first) > W`).
        FlagCase("evening touch after a window that ends at the close",
                 FlagFixture.person([FlagFixture.hubspot(mql: "2024-10-07T09:00+02:00")],
                                    [FlagFixture.lead(.working, handoff: "2024-10-07T10:00+02:00",
                                                      touches: ["2024-10-07T19:00+02:00"])]),
                 asOf: "2024-10-08T12:00+02:00", []),
        // DST week: the window ends Mon 28.10. 15:00+01:00; a touch then is in time, at 15:01 late
        // (1 wh Fri + 7 h 01 Mon = 8.0167 wh).
        FlagCase("DST week, touch at the window end", dstWeek(touches: ["2024-10-28T15:00+01:00"]),
                 asOf: "2024-10-29T12:00+01:00", []),
        FlagCase("DST week, touch one minute late", dstWeek(touches: ["2024-10-28T15:01+01:00"]),
                 asOf: "2024-10-29T12:00+01:00", [
            .ignored("LATE_FIRST_TOUCH", firstTouch: "2024-10-28T15:01:00+01:00", hours: "8.02"),
        ]),
    ]

    @Test(arguments: lateFirstTouch)
    func lateFirstTouchIsABreach(_ row: FlagCase) { row.check() }

    // MARK: - NO_DECISION, TOO_FEW_ATTEMPTS, SILENT_CLOSE, STALE_OPEN

    /// Five touches on the first five working days after T0 (the first 1 wh after it, in time).
    static let fiveTouches = ["2024-10-07T15:00+02:00", "2024-10-08T10:00+02:00", "2024-10-09T10:00+02:00",
                              "2024-10-10T10:00+02:00", "2024-10-11T10:00+02:00"]

    /// Five touches from Mon 7.10. 09:00+02:00 (1 wh after opening, in time) to Fri 11.10.
    static let earlyFiveTouches = ["2024-10-07T09:00+02:00", "2024-10-08T10:00+02:00", "2024-10-09T10:00+02:00",
                                   "2024-10-10T10:00+02:00", "2024-10-11T10:00+02:00"]

    /// Qualified Mon 7.10. 07:00+02:00, handed off 07:30+02:00 (before opening), closed
    /// "No response" Tue 22.10. 10:00+02:00.
    static func earlyMorning(touches: [String]) -> PersonView {
        FlagFixture.person(
            [FlagFixture.hubspot(mql: "2024-10-07T07:00+02:00")],
            [FlagFixture.lead(.closed, handoff: "2024-10-07T07:30+02:00", closeReason: "No response",
                              closedAt: "2024-10-22T10:00+02:00", touches: touches)])
    }

    static let otherReasons: [FlagCase] = [
        // accept_within 24 wh from T0 Mon 14:00: Mon 4 + Tue 10 + Wed 10 → Wed 9.10. 18:00+02:00.
        FlagCase("still NEW at 24 wh, touched in time",
                 goodLead(.new, touches: ["2024-10-07T15:00+02:00"]), asOf: "2024-10-09T18:00+02:00", [
            .ignored("NO_DECISION", firstTouch: "2024-10-07T15:00:00+02:00", hours: "1.00", precision: "datetime"),
        ]),
        FlagCase("still NEW at 23h59, touched in time",
                 goodLead(.new, touches: ["2024-10-07T15:00+02:00"]), asOf: "2024-10-09T17:59+02:00", []),
        FlagCase("untouched and still NEW at 24 wh", goodLead(.new), asOf: "2024-10-09T18:00+02:00", [
            .ignored("NO_FIRST_TOUCH", "NO_DECISION"),
        ]),
        // cadence_window 10 working days from T0 Mon 7.10. 14:00: Tue 8. (1), Wed 9., Thu 10.,
        // Fri 11., Mon 14., Tue 15., Wed 16., Thu 17., Fri 18., Mon 21.10. (10) → Mon 21.10.
        // 14:00+02:00 (= T0 + 100 wh: 4 + 4·10 + 5·10 + 6). A sixth touch at 14:01 is outside.
        FlagCase("closed after 5 touches in 10 working days",
                 goodLead(.closed, touches: fiveTouches + ["2024-10-21T14:01+02:00"], closeReason: "No response",
                          closedAt: "2024-10-22T10:00+02:00"),
                 asOf: "2024-10-23T12:00+02:00", [.ignored("TOO_FEW_ATTEMPTS", hours: "1.00")]),
        FlagCase("closed after 6 touches in 10 working days (the 6th at the window end)",
                 goodLead(.closed, touches: fiveTouches + ["2024-10-21T14:00+02:00"], closeReason: "No response",
                          closedAt: "2024-10-22T10:00+02:00"),
                 asOf: "2024-10-23T12:00+02:00", []),
        // Handed off before opening, Mon 7.10. 07:30+02:00 (qualified 07:00): the cadence window
        // runs from Mon 08:00 and its 100 wh are used up at the close of the 10th working day,
        // Fri 18.10. 18:00+02:00. A sixth touch logged that evening at 18:30 has 100 wh after T0
        // but comes after the window's end: RULES.md leaves open whether it is "within"; oracle.py
        // counts `touch_time <= addw(T0, CADENCE)`, the earliest instant 100 wh are used up.
        FlagCase("closed after 5 touches, the 6th after the close of the 10th working day",
                 earlyMorning(touches: earlyFiveTouches + ["2024-10-18T18:30+02:00"]),
                 asOf: "2024-10-23T12:00+02:00", [.ignored("TOO_FEW_ATTEMPTS", hours: "1.00")]),
        FlagCase("closed after 6 touches, the 6th at the close of the 10th working day",
                 earlyMorning(touches: earlyFiveTouches + ["2024-10-18T18:00+02:00"]),
                 asOf: "2024-10-23T12:00+02:00", []),
        // Worked properly, closed without a reason: SILENT_CLOSE, and the lead is rejected without one.
        FlagCase("closed silently after 6 touches",
                 goodLead(.closed, touches: fiveTouches + ["2024-10-14T10:00+02:00"], closedAt: "2024-10-22T10:00+02:00"),
                 asOf: "2024-10-23T12:00+02:00", [
            .ignored("SILENT_CLOSE"),
            ExpectedFinding("REJECTED_WITHOUT_REASON", crm: ["00Q1"]),
        ]),
        // Untouched and closed silently: every reason a closed lead can have, in RULES.md order.
        FlagCase("closed silently, never touched",
                 goodLead(.closed, closedAt: "2024-10-22T10:00+02:00"), asOf: "2024-10-23T12:00+02:00", [
            .ignored("NO_FIRST_TOUCH", "TOO_FEW_ATTEMPTS", "SILENT_CLOSE"),
            ExpectedFinding("REJECTED_WITHOUT_REASON", crm: ["00Q1"]),
        ]),
        // Last touch Tue 8.10. 10:00+02:00 (later than T0); 14 cd later, still CEST, is
        // Tue 22.10. 10:00+02:00.
        FlagCase("working, 14 cd since the last touch",
                 goodLead(.working, touches: ["2024-10-07T15:00+02:00", "2024-10-08T10:00+02:00"]),
                 asOf: "2024-10-22T10:00+02:00", [.ignored("STALE_OPEN", hours: "1.00")]),
        FlagCase("working, 13 d 23 h 59 since the last touch",
                 goodLead(.working, touches: ["2024-10-07T15:00+02:00", "2024-10-08T10:00+02:00"]),
                 asOf: "2024-10-22T09:59+02:00", []),
        // Untouched: the quiet time runs from T0 Mon 7.10. 14:00 → Mon 21.10. 14:00+02:00.
        FlagCase("working, never touched, 14 cd since T0", goodLead(.working), asOf: "2024-10-21T14:00+02:00", [
            .ignored("NO_FIRST_TOUCH", "STALE_OPEN"),
        ]),
        FlagCase("new, never touched, 14 cd since T0", goodLead(.new), asOf: "2024-10-21T14:00+02:00", [
            .ignored("NO_FIRST_TOUCH", "NO_DECISION", "STALE_OPEN"),
        ]),
    ]

    @Test(arguments: otherReasons)
    func otherIgnoredReasons(_ row: FlagCase) { row.check() }

    // MARK: - T0 and MQL precision

    static let clockStart: [FlagCase] = [
        // T0 = max(MQL Mon 13:00, hand-off Mon 14:00) = 14:00; touch Tue 8.10. 12:30+02:00:
        // Mon 4 + Tue 4.5 = 8.5 wh (9.5 if counted from the MQL) → late.
        FlagCase("hand-off after the MQL: T0 is the hand-off",
                 goodLead(.working, touches: ["2024-10-08T12:30+02:00"]), asOf: "2024-10-09T12:00+02:00", [
            .ignored("LATE_FIRST_TOUCH", mql: mqlMon, handoff: handoffMon, hours: "8.50"),
        ]),
        // Hand-off Mon 10:00, MQL Mon 14:00: 4 wh early, within the 1 working day sync grace (no
        // HANDOFF_BEFORE_MQL). T0 = the MQL: 8.5 wh to Tue 12:30 (12.5 from the hand-off).
        FlagCase("hand-off before the MQL within grace: T0 is the MQL",
                 FlagFixture.person([FlagFixture.hubspot(mql: "2024-10-07T14:00+02:00")],
                                    [FlagFixture.lead(.working, handoff: "2024-10-07T10:00+02:00",
                                                      touches: ["2024-10-08T12:30+02:00"])]),
                 asOf: "2024-10-09T12:00+02:00", [
            .ignored("LATE_FIRST_TOUCH", mql: "2024-10-07T14:00:00+02:00", handoff: "2024-10-07T10:00:00+02:00",
                     hours: "8.50"),
        ]),
        // Hand-off Mon 10:00, MQL Mon 14:00, untouched: T0 14:00 → the window ends Tue 12:00, so
        // Tue 11:59 is still pending (from the hand-off it would have ended Tue 08:00).
        FlagCase("hand-off before the MQL within grace: pending from the MQL",
                 FlagFixture.person([FlagFixture.hubspot(mql: "2024-10-07T14:00+02:00")],
                                    [FlagFixture.lead(.new, handoff: "2024-10-07T10:00+02:00")]),
                 asOf: "2024-10-08T11:59+02:00", [.pending(precision: "datetime")]),
    ]

    @Test(arguments: clockStart)
    func clockStartsAtTheLaterOfMQLAndHandoff(_ row: FlagCase) { row.check() }

    /// MQL dated Mon 7.10.2024 without a time (date-only), handed off Mon 14:00+02:00.
    static func dateOnly(_ bucket: Pipeline.StatusBucket, touches: [String] = [], handoff: String = "2024-10-07T14:00+02:00")
        -> PersonView {
        FlagFixture.person([FlagFixture.hubspot(mqlDate: "2024-10-07")],
                           [FlagFixture.lead(bucket, handoff: handoff, touches: touches)])
    }

    /// A lifecycle stage of MQL but no date (precision `missing`), handed off Mon 14:00+02:00.
    static func undated(_ bucket: Pipeline.StatusBucket, closeReason: String = "", closedAt: String? = nil)
        -> PersonView {
        FlagFixture.person([FlagFixture.hubspot()],
                           [FlagFixture.lead(bucket, handoff: "2024-10-07T14:00+02:00", closeReason: closeReason,
                                             closedAt: closedAt)])
    }

    static let precision: [FlagCase] = [
        // Date-only: W = 8 wh rounds up to 1 working day, counted in days after d0 = max(MQL
        // date, hand-off date) = Mon 7.10. NO_FIRST_TOUCH when working days (d0, as_of date] ≥ 1,
        // i.e. from Tue 8.10. (oracle.py: `working_days_between(d0, asof_d) >= wd`).
        FlagCase("date-only MQL, one working day later", dateOnly(.new), asOf: "2024-10-08T08:00+02:00", [
            .ignored("NO_FIRST_TOUCH", mql: "2024-10-07", handoff: handoffMon, hours: "", precision: "date"),
        ]),
        FlagCase("date-only MQL, the same day", dateOnly(.new), asOf: "2024-10-07T23:00+02:00", [
            .pending(precision: "date"),
        ]),
        // A touch on Tue 8.10. (1 working day after d0, not more) is in time, any hour of it.
        FlagCase("date-only MQL, touched the next working day",
                 dateOnly(.working, touches: ["2024-10-08T17:00+02:00"]), asOf: "2024-10-09T12:00+02:00", []),
        // Wed 9.10. is 2 working days after d0 > 1 → late; no working hours on dates.
        FlagCase("date-only MQL, touched two working days later",
                 dateOnly(.working, touches: ["2024-10-09T09:00+02:00"]), asOf: "2024-10-09T12:00+02:00", [
            .ignored("LATE_FIRST_TOUCH", mql: "2024-10-07", firstTouch: "2024-10-09T09:00:00+02:00", hours: "",
                     precision: "date"),
        ]),
        // accept_within 24 wh rounds up to 3 working days: Tue, Wed, Thu 10.10.
        FlagCase("date-only MQL, still NEW three working days later", dateOnly(.new), asOf: "2024-10-10T08:00+02:00", [
            .ignored("NO_FIRST_TOUCH", "NO_DECISION", precision: "date"),
        ]),
        // A touch at 08:30 on the MQL's own date is not before the MQL (a date says nothing about
        // the hour; oracle.py compares `_day(touch) < mql_at`): not sales-sourced, and in time.
        FlagCase("date-only MQL, touched earlier that day",
                 dateOnly(.working, touches: ["2024-10-07T08:30+02:00"], handoff: "2024-10-07T08:00+02:00"),
                 asOf: "2024-10-08T12:00+02:00", []),
        // Stage MQL, no date: the time-window reasons are not evaluated; only SILENT_CLOSE can fire.
        FlagCase("undated MQL closed silently", undated(.closed, closedAt: "2024-10-22T10:00+02:00"),
                 asOf: "2024-10-23T12:00+02:00", [
            .ignored("SILENT_CLOSE", mql: "", handoff: handoffMon, precision: "missing"),
            ExpectedFinding("REJECTED_WITHOUT_REASON", crm: ["00Q1"]),
        ]),
        FlagCase("undated MQL left NEW for weeks", undated(.new), asOf: "2024-10-23T12:00+02:00", []),
        FlagCase("undated MQL closed untouched with a reason",
                 undated(.closed, closeReason: "No response", closedAt: "2024-10-22T10:00+02:00"),
                 asOf: "2024-10-23T12:00+02:00", []),
        // … and it cannot leak: no instant to count the sync grace from.
        FlagCase("undated MQL without a CRM record", FlagFixture.person([FlagFixture.hubspot()], []),
                 asOf: "2024-10-23T12:00+02:00", []),
    ]

    @Test(arguments: precision)
    func mqlPrecision(_ row: FlagCase) { row.check() }
}
