import LeadreconCore
import Testing

@Suite struct PipelineWeeklyHoursTests {
    @Test(arguments: [
        ("Mon-Fri 08:00-18:00", "Mon-Fri 08:00-18:00"),
        ("Mo-Fr 08:00-18:00", "Mon-Fri 08:00-18:00"),
        ("mon-fri 8:00-18:00", "Mon-Fri 08:00-18:00"),
        ("Mon-Fri 08:00-12:00 13:00-18:00, Sat 09:00-13:00", "Mon-Fri 08:00-12:00 13:00-18:00, Sat 09:00-13:00"),
        ("Mon-Fri 13:00-18:00 08:00-12:00", "Mon-Fri 08:00-12:00 13:00-18:00"),
        ("Di 09:00-17:00, Mo 09:00-17:00", "Mon-Tue 09:00-17:00"),
        ("Mon-Thu 08:00-17:00, Fr 08:00-14:00", "Mon-Thu 08:00-17:00, Fri 08:00-14:00"),
        ("Mon 08:00-12:00, Mon 12:00-16:00", "Mon 08:00-12:00 12:00-16:00"),
        ("Sa-So 00:00-24:00", "Sat-Sun 00:00-24:00"),
        ("Mon-Sun 09:00-17:00", "Mon-Sun 09:00-17:00"),
        ("Mon 08:00-18:00, Wed 08:00-18:00", "Mon 08:00-18:00, Wed 08:00-18:00"),
    ])
    func parsesToCanonicalForm(text: String, canonical: String) throws {
        let hours = try #require(Pipeline.WeeklyHours(text))
        #expect(hours.description == canonical)
        #expect(Pipeline.WeeklyHours(canonical) == hours)
    }

    @Test func standardIsTenHoursOnWeekdays() {
        let hours = Pipeline.WeeklyHours.standard
        #expect(Pipeline.Weekday.allCases.map { hours.openMinutes(on: $0) } == [600, 600, 600, 600, 600, 0, 0])
        #expect(hours.intervals(on: .monday) == [Pipeline.OpeningInterval(startMinute: 480, endMinute: 1080)])
    }

    @Test(arguments: [
        ("", "opening hours are empty; write them like 'Mon-Fri 08:00-18:00'"),
        ("Mon-Fri", "'Mon-Fri' has no hours; add a range such as 08:00-18:00"),
        ("Mon-Fry 08:00-18:00", "unknown day 'Fry' (use Mon..Sun or Mo..So)"),
        ("Fri-Mon 08:00-18:00", "day range 'Fri-Mon' runs backwards; days go from Mon to Sun"),
        ("Mon-Fri 08:00-25:00", "'25:00' is not a time of day (00:00 to 24:00)"),
        ("Mon-Fri 08:60-18:00", "'08:60' is not a time of day (00:00 to 24:00)"),
        ("Mon-Fri 8-18", "'8' is not a time of day (00:00 to 24:00)"),
        ("Mon-Fri 18:00-08:00", "time range '18:00-08:00' ends before it starts"),
        ("Mon-Fri 08:00-08:00", "time range '08:00-08:00' ends before it starts"),
        ("Mon-Fri 08:00", "expected a time range such as 08:00-18:00, got '08:00'"),
        ("Mon-Fri 08:00-12:00 11:00-13:00", "hours overlap on Mon: 08:00-12:00 and 11:00-13:00"),
        ("Mon-Fri 08:00-18:00, Wed 17:00-19:00", "hours overlap on Wed: 08:00-18:00 and 17:00-19:00"),
        ("Mon-Fri 08:00-18:00,", "empty group between commas"),
    ])
    func rejectsInFileWithAMessage(text: String, problem: String) {
        #expect(Pipeline.WeeklyHours(text) == nil)
        let result = PipelineFixture.problems(
            marked: PipelineFixture.header + "calendar:\n  hours: 1️⃣\"\(text)\"\n",
            expected: [("1️⃣", "invalid 'hours': \(problem)")])
        #expect(result.actual == result.expected)
    }
}
