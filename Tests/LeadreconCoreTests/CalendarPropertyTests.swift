import Foundation
import LeadreconCore
import Testing

/// Laws of working time, checked on a seeded sample of instants and windows, and against a naive
/// oracle built on Foundation's `Calendar`.
@Suite struct CalendarPropertyTests {
    typealias Fixture = CalendarFixture
    static let calendars = ["standard", "bavaria", "split", "shortFriday", "allHours", "sundayNight"]
    /// 2023-01-01 to 2027-01-01, so that samples cross years, holidays and DST switches.
    static let sampleStart = Fixture.instant("2023-01-01T00:00+01:00")
    static let sampleEnd = Fixture.instant("2027-01-01T00:00+01:00")

    static func sample(_ count: Int, seed: UInt64) -> [Int64] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { index in
            // Every third instant on a whole hour, where opening-hour edges are.
            let instant = Int64.random(in: sampleStart..<sampleEnd, using: &generator)
            return index % 3 == 0 ? instant - instant % 3600 : instant
        }
    }

    @Test(arguments: calendars)
    func addingWorkingMinutesThenMeasuringGivesThemBack(calendar name: String) {
        let calendar = Fixture.calendar(name)
        var generator = SeededGenerator(seed: 0x5EED_0001)
        for start in Self.sample(400, seed: 0xCA1E_0001) {
            let minutes = [0, 1, 59, 60, 480, 600, 1440, 6000][Int.random(in: 0..<8, using: &generator)]
                + Int.random(in: 0..<90, using: &generator)
            let end = calendar.adding(.working(days: 0, minutes: minutes), to: start)
            #expect(calendar.workingSeconds(from: start, to: end) == Int64(minutes) * 60,
                    "\(name): \(Fixture.text(start)) + \(minutes)m = \(Fixture.text(end))")
            if minutes > 0 {  // and it is the earliest such instant
                #expect(calendar.workingSeconds(from: start, to: end - 1) == Int64(minutes) * 60 - 1)
            }
        }
    }

    /// With the same hours every working day, n working days hold n days of opening hours.
    @Test(arguments: [("standard", Int64(36_000)), ("bavaria", 36_000), ("split", 32_400)])
    func workingDaysHoldWholeDaysOfOpeningHours(calendar name: String, dayLength: Int64) {
        let calendar = Fixture.calendar(name)
        for (index, start) in Self.sample(300, seed: 0xCA1E_0002).enumerated() {
            let days = index % 12 + 1
            let end = calendar.adding(.workingDays(days), to: start)
            #expect(calendar.workingSeconds(from: start, to: end) == Int64(days) * dayLength,
                    "\(name): \(Fixture.text(start)) + \(days)d = \(Fixture.text(end))")
            // …and end at the wall-clock time the window started (after moving to an opening).
            let opening = calendar.nextOpening(atOrAfter: start)!
            #expect(Self.wallClock(end) == Self.wallClock(opening), "\(Fixture.text(start)) + \(days)d")
        }
    }

    /// Berlin hour, minute and second of an instant.
    static func wallClock(_ instant: Int64) -> [Int] {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = Fixture.berlinZone
        let parts = gregorian.dateComponents([.hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(instant)))
        return [parts.hour!, parts.minute!, parts.second!]
    }

    @Test(arguments: calendars)
    func monotonicAndAdditive(calendar name: String) {
        let calendar = Fixture.calendar(name)
        let instants = Self.sample(300, seed: 0xCA1E_0003).sorted()
        let origin = instants[0]
        var previous: Int64 = 0
        for index in instants.indices.dropFirst() {
            let total = calendar.workingSeconds(from: origin, to: instants[index])
            #expect(total >= previous)
            #expect(total == previous + calendar.workingSeconds(from: instants[index - 1], to: instants[index]))
            previous = total
        }
    }

    @Test(arguments: calendars)
    func nextOpeningIsOpenAndNothingWorkedBeforeIt(calendar name: String) throws {
        let calendar = Fixture.calendar(name)
        for instant in Self.sample(300, seed: 0xCA1E_0004) {
            let opening = try #require(calendar.nextOpening(atOrAfter: instant))
            #expect(opening >= instant)
            #expect(calendar.isOpen(at: opening))
            #expect((opening == instant) == calendar.isOpen(at: instant))
            #expect(calendar.workingSeconds(from: instant, to: opening) == 0)
            #expect(calendar.workingSeconds(from: opening, to: opening + 1) == 1)
        }
    }

    /// Copies of one calendar used from several tasks at once build each year once and answer as
    /// a calendar used from one thread does.
    @Test func sharedBetweenTasksAgreesWithOneThread() async {
        let shared = WorkingCalendar(holidays: Pipeline.HolidayRegion(state: .saxony))
        let alone = WorkingCalendar(holidays: Pipeline.HolidayRegion(state: .saxony))
        let instants = Self.sample(300, seed: 0xCA1E_0007)
        let expected = instants.map { alone.workingSeconds(from: $0, to: alone.adding(.workingDays(3), to: $0) + 86_400) }
        await withTaskGroup(of: [Int64].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    instants.map { shared.workingSeconds(from: $0, to: shared.adding(.workingDays(3), to: $0) + 86_400) }
                }
            }
            for await answers in group { #expect(answers == expected) }
        }
    }

    /// `14cd` is the same Berlin wall-clock time fourteen days on, as Foundation's `Calendar`
    /// computes it.
    @Test func calendarDaysMatchFoundation() throws {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = Fixture.berlinZone
        for start in Self.sample(300, seed: 0xCA1E_0005) {
            let startDate = Date(timeIntervalSince1970: TimeInterval(start))
            let end = Fixture.standard.adding(.calendarDays(14), to: start)
            let expected = try #require(gregorian.date(byAdding: .day, value: 14, to: startDate))
            #expect(end == Int64(expected.timeIntervalSince1970), "\(Fixture.text(start))")
        }
    }

    /// The standard calendar against an oracle: opening and closing instants of each day from
    /// Foundation's `Calendar`, holidays typed in from DOMAIN.md for 2023–2026.
    @Test func workingSecondsMatchANaiveOracle() {
        let oracle = NaiveOracle()
        let instants = Self.sample(400, seed: 0xCA1E_0006)
        for (start, end) in zip(instants, instants.dropFirst()) {
            let (from, to) = (min(start, end), min(max(start, end), min(start, end) + 40 * 86_400))
            #expect(Fixture.standard.workingSeconds(from: from, to: to) == oracle.workingSeconds(from: from, to: to),
                    "\(Fixture.text(from)) → \(Fixture.text(to))")
        }
    }
}

