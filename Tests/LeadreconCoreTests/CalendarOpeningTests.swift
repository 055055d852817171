import LeadreconCore
import LeadreconValues
import Testing

/// `isOpen(at:)` and `nextOpening(atOrAfter:)`.
@Suite struct CalendarOpeningTests {
    typealias Fixture = CalendarFixture

    @Test(arguments: [
        ("standard", "2024-10-01T08:00+02:00", true),
        ("standard", "2024-10-01T07:59:59+02:00", false),
        ("standard", "2024-10-01T17:59:59+02:00", true),
        ("standard", "2024-10-01T18:00+02:00", false),  // intervals exclude their close
        ("standard", "2024-10-05T10:00+02:00", false),  // Saturday
        ("standard", "2024-10-03T10:00+02:00", false),  // Tag der Deutschen Einheit
        ("standard", "2024-12-24T10:00+01:00", false),
        ("standard", "2024-12-31T10:00+01:00", false),
        ("standard", "2024-12-27T10:00+01:00", true),
        ("standard", "2025-01-06T10:00+01:00", true),
        ("bavaria", "2025-01-06T10:00+01:00", false),
        ("berlin", "2025-03-07T10:00+01:00", true),
        ("berlin", "2024-03-08T10:00+01:00", false),  // Frauentag, a Friday
        ("split", "2024-10-01T12:00+02:00", false),
        ("split", "2024-10-01T11:59+02:00", true),
        ("split", "2024-10-01T13:00+02:00", true),
    ])
    func isOpen(calendar: String, instant: String, expected: Bool) {
        #expect(Fixture.calendar(calendar).isOpen(at: Fixture.instant(instant)) == expected)
    }

    @Test(arguments: [
        ("standard", "2024-10-01T07:00+02:00", "2024-10-01T08:00+02:00"),
        ("standard", "2024-10-01T10:00+02:00", "2024-10-01T10:00+02:00"),
        ("standard", "2024-10-04T18:00+02:00", "2024-10-07T08:00+02:00"),
        ("standard", "2024-10-02T18:00+02:00", "2024-10-04T08:00+02:00"),
        ("standard", "2024-12-23T18:00+01:00", "2024-12-27T08:00+01:00"),
        ("standard", "2024-12-30T18:00+01:00", "2025-01-02T08:00+01:00"),
        ("standard", "2024-03-28T18:00+01:00", "2024-04-02T08:00+02:00"),
        ("standard", "2024-10-26T23:00+02:00", "2024-10-28T08:00+01:00"),
        ("bavaria", "2025-01-03T18:00+01:00", "2025-01-07T08:00+01:00"),
        ("split", "2024-10-01T12:00+02:00", "2024-10-01T13:00+02:00"),
    ])
    func nextOpening(calendar: String, instant: String, expected: String) throws {
        let opening = try #require(Fixture.calendar(calendar).nextOpening(atOrAfter: Fixture.instant(instant)))
        #expect(Fixture.text(opening) == Fixture.normalized(expected))
    }

    @Test func timestampsAnswerLikeInstants() throws {
        let calendar = Fixture.standard
        let start = Fixture.timestamp("2024-10-04T17:30+02:00")
        let end = try #require(calendar.adding(.hours(1), to: start))
        #expect(end.secondsSinceEpoch == Fixture.instant("2024-10-07T08:30+02:00"))
        #expect(end.precision == .datetime)
        #expect(calendar.workingSeconds(from: start, to: end) == 3600)
        #expect(calendar.isOpen(at: start))
        #expect(calendar.nextOpening(atOrAfter: end)?.secondsSinceEpoch == end.secondsSinceEpoch)
        #expect(calendar.adding(.hours(1), to: Fixture.timestamp("9999-12-31T00:00Z")) == nil)
    }
}
