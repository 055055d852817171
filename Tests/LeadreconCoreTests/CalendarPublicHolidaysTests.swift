import LeadreconCore
import Testing

@Suite struct CalendarPublicHolidaysTests {
    typealias State = Pipeline.HolidayRegion.GermanState

    /// The holidays of `year` in `state` as `MM-DD name`, sorted by date.
    static func list(_ year: Int, _ state: State?) -> [String] {
        PublicHolidays().holidays(year: year, region: Pipeline.HolidayRegion(state: state))
            .sorted { $0.key < $1.key }
            .map { String($0.key.description.dropFirst(5)) + " " + $0.value }
    }

    // 2026: Easter Sunday 5 April, so Good Friday 3.4., Easter Monday 6.4., Ascension 14.5.,
    // Whit Sunday 24.5., Whit Monday 25.5., Corpus Christi 4.6.; Buß- und Bettag 18.11.
    static let nationwide2026 = [
        "01-01 Neujahr", "04-03 Karfreitag", "04-06 Ostermontag", "05-01 Tag der Arbeit",
        "05-14 Christi Himmelfahrt", "05-25 Pfingstmontag", "10-03 Tag der Deutschen Einheit",
        "12-25 1. Weihnachtstag", "12-26 2. Weihnachtstag",
    ]

    @Test(arguments: [
        (State?.none, nationwide2026),
        (.berlin, [
            "01-01 Neujahr", "03-08 Internationaler Frauentag", "04-03 Karfreitag", "04-06 Ostermontag",
            "05-01 Tag der Arbeit", "05-14 Christi Himmelfahrt", "05-25 Pfingstmontag",
            "10-03 Tag der Deutschen Einheit", "12-25 1. Weihnachtstag", "12-26 2. Weihnachtstag",
        ]),
        (.bavaria, [
            "01-01 Neujahr", "01-06 Heilige Drei Könige", "04-03 Karfreitag", "04-06 Ostermontag",
            "05-01 Tag der Arbeit", "05-14 Christi Himmelfahrt", "05-25 Pfingstmontag", "06-04 Fronleichnam",
            "10-03 Tag der Deutschen Einheit", "11-01 Allerheiligen", "12-25 1. Weihnachtstag",
            "12-26 2. Weihnachtstag",
        ]),
        (.northRhineWestphalia, [
            "01-01 Neujahr", "04-03 Karfreitag", "04-06 Ostermontag", "05-01 Tag der Arbeit",
            "05-14 Christi Himmelfahrt", "05-25 Pfingstmontag", "06-04 Fronleichnam",
            "10-03 Tag der Deutschen Einheit", "11-01 Allerheiligen", "12-25 1. Weihnachtstag",
            "12-26 2. Weihnachtstag",
        ]),
        (.saxony, [
            "01-01 Neujahr", "04-03 Karfreitag", "04-06 Ostermontag", "05-01 Tag der Arbeit",
            "05-14 Christi Himmelfahrt", "05-25 Pfingstmontag", "10-03 Tag der Deutschen Einheit",
            "10-31 Reformationstag", "11-18 Buß- und Bettag", "12-25 1. Weihnachtstag",
            "12-26 2. Weihnachtstag",
        ]),
        (.thuringia, [
            "01-01 Neujahr", "04-03 Karfreitag", "04-06 Ostermontag", "05-01 Tag der Arbeit",
            "05-14 Christi Himmelfahrt", "05-25 Pfingstmontag", "09-20 Weltkindertag",
            "10-03 Tag der Deutschen Einheit", "10-31 Reformationstag", "12-25 1. Weihnachtstag",
            "12-26 2. Weihnachtstag",
        ]),
        (.brandenburg, [
            "01-01 Neujahr", "04-03 Karfreitag", "04-05 Ostersonntag", "04-06 Ostermontag",
            "05-01 Tag der Arbeit", "05-14 Christi Himmelfahrt", "05-24 Pfingstsonntag",
            "05-25 Pfingstmontag", "10-03 Tag der Deutschen Einheit", "10-31 Reformationstag",
            "12-25 1. Weihnachtstag", "12-26 2. Weihnachtstag",
        ]),
    ])
    func fullListsFor2026(state: State?, expected: [String]) {
        #expect(Self.list(2026, state) == expected)
    }

    /// Counts per Land in 2026, hand-counted from DOMAIN.md (nine nation-wide holidays plus the
    /// Land's own).
    @Test(arguments: [
        (State.badenWuerttemberg, 12), (.bavaria, 12), (.berlin, 10), (.brandenburg, 12), (.bremen, 10),
        (.hamburg, 10), (.hesse, 10), (.mecklenburgVorpommern, 11), (.lowerSaxony, 10),
        (.northRhineWestphalia, 11), (.rhinelandPalatinate, 11), (.saarland, 12), (.saxony, 11),
        (.saxonyAnhalt, 11), (.schleswigHolstein, 10), (.thuringia, 11),
    ])
    func everyLandIn2026(state: State, count: Int) {
        #expect(Self.list(2026, state).count == count)
        #expect(Set(Self.nationwide2026).isSubset(of: Self.list(2026, state)))
    }

