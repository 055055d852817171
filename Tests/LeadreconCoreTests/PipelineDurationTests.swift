import LeadreconCore
import Testing

@Suite struct PipelineDurationTests {
    @Test(arguments: [
        ("1h", WorkingDuration.hours(1), "1h"),
        ("90m", .working(days: 0, minutes: 90), "1h30m"),
        ("8h", .hours(8), "8h"),
        ("24h", .hours(24), "24h"),
        ("1d", .workingDays(1), "1d"),
        ("10d", .workingDays(10), "10d"),
        ("14cd", .calendarDays(14), "14cd"),
        ("1d4h", .working(days: 1, minutes: 240), "1d4h"),
        ("1d 4h 30m", .working(days: 1, minutes: 270), "1d4h30m"),
        ("2h15m", .working(days: 0, minutes: 135), "2h15m"),
        ("0h", .working(days: 0, minutes: 0), "0h"),
        (" 8h ", .hours(8), "8h"),
    ])
    func parses(text: String, duration: WorkingDuration, canonical: String) {
        #expect(WorkingDuration(text) == duration)
        #expect(duration.description == canonical)
        #expect(WorkingDuration(canonical) == duration)
    }

    @Test func aWorkingDayStaysADay() {
        #expect(WorkingDuration("1d") != WorkingDuration("10h"))
    }

    @Test(arguments: [
        ("8", "missing unit after 8 in '8' (use m, h, d or cd)"),
        ("h", "expected a duration such as 8h, 90m, 1d or 14cd, got 'h'"),
        ("", "expected a duration such as 8h, 90m, 1d or 14cd, got ''"),
        ("soon", "expected a duration such as 8h, 90m, 1d or 14cd, got 'soon'"),
        ("-1h", "expected a duration such as 8h, 90m, 1d or 14cd, got '-1h'"),
        ("1.5h", "missing unit after 1 in '1.5h' (use m, h, d or cd)"),
        ("2w", "unknown unit 'w' in '2w' (use m, h, d or cd)"),
        ("8 hours", "unknown unit 'hours' in '8 hours' (use m, h, d or cd)"),
        ("4h1d", "units in '4h1d' must go from days to minutes, each once"),
        ("1h1h", "units in '1h1h' must go from days to minutes, each once"),
        ("1cd4h", "'cd' (calendar days) cannot be combined with other units in '1cd4h'"),
    ])
    func rejectsInFileWithAMessage(text: String, problem: String) {
        #expect(WorkingDuration(text) == nil)
        let result = PipelineFixture.problems(
            marked: PipelineFixture.header + "rules: {sla: {accept_within: 1️⃣\"\(text)\"}}\n",
            expected: [("1️⃣", "invalid 'accept_within': \(problem)")])
        #expect(result.actual == result.expected)
    }
}
