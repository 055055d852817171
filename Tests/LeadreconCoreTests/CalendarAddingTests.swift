import LeadreconCore
import Testing

/// `adding(_:to:)` — the end of an SLA window — against hand-computed expectations.
@Suite struct CalendarAddingTests {
    typealias Fixture = CalendarFixture

    @Test(arguments: [
        // Working hours and minutes: the earliest instant with that much opening time behind it.
        ("standard", "2024-10-04T17:30+02:00", "1h", "2024-10-07T08:30+02:00"),  // Friday → Monday
        ("standard", "2024-10-04T17:30+02:00", "30m", "2024-10-04T18:00+02:00"),  // ends at the close
        ("standard", "2024-10-04T17:30+02:00", "31m", "2024-10-07T08:01+02:00"),
        ("standard", "2024-10-02T17:00+02:00", "2h", "2024-10-04T09:00+02:00"),  // over 3.10. (Thursday)
        ("standard", "2024-10-05T12:00+02:00", "1h", "2024-10-07T09:00+02:00"),  // from a Saturday
        ("standard", "2024-10-01T06:00+02:00", "90m", "2024-10-01T09:30+02:00"),  // from before opening
        ("standard", "2024-10-01T20:00+02:00", "8h", "2024-10-02T16:00+02:00"),
        ("standard", "2024-10-04T14:00+02:00", "8h", "2024-10-07T12:00+02:00"),
        ("standard", "2024-10-07T08:00+02:00", "24h", "2024-10-09T12:00+02:00"),
        ("standard", "2024-10-05T12:00+02:00", "0h", "2024-10-05T12:00+02:00"),  // empty window: unchanged
        // Easter and Whitsun weeks (the 2024 spring DST switch lies in the Easter weekend).
        ("standard", "2024-03-28T17:00+01:00", "2h", "2024-04-02T09:00+02:00"),
        ("standard", "2025-04-17T17:30+02:00", "1h", "2025-04-22T08:30+02:00"),
        ("standard", "2024-05-17T17:00+02:00", "2h", "2024-05-21T09:00+02:00"),  // Whit Monday 20.5.
        ("standard", "2024-05-08T17:00+02:00", "2h", "2024-05-10T09:00+02:00"),  // Ascension 9.5.
        // 24.12. and 31.12.
        ("standard", "2024-12-23T17:00+01:00", "2h", "2024-12-27T09:00+01:00"),
        ("standard", "2024-12-30T17:00+01:00", "2h", "2025-01-02T09:00+01:00"),
        // Bavaria vs Berlin: 6.1.2025 (Monday), Corpus Christi 19.6.2025 (Thursday).
        ("berlin", "2025-01-03T17:00+01:00", "2h", "2025-01-06T09:00+01:00"),
        ("bavaria", "2025-01-03T17:00+01:00", "2h", "2025-01-07T09:00+01:00"),
        ("berlin", "2025-06-18T17:00+02:00", "2h", "2025-06-19T09:00+02:00"),
        ("bavaria", "2025-06-18T17:00+02:00", "2h", "2025-06-20T09:00+02:00"),
        // DST switch nights: a lead at Saturday 23:00.
        ("standard", "2024-10-26T23:00+02:00", "1h", "2024-10-28T09:00+01:00"),
        ("standard", "2025-03-29T23:00+01:00", "1h", "2025-03-31T09:00+02:00"),
        ("standard", "2024-03-30T23:00+01:00", "1h", "2024-04-02T09:00+02:00"),  // Easter Monday closed
        // Split days: 08:00–12:00 13:00–18:00.
        ("split", "2024-10-01T11:30+02:00", "1h", "2024-10-01T13:30+02:00"),
        ("split", "2024-10-01T11:30+02:00", "30m", "2024-10-01T12:00+02:00"),
        ("split", "2024-10-01T12:15+02:00", "1h", "2024-10-01T14:00+02:00"),
        ("split", "2024-10-01T17:30+02:00", "1h", "2024-10-02T08:30+02:00"),
        ("split", "2024-10-01T08:00+02:00", "9h", "2024-10-01T18:00+02:00"),
        // Working days: the same wall-clock time n working days later.
        ("standard", "2024-10-08T10:00+02:00", "1d", "2024-10-09T10:00+02:00"),  // Tuesday → Wednesday
        ("standard", "2024-10-04T10:00+02:00", "1d", "2024-10-07T10:00+02:00"),  // Friday → Monday
        ("standard", "2024-10-02T10:00+02:00", "1d", "2024-10-04T10:00+02:00"),  // over 3.10.
        ("standard", "2024-10-08T19:00+02:00", "1d", "2024-10-10T08:00+02:00"),  // evening: from Wed 08:00
        ("standard", "2024-10-05T12:00+02:00", "1d", "2024-10-08T08:00+02:00"),  // Saturday: from Mon 08:00
        ("standard", "2024-10-08T08:00+02:00", "1d", "2024-10-09T08:00+02:00"),
        ("standard", "2024-10-08T17:59+02:00", "1d", "2024-10-09T17:59+02:00"),
        ("standard", "2024-10-08T18:00+02:00", "1d", "2024-10-10T08:00+02:00"),  // the close is closed
        // 10d over a holiday: after Mon 30.9.2024 come Tue 1, Wed 2, Fri 4, Mon 7 … Tue 15.10.
        ("standard", "2024-09-30T10:00+02:00", "10d", "2024-10-15T10:00+02:00"),
        // 10d over Christmas and New Year: 23.12., 27.12., 30.12., 2.1., 3.1., 6.1. … 10.1.
        ("standard", "2024-12-20T15:00+01:00", "10d", "2025-01-10T15:00+01:00"),
        ("bavaria", "2024-12-20T15:00+01:00", "10d", "2025-01-13T15:00+01:00"),  // 6.1. closed too
        // Over a DST switch the wall-clock time is kept.
        ("standard", "2024-10-25T10:00+02:00", "1d", "2024-10-28T10:00+01:00"),
        ("standard", "2024-03-22T10:00+01:00", "5d", "2024-04-02T10:00+02:00"),  // Good Friday, Easter Monday
        // Days then hours.
        ("standard", "2024-10-08T16:00+02:00", "1d4h", "2024-10-10T10:00+02:00"),
        // Split days keep the wall-clock time; from the lunch break, from the afternoon opening.
        ("split", "2024-10-01T11:30+02:00", "1d", "2024-10-02T11:30+02:00"),
        ("split", "2024-10-01T12:30+02:00", "1d", "2024-10-02T13:00+02:00"),
        // Unequal days: a time after Friday's close ends at the close; a morning stays a morning.
        ("shortFriday", "2024-10-10T16:00+02:00", "1d", "2024-10-11T14:00+02:00"),
        ("shortFriday", "2024-10-10T10:00+02:00", "1d", "2024-10-11T10:00+02:00"),
        ("shortFriday", "2024-10-11T10:00+02:00", "1d", "2024-10-14T10:00+02:00"),
        ("shortFriday", "2024-10-09T07:00+02:00", "1d", "2024-10-10T08:00+02:00"),
        // Calendar days: the same local time, across DST switches, open or not.
        ("standard", "2024-10-20T10:00+02:00", "14cd", "2024-11-03T10:00+01:00"),
        ("standard", "2024-03-24T10:00+01:00", "14cd", "2024-04-07T10:00+02:00"),
        ("standard", "2024-10-26T23:00+02:00", "1cd", "2024-10-27T23:00+01:00"),
        ("standard", "2024-03-30T02:30+01:00", "1cd", "2024-03-31T03:30+02:00"),  // 02:30 skipped: moved on
        ("standard", "2024-10-26T02:30+02:00", "1cd", "2024-10-27T02:30+02:00"),  // repeated: first one
        ("standard", "2024-10-27T02:30+01:00", "1cd", "2024-10-28T02:30+01:00"),  // from the second one
        ("standard", "2024-12-31T12:00+01:00", "0cd", "2024-12-31T12:00+01:00"),
        ("standard", "2024-02-28T12:00+01:00", "30cd", "2024-03-29T12:00+01:00"),
    ])
    func handComputed(calendar: String, start: String, duration: String, expected: String) throws {
        let window = try #require(WorkingDuration(duration))
        let end = Fixture.calendar(calendar).adding(window, to: Fixture.instant(start))
        #expect(Fixture.text(end) == Fixture.normalized(expected))
    }

