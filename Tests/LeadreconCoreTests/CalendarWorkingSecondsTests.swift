import LeadreconCore
import Testing

/// `workingSeconds(from:to:)` against hand-computed expectations; Europe/Berlin, Mon–Fri
/// 08:00–18:00 unless the calendar column says otherwise.
@Suite struct CalendarWorkingSecondsTests {
    typealias Fixture = CalendarFixture
    static let hour: Int64 = 3600

    @Test(arguments: [
        // Within a day, evenings, nights, mornings (Tue 2024-10-01).
        ("standard", "2024-10-01T09:00+02:00", "2024-10-01T11:30+02:00", 9000),
        ("standard", "2024-10-01T17:00+02:00", "2024-10-02T09:00+02:00", 2 * hour),
        ("standard", "2024-10-01T18:00+02:00", "2024-10-01T23:00+02:00", 0),
        ("standard", "2024-10-01T06:00+02:00", "2024-10-01T08:00+02:00", 0),
        ("standard", "2024-10-01T06:00+02:00", "2024-10-01T08:30+02:00", 1800),
        ("standard", "2024-10-01T07:59:59+02:00", "2024-10-01T08:00:01+02:00", 1),
        ("standard", "2024-10-01T00:00+02:00", "2024-10-02T00:00+02:00", 10 * hour),
        // Weekends: Sat 5 and Sun 6 October 2024.
        ("standard", "2024-10-05T10:00+02:00", "2024-10-06T20:00+02:00", 0),
        ("standard", "2024-10-04T17:00+02:00", "2024-10-07T09:00+02:00", 2 * hour),
        ("standard", "2024-10-04T17:30+02:00", "2024-10-07T08:30+02:00", hour),
        // 3.10.2024 is a Thursday: the week of 30.9. has four working days.
        ("standard", "2024-10-02T17:00+02:00", "2024-10-04T09:00+02:00", 2 * hour),
        ("standard", "2024-09-30T00:00+02:00", "2024-10-07T00:00+02:00", 40 * hour),
        // Easter 2025 (20.4.): Good Friday 18.4. and Easter Monday 21.4. closed.
        ("standard", "2025-04-17T17:00+02:00", "2025-04-22T09:00+02:00", 2 * hour),
        ("standard", "2025-04-14T00:00+02:00", "2025-04-28T00:00+02:00", 80 * hour),
        // Whitsun 2025: Whit Monday 9.6. closed; Ascension 29.5. closed.
        ("standard", "2025-06-06T17:00+02:00", "2025-06-10T09:00+02:00", 2 * hour),
        ("standard", "2025-05-28T17:00+02:00", "2025-05-30T09:00+02:00", 2 * hour),
        // Easter 2024 (31.3., the night of the spring DST switch): 28.3. to 2.4.
        ("standard", "2024-03-28T17:00+01:00", "2024-04-02T09:00+02:00", 2 * hour),
        // 24.12. and 31.12. closed (and 25./26.12., 1.1. holidays), across a year boundary.
        ("standard", "2024-12-23T17:00+01:00", "2024-12-27T09:00+01:00", 2 * hour),
        ("standard", "2024-12-30T17:00+01:00", "2025-01-02T09:00+01:00", 2 * hour),
        ("standard", "2024-12-20T18:00+01:00", "2025-01-06T08:00+01:00", 50 * hour),
        // Bavaria vs Berlin: 6.1.2025 (Monday) and Corpus Christi 19.6.2025 (Thursday).
        ("berlin", "2025-01-03T17:00+01:00", "2025-01-07T09:00+01:00", 12 * hour),
        ("bavaria", "2025-01-03T17:00+01:00", "2025-01-07T09:00+01:00", 2 * hour),
        ("berlin", "2025-06-18T17:00+02:00", "2025-06-20T09:00+02:00", 12 * hour),
        ("bavaria", "2025-06-18T17:00+02:00", "2025-06-20T09:00+02:00", 2 * hour),
        // Berlin's 8.3.2024 is a Friday; Bavaria works.
        ("berlin", "2024-03-07T17:00+01:00", "2024-03-11T09:00+01:00", 2 * hour),
        ("bavaria", "2024-03-07T17:00+01:00", "2024-03-11T09:00+01:00", 12 * hour),
        // Split days: 08:00–12:00 and 13:00–18:00.
        ("split", "2024-10-01T11:30+02:00", "2024-10-01T13:30+02:00", hour),
        ("split", "2024-10-01T12:00+02:00", "2024-10-01T13:00+02:00", 0),
        ("split", "2024-10-01T12:30+02:00", "2024-10-01T13:15+02:00", 900),
        ("split", "2024-10-01T00:00+02:00", "2024-10-02T00:00+02:00", 9 * hour),
        // Days of unequal length.
        ("shortFriday", "2024-10-07T00:00+02:00", "2024-10-14T00:00+02:00", 42 * hour),
        ("shortFriday", "2024-10-11T13:00+02:00", "2024-10-14T09:00+02:00", 2 * hour),
    ])
    func handComputed(calendar: String, from: String, to: String, expected: Int64) {
        let seconds = Fixture.calendar(calendar).workingSeconds(from: Fixture.instant(from), to: Fixture.instant(to))
        #expect(seconds == expected)
    }

