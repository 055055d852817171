import Foundation
@testable import LeadreconCore
import Testing

/// The figures the flag stage hands the reports: cumulative funnel stages, first-touch buckets
/// in working time, and the trend section's first-run case.
@Suite struct ReportFiguresTests {
    typealias F = FlagFixture

    @Test(arguments: [
        ("owned by a queue only", [F.lead(.new, owner: "00G5g000001Queue", handoff: "2026-11-02T09:00+01:00")], [true, false, false, false, false]),
        ("handed off, untouched", [F.lead(.new, handoff: "2026-11-02T09:00+01:00")], [true, true, false, false, false]),
        ("touched, still NEW", [F.lead(.new, handoff: "2026-11-02T09:00+01:00", touches: ["2026-11-02T10:00+01:00"])],
         [true, true, true, false, false]),
        ("touched, WORKING", [F.lead(.working, handoff: "2026-11-02T09:00+01:00", touches: ["2026-11-02T10:00+01:00"])],
         [true, true, true, true, false]),
        ("touched, CONVERTED", [F.lead(.converted, handoff: "2026-11-02T09:00+01:00", touches: ["2026-11-02T10:00+01:00"])],
         [true, true, true, true, true]),
        ("closed after a touch", [F.lead(.closed, handoff: "2026-11-02T09:00+01:00", touches: ["2026-11-02T10:00+01:00"])],
         [true, true, true, true, false]),
        ("CONVERTED without any touch stops at hand-off", [F.lead(.converted, handoff: "2026-11-02T09:00+01:00")],
         [true, true, false, false, false]),
    ])
    func funnelStagesAreCumulative(_ name: String, leads: [PersonView.CRMLead], expected: [Bool]) {
        let person = F.person([F.hubspot(mql: "2026-11-02T08:30+01:00")], leads)
        let passed = HandoffFigures.stagesPassed(person)
        #expect(HandoffFigures.FunnelStage.allCases.indices.map { $0 < passed } == expected, "\(name)")
    }

    @Test(arguments: [
        (0.2, HandoffFigures.FirstTouchBucket.underOneHour), (1.0, .underFourHours), (3.99, .underFourHours),
        (4.0, .underOneDay), (9.99, .underOneDay), (10.0, .underThreeDays), (29.9, .underThreeDays), (30.0, .threeDaysOrMore),
    ])
    func firstTouchBucketsUseTheWorkingDay(hours: Double, expected: HandoffFigures.FirstTouchBucket) {
        #expect(HandoffFigures.FirstTouchBucket.of(hours: hours, dayHours: 10) == expected)
    }

    @Test func aWorkingDayIsTheLongestOpenDay() throws {
        let hours = try #require(Pipeline.WeeklyHours("Mon-Thu 08:00-12:00 13:00-17:00, Fri 08:00-14:00"))
        #expect(hours.longestDayHours == 8)
        #expect(Pipeline.WeeklyHours.standard.longestDayHours == 10)
        #expect(WorkingCalendar(hours: hours).longestDayHours == 8)
    }

    /// A person touched after 2 working hours, one never touched, one still pending: the
    /// histogram holds the first two, the pending one is counted apart.
    @Test func histogramCountsTimedLeadsAndKeepsPendingApart() {
        var figures = HandoffFigures()
        let person = F.person([F.hubspot(mql: "2026-11-02T08:30+01:00")], [F.lead(.working, handoff: "2026-11-02T09:00+01:00")])
        figures.add(person, findings: [], timing: .init(hours: 2, inTime: false), calendar: F.calendar)
        figures.add(person, findings: [], timing: .init(hours: nil, inTime: false), calendar: F.calendar)
        figures.add(person, findings: [], timing: .init(hours: nil, inTime: nil), calendar: F.calendar)
        #expect(figures.firstTouch == [0, 1, 0, 0, 0, 1])
        #expect(figures.firstTouchPending == 1)
        #expect(figures.funnel["Webinar"] == [3, 3, 0, 0, 0])
        #expect(figures.byOwner["005ANNA"]?.people == 3)
    }

    @Test func slaLinesFallInsideTheirBucket() {
        // 1 h sits on the edge of "< 4 h"; 8 h of a 10-hour day is 2/3 into "< 1 working day".
        #expect(FirstTouchHistogram.position(hours: 1, dayHours: 10, left: 0, slot: 100) == 100)
        #expect(abs(FirstTouchHistogram.position(hours: 8, dayHours: 10, left: 0, slot: 100) - 266.67) < 0.01)
        #expect(FirstTouchHistogram.position(hours: 50, dayHours: 10, left: 0, slot: 100) == 400)
    }

    @Test func trendNeedsTwoRuns() throws {
        var data = try ReportFixture.data()
        #expect(HTMLReport(data: data).trend.contains("no trend yet (first run)"))
        data.trend = [RunTrendPoint(runID: "r1", asOf: "2026-11-20T17:00:00Z", counts: ["IGNORED_GOOD_LEAD": 120, "mqls": 1100]),
                      RunTrendPoint(runID: "r2", asOf: "2026-11-27T17:00:00Z", counts: ["IGNORED_GOOD_LEAD": 115, "mqls": 1208])]
        let section = HTMLReport(data: data).trend
        #expect(!section.contains("no trend yet"))
        #expect(section.components(separatedBy: "<polyline").count == 3, "one line per count")
        #expect(section.contains("this run") && section.contains("r1"))
    }
}

/// A minimal run for report tests that need a ``ReportData`` without running a pipeline.
enum ReportFixture {
    static func data() throws -> ReportData {
        let summary = RunSummary(
            run: .init(id: "1-1", pipeline: "t", pipelineFile: "t.yaml", configHash: "abc", asOf: "2026-11-27T17:00:00Z",
                       startedAt: "2026-11-27T17:00:01Z", leadreconVersion: "0", stagesRun: ["ingest"], stagesNotAvailable: []),
            inputs: [], ledger: .init(), diagnostics: .init(counts: [:], examples: []), flags: [:], timings: [:], warnings: [])
        let pipeline = try PipelineFixture.load(PipelineFixture.header)
        return ReportData(summary: summary, flagged: nil, pipeline: pipeline, previousRuns: [])
    }
}