    /// Minutes of a window are exactly the working time from its start to its end.
    @Test(arguments: ["standard", "split", "bavaria", "shortFriday"])
    func minutesRoundTripThroughWorkingSeconds(calendar: String) {
        let calendar = Fixture.calendar(calendar)
        let start = Fixture.instant("2024-12-20T17:45+01:00")
        for minutes in [1, 15, 59, 60, 61, 600, 601, 1440, 6000] {
            let end = calendar.adding(.working(days: 0, minutes: minutes), to: start)
            #expect(calendar.workingSeconds(from: start, to: end) == Int64(minutes) * 60)
            #expect(calendar.workingSeconds(from: start, to: end - 1) == Int64(minutes) * 60 - 1)
        }
    }

    @Test func calendarsThatNeverOpenAgainSayNever() {
        let calendar = CalendarFixture.standard
        let lastYear = Fixture.instant("2199-12-30T17:00+01:00")
        #expect(calendar.adding(.hours(1), to: lastYear) == Fixture.instant("2199-12-30T18:00+01:00"))
        #expect(calendar.adding(.hours(2), to: lastYear) == .max)
        #expect(calendar.adding(.workingDays(1), to: lastYear) == .max)
        #expect(calendar.adding(.hours(1), to: Fixture.instant("9999-12-31T00:00+01:00")) == .max)
        #expect(calendar.nextOpening(atOrAfter: Fixture.instant("2199-12-30T18:00+01:00")) == nil)
        // Calendar days need no calendar: they work on sentinel dates too.
        #expect(Fixture.text(calendar.adding(.calendarDays(14), to: Fixture.instant("9999-12-01T10:00+01:00")))
                == "9999-12-15T10:00:00+01:00")
        // Before the supported years: counted from their start (Tue 2.1.1900 08:00).
        #expect(Fixture.text(calendar.adding(.hours(1), to: Fixture.instant("1800-06-01T12:00Z")))
                == "1900-01-02T09:00:00+01:00")
    }
}