    /// A lead at Saturday 23:00 touched on Monday 09:00, over the DST switch night.
    @Test(arguments: [
        // Autumn: 27.10.2024 03:00 CEST becomes 02:00 CET.
        ("2024-10-26T23:00+02:00", "2024-10-28T09:00+01:00", hour),
        // Spring: 31.3.2024 02:00 CET becomes 03:00 CEST, but that Sunday is Easter and Monday
        // 1.4. is Easter Monday: no working time until Tuesday.
        ("2024-03-30T23:00+01:00", "2024-04-01T09:00+02:00", 0),
        ("2024-03-30T23:00+01:00", "2024-04-02T09:00+02:00", hour),
        // Spring 2025 (30.3.) has no holiday next to it.
        ("2025-03-29T23:00+01:00", "2025-03-31T09:00+02:00", hour),
    ])
    func switchNights(from: String, to: String, expected: Int64) {
        #expect(Fixture.standard.workingSeconds(from: Fixture.instant(from), to: Fixture.instant(to)) == expected)
    }

    /// Opening hours are wall-clock times: 08:00–18:00 is ten hours on a switch day, and hours
    /// that contain the switch hold the time that really passes.
    @Test(arguments: [
        ("allHours", "2024-03-30T12:00+01:00", "2024-03-31T12:00+02:00", 23 * hour),
        ("allHours", "2024-10-26T12:00+02:00", "2024-10-27T12:00+01:00", 25 * hour),
        ("allHours", "2024-10-27T00:00+02:00", "2024-10-28T00:00+01:00", 25 * hour),
        ("sundayNight", "2024-03-31T00:00+01:00", "2024-04-01T00:00+02:00", 2 * hour),  // 01:00 CET–04:00 CEST
        ("sundayNight", "2024-10-27T00:00+02:00", "2024-10-28T00:00+01:00", 4 * hour),  // 01:00 CEST–04:00 CET
        ("sundayNight", "2024-10-20T00:00+02:00", "2024-10-21T00:00+02:00", 3 * hour),
    ])
    func wallClockHoursOnSwitchDays(calendar: String, from: String, to: String, expected: Int64) {
        let seconds = Fixture.calendar(calendar).workingSeconds(from: Fixture.instant(from), to: Fixture.instant(to))
        #expect(seconds == expected)
    }

    @Test func switchDaysWithOfficeHoursHaveTenHours() {
        let sundays = WorkingCalendar(hours: Fixture.hours("Sun 08:00-18:00"), closedDays: [])
        #expect(sundays.workingSeconds(from: Fixture.instant("2024-03-31T00:00+01:00"),
                                       to: Fixture.instant("2024-04-01T00:00+02:00")) == 10 * Self.hour)
        #expect(sundays.workingSeconds(from: Fixture.instant("2024-10-27T00:00+02:00"),
                                       to: Fixture.instant("2024-10-28T00:00+01:00")) == 10 * Self.hour)
        #expect(sundays.isOpen(at: Fixture.instant("2024-03-31T08:00+02:00")))
        #expect(!sundays.isOpen(at: Fixture.instant("2024-03-31T07:59+02:00")))
        #expect(sundays.isOpen(at: Fixture.instant("2024-10-27T17:59+01:00")))
        #expect(!sundays.isOpen(at: Fixture.instant("2024-10-27T18:00+01:00")))
    }

    @Test func emptyAndBackwardSpansAreZero() {
        let monday = Fixture.instant("2024-10-07T10:00+02:00")
        #expect(Fixture.standard.workingSeconds(from: monday, to: monday) == 0)
        #expect(Fixture.standard.workingSeconds(from: monday + 3600, to: monday) == 0)
    }

    /// Ten years in one call equal the sum of the years, each counted on its own.
    @Test func longSpansAddUpYearByYear() {
        let calendar = Fixture.standard
        let newYears = (2020...2030).map { Fixture.instant("\($0)-01-01T00:00+01:00") }
        let byYear = zip(newYears, newYears.dropFirst()).map { calendar.workingSeconds(from: $0, to: $1) }
        #expect(calendar.workingSeconds(from: newYears[0], to: newYears[10]) == byYear.reduce(0, +))
        // 2025: 261 weekdays; closed on weekdays: 1.1., 18.4., 21.4., 1.5., 29.5., 9.6., 3.10.,
        // 24.12., 25.12., 26.12., 31.12. → 250 working days.
        #expect(byYear[5] == 250 * 10 * Self.hour)
    }

    /// Sentinel dates such as 9999-12-31 are clamped to the supported years.
    @Test func sentinelInstantsAreClamped() {
        let calendar = Fixture.standard
        let start = Fixture.instant("2199-12-30T17:00+01:00")  // a Monday
        let farFuture = Fixture.instant("9999-12-31T00:00+01:00")
        #expect(calendar.workingSeconds(from: start, to: farFuture) == 1 * Self.hour)
        #expect(calendar.workingSeconds(from: start, to: .max) == 1 * Self.hour)
        #expect(calendar.workingSeconds(from: .min, to: Fixture.instant("1900-01-02T09:00+01:00")) == 1 * Self.hour)
        #expect(calendar.workingSeconds(from: farFuture, to: .max) == 0)
    }
}