    @Test func bavariaAndBerlinDiffer() {
        let bavaria = Set(Self.list(2026, .bavaria)), berlin = Set(Self.list(2026, .berlin))
        #expect(bavaria.subtracting(berlin) == ["01-06 Heilige Drei Könige", "06-04 Fronleichnam", "11-01 Allerheiligen"])
        #expect(berlin.subtracting(bavaria) == ["03-08 Internationaler Frauentag"])
        // Assumption Day is left out for Bavaria (Catholic municipalities only) but kept in Saarland.
        #expect(!bavaria.contains("08-15 Mariä Himmelfahrt"))
        #expect(Self.list(2026, .saarland).contains("08-15 Mariä Himmelfahrt"))
    }

    /// The rules that depend on the year.
    @Test(arguments: [
        (2018, State.berlin, "03-08 Internationaler Frauentag", false),
        (2019, .berlin, "03-08 Internationaler Frauentag", true),
        (2022, .mecklenburgVorpommern, "03-08 Internationaler Frauentag", false),
        (2023, .mecklenburgVorpommern, "03-08 Internationaler Frauentag", true),
        (2016, .hamburg, "10-31 Reformationstag", false),
        (2017, .hamburg, "10-31 Reformationstag", true),
        (2018, .hamburg, "10-31 Reformationstag", true),
        (2017, .lowerSaxony, "10-31 Reformationstag", true),
        (2016, .bremen, "10-31 Reformationstag", false),
        (2018, .schleswigHolstein, "10-31 Reformationstag", true),
        (2016, .saxony, "10-31 Reformationstag", true),
        (2017, .bavaria, "10-31 Reformationstag", true),
        (2018, .bavaria, "10-31 Reformationstag", false),
        (2017, .berlin, "10-31 Reformationstag", true),
        (2018, .berlin, "10-31 Reformationstag", false),
        (2018, .thuringia, "09-20 Weltkindertag", false),
        (2019, .thuringia, "09-20 Weltkindertag", true),
    ])
    func yearRules(year: Int, state: State, holiday: String, expected: Bool) {
        #expect(Self.list(year, state).contains(holiday) == expected)
    }

    @Test func reformationDay2017WasNationwide() {
        #expect(Self.list(2017, nil).contains("10-31 Reformationstag"))
        #expect(!Self.list(2016, nil).contains("10-31 Reformationstag"))
        #expect(!Self.list(2018, nil).contains("10-31 Reformationstag"))
    }

    /// Buß- und Bettag: the Wednesday before 23 November.
    @Test(arguments: [
        (2017, "2017-11-22"), (2018, "2018-11-21"), (2019, "2019-11-20"), (2020, "2020-11-18"),
        (2021, "2021-11-17"), (2022, "2022-11-16"), (2023, "2023-11-22"), (2024, "2024-11-20"),
        (2025, "2025-11-19"), (2026, "2026-11-18"), (2027, "2027-11-17"),
    ])
    func dayOfRepentanceInSaxony(year: Int, expected: String) throws {
        let holidays = PublicHolidays().holidays(year: year, region: Pipeline.HolidayRegion(state: .saxony))
        let date = try #require(LocalDate(expected))
        #expect(holidays[date] == "Buß- und Bettag")
        #expect(date.weekday == .wednesday)
        #expect(holidays.filter { $0.value == "Buß- und Bettag" }.count == 1)
        #expect(PublicHolidays().holidays(year: year, region: Pipeline.HolidayRegion(state: .berlin))[date] == nil)
    }

    @Test func twoHolidaysOnOneDateKeepBothNames() throws {
        // Easter 2008 was 23 March, so Ascension (+39) fell on 1 May.
        let date = try #require(LocalDate("2008-05-01"))
        #expect(PublicHolidays().name(of: date, region: Pipeline.HolidayRegion()) == "Tag der Arbeit / Christi Himmelfahrt")
        #expect(PublicHolidays().holidays(year: 2008, region: Pipeline.HolidayRegion()).count == 8)
    }

    @Test func cachedTablesAreEqualToFreshOnes() {
        let table = PublicHolidays()
        let region = Pipeline.HolidayRegion(state: .hesse)
        let first = table.holidays(year: 2030, region: region)
        #expect(table.holidays(year: 2030, region: region) == first)
        #expect(PublicHolidays().holidays(year: 2030, region: region) == first)
        #expect(table.holidays(year: 2030, region: Pipeline.HolidayRegion()) != first)
    }
}