/// Mon–Fri 08:00–18:00 Berlin with the nation-wide holidays of 2023–2026 written out by hand, and
/// 24.12./31.12. closed; each day's hours converted with Foundation's `Calendar`.
private struct NaiveOracle {
    static let closed: Set<String> = [
        "2023-01-01", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-18", "2023-05-29", "2023-10-03",
        "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-01", "2024-05-09", "2024-05-20", "2024-10-03",
        "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-01", "2025-05-29", "2025-06-09", "2025-10-03",
        "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25", "2026-10-03",
        "2023-12-24", "2023-12-25", "2023-12-26", "2023-12-31", "2024-12-24", "2024-12-25", "2024-12-26",
        "2024-12-31", "2025-12-24", "2025-12-25", "2025-12-26", "2025-12-31", "2026-12-24", "2026-12-25",
        "2026-12-26", "2026-12-31",
    ]
    let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = CalendarFixture.berlinZone
        return calendar
    }()

    func workingSeconds(from start: Int64, to end: Int64) -> Int64 {
        guard end > start else { return 0 }
        var day = calendar.startOfDay(for: Date(timeIntervalSince1970: TimeInterval(start)))
        var total: Int64 = 0
        while Int64(day.timeIntervalSince1970) < end {
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: day)
            let name = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
            if (2...6).contains(parts.weekday!), !Self.closed.contains(name) {
                let open = Int64(calendar.date(bySettingHour: 8, minute: 0, second: 0, of: day)!.timeIntervalSince1970)
                let close = Int64(calendar.date(bySettingHour: 18, minute: 0, second: 0, of: day)!.timeIntervalSince1970)
                total += max(0, min(close, end) - max(open, start))
            }
            day = calendar.date(byAdding: .day, value: 1, to: day)!
        }
        return total
    }
}
