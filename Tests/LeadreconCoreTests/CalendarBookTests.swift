import LeadreconCore
import Testing

@Suite struct CalendarBookTests {
    typealias Fixture = CalendarFixture

    static let settings = Pipeline.CalendarSettings(
        holidays: Pipeline.HolidayRegion(state: .berlin),
        teams: [
            Pipeline.Team(name: "München", owners: ["Anna Huber", "0055g00000ABCDEAAA"],
                          hours: .standard, holidays: Pipeline.HolidayRegion(state: .bavaria)),
            Pipeline.Team(name: "Inside Sales", owners: ["Jonas Weber", "Anna Huber"],
                          hours: Fixture.hours("Mon-Fri 08:00-12:00 13:00-18:00"),
                          holidays: Pipeline.HolidayRegion(state: .berlin)),
            Pipeline.Team(name: "Berlin", owners: ["Lea Schulz"],
                          hours: .standard, holidays: Pipeline.HolidayRegion(state: .berlin)),
        ])

    @Test(arguments: [
        ("Anna Huber", "München"),  // in two teams: the first one
        ("0055g00000ABCDEAAA", "München"),
        ("Jonas Weber", "Inside Sales"),
        ("Lea Schulz", "Berlin"),
        ("Unknown Owner", "default"),
        ("anna huber", "default"),  // owners are matched as written
    ])
    func ownersGetTheirTeamsCalendar(owner: String, team: String) {
        let book = CalendarBook(settings: Self.settings)
        let calendar = book.calendar(forOwner: owner)
        let expected = team == "default" ? book.defaultCalendar : book.calendar(forTeam: team)!
        #expect(calendar.hours == expected.hours)
        #expect(calendar.holidayRegion == expected.holidayRegion)
        #expect(Self.settings.team(ofOwner: owner)?.name == (team == "default" ? nil : team))
    }

    @Test func teamCalendarsMeasureWithTheirOwnRules() {
        let book = CalendarBook(settings: Self.settings)
        // Friday 3.1.2025 17:00 to Tuesday 7.1. 09:00 over Epiphany (Monday 6.1.), closed in Bavaria.
        let from = Fixture.instant("2025-01-03T17:00+01:00"), to = Fixture.instant("2025-01-07T09:00+01:00")
        #expect(book.calendar(forOwner: "Anna Huber").workingSeconds(from: from, to: to) == 2 * 3600)
        #expect(book.calendar(forOwner: "Lea Schulz").workingSeconds(from: from, to: to) == 12 * 3600)
        #expect(book.calendar(forOwner: "Jonas Weber").workingSeconds(from: from, to: to) == 11 * 3600)
        #expect(book.calendar(forOwner: nil).workingSeconds(from: from, to: to) == 12 * 3600)
        // Zone and closed days come from the calendar settings: 24.12. is closed for every team.
        let christmasEve = Fixture.instant("2025-12-24T10:00+01:00")
        #expect(!book.calendar(forOwner: "Anna Huber").isOpen(at: christmasEve))
        #expect(book.calendar(forOwner: "Anna Huber").timeZone == Pipeline.CalendarSettings.defaultTimeZone)
    }

    @Test func unknownTeamHasNoCalendar() {
        #expect(CalendarBook(settings: Self.settings).calendar(forTeam: "Hamburg") == nil)
        #expect(CalendarBook(settings: Pipeline.CalendarSettings()).calendar(forOwner: "Anyone").holidayRegion.state == nil)
    }
}
