import LeadreconCore
import Testing

@Suite struct CalendarLocalDateTests {
    @Test(arguments: [
        ("1970-01-01", 0, Pipeline.Weekday.thursday),
        ("1969-12-31", -1, .wednesday),
        ("2000-02-29", 11_016, .tuesday),
        ("2024-10-03", 19_999, .thursday),
        ("2026-01-01", 20_454, .thursday),
        ("1900-01-01", -25_567, .monday),
    ])
    func dayNumberAndWeekday(text: String, dayNumber: Int, weekday: Pipeline.Weekday) throws {
        let date = try #require(LocalDate(text))
        #expect(date.dayNumber == dayNumber)
        #expect(date.weekday == weekday)
        #expect(date.description == text)
        #expect(LocalDate(dayNumber: dayNumber) == date)
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "2024-04-31", "2024-4-01", "24-04-01", "2024-04-01T", ""])
    func rejectsImpossibleOrMalformedDates(text: String) {
        #expect(LocalDate(text) == nil)
    }

    @Test func roundTripsEveryDayOfFourCenturies() {
        var expected = LocalDate(year: 1800, month: 1, day: 1)!
        for year in 1800..<2200 {
            for month in 1...12 {
                for day in 1...31 {
                    guard let date = LocalDate(year: year, month: month, day: day) else { continue }
                    #expect(date == expected)
                    #expect(date.year == year && date.month == month && date.day == day)
                    expected = expected.adding(days: 1)
                }
            }
        }
    }

    @Test func stridesOverDays() throws {
        let first = try #require(LocalDate("2024-12-30")), last = try #require(LocalDate("2025-01-02"))
        #expect((first...last).map(\.description) == ["2024-12-30", "2024-12-31", "2025-01-01", "2025-01-02"])
        #expect(first.distance(to: last) == 3)
        #expect(first < last)
    }
}
