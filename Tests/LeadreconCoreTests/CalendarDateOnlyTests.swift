import Foundation
import LeadreconCore
import LeadreconValues
import Testing

/// Date-only values: whole working days (RULES.md: "windows are rounded up to whole working days").
@Suite struct CalendarDateOnlyTests {
    typealias Fixture = CalendarFixture

    @Test(arguments: [
        ("standard", "2024-09-30", "2024-10-01", 1),  // Monday → Tuesday
        ("standard", "2024-09-30", "2024-09-30", 0),
        ("standard", "2024-10-01", "2024-09-30", 0),  // backwards
        ("standard", "2024-10-04", "2024-10-07", 1),  // Friday → Monday
        ("standard", "2024-10-05", "2024-10-06", 0),  // Saturday → Sunday
        ("standard", "2024-10-02", "2024-10-04", 1),  // over 3.10.
        ("standard", "2024-12-20", "2025-01-10", 10),
        ("bavaria", "2024-12-20", "2025-01-10", 9),  // 6.1.
        ("standard", "2025-04-17", "2025-04-22", 1),  // Easter
        ("standard", "2024-01-01", "2025-01-01", 251),  // 2024: 262 weekdays, 11 closed ones
        ("standard", "2023-12-31", "2026-01-01", 251 + 250),
    ])
    func workingDaysBetweenDates(calendar: String, from: String, to: String, expected: Int) {
        let count = Fixture.calendar(calendar).workingDays(fromDate: Fixture.date(from), toDate: Fixture.date(to))
        #expect(count == expected)
    }

    @Test(arguments: [
        ("standard", "1h", 1), ("standard", "8h", 1), ("standard", "10h", 1), ("standard", "10h1m", 2),
        ("standard", "24h", 3), ("standard", "10d", 10), ("standard", "1d4h", 2), ("standard", "0h", 0),
        ("split", "9h", 1), ("split", "10h", 2),
        // Mon–Thu 9 h, Fri 6 h: an average day of 8.4 h.
        ("shortFriday", "8h", 1), ("shortFriday", "9h", 2), ("shortFriday", "24h", 3),
    ])
    func windowsRoundUpToWholeWorkingDays(calendar: String, window: String, days: Int) throws {
        let duration = try #require(WorkingDuration(window))
        #expect(Fixture.calendar(calendar).roundedUpToWholeWorkingDays(duration) == days)
    }

    @Test func calendarDaysNeedNoRounding() {
        #expect(Fixture.standard.roundedUpToWholeWorkingDays(.calendarDays(14)) == nil)
    }

    @Test(arguments: [
        ("standard", "2024-10-07", "8h", "2024-10-08"),  // Monday → Tuesday
        ("standard", "2024-10-02", "1h", "2024-10-04"),  // over 3.10.
        ("standard", "2024-10-04", "24h", "2024-10-09"),  // Friday, three days → Wednesday
        ("standard", "2024-10-05", "1h", "2024-10-07"),  // Saturday → Monday
        ("standard", "2024-10-05", "0h", "2024-10-05"),
        ("standard", "2024-12-20", "10d", "2025-01-10"),
        ("bavaria", "2024-12-20", "10d", "2025-01-13"),
        ("standard", "2024-10-20", "14cd", "2024-11-03"),
        ("standard", "1899-12-29", "1h", "1900-01-02"),  // before the supported years
        ("standard", "2199-12-29", "2h", "2199-12-30"),
        ("standard", "2199-12-29", "11h", "2199-12-31"),  // runs out: the last supported date
    ])
    func dueDates(calendar: String, start: String, window: String, due: String) throws {
        let duration = try #require(WorkingDuration(window))
        #expect(Fixture.calendar(calendar).dueDate(from: Fixture.date(start), within: duration) == Fixture.date(due))
    }

    /// The due date is the last date `workingDays(fromDate:toDate:)` keeps within the window.
    @Test func dueDateAgreesWithWorkingDays() throws {
        let calendar = Fixture.bavaria
        for offset in 0..<400 {
            let start = Fixture.date("2024-06-01").adding(days: offset)
            for window in [WorkingDuration.hours(1), .hours(24), .workingDays(10)] {
                let days = try #require(calendar.roundedUpToWholeWorkingDays(window))
                let due = calendar.dueDate(from: start, within: window)
                #expect(calendar.workingDays(fromDate: start, toDate: due) == days)
                #expect(calendar.isWorkingDay(due))
                #expect(calendar.workingDays(fromDate: start, toDate: due.adding(days: -1)) < days)
            }
        }
    }

    @Test(arguments: [
        ("2024-10-03", false), ("2024-10-04", true), ("2024-10-05", false), ("2024-12-24", false),
        ("2024-12-27", true), ("1899-12-29", false), ("2200-01-02", false),
    ])
    func workingDayOrNot(date: String, expected: Bool) {
        #expect(Fixture.standard.isWorkingDay(Fixture.date(date)) == expected)
    }

    /// A date-only value names its day whatever zone its source was read in.
    @Test(arguments: ["Europe/Berlin", "UTC", "America/New_York", "America/Los_Angeles", "Asia/Kolkata"])
    func dateOnlyTimestampsKeepTheirDay(zone: String) throws {
        let zone = try #require(TimeZone(identifier: zone))
        for text in ["2024-10-27", "2024-03-31", "2024-12-31", "2025-01-01"] {
            let timestamp = Fixture.timestamp(text, zone: zone)
            #expect(timestamp.precision == .date)
            #expect(Fixture.standard.localDate(of: timestamp) == Fixture.date(text))
        }
    }

    @Test func dateTimesTakeTheirBerlinDate() {
        #expect(Fixture.standard.localDate(of: Fixture.timestamp("2024-10-26T23:30Z")) == Fixture.date("2024-10-27"))
        #expect(Fixture.standard.localDate(of: Fixture.timestamp("2024-10-27T22:59Z")) == Fixture.date("2024-10-27"))
        #expect(Fixture.standard.localDate(of: Fixture.timestamp("2024-10-27T23:00Z")) == Fixture.date("2024-10-28"))
        #expect(Fixture.standard.localDate(of: Fixture.instant("9999-12-31T23:30Z")) == LocalDate(year: 10_000, month: 1, day: 1))
    }
}
