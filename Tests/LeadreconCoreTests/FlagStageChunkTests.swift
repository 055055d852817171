@testable import LeadreconCore
import Testing

/// The flag stage assembles and evaluates people a chunk at a time and on both cores; the outcome
/// must not depend on where the chunks end.
@Suite struct FlagStageChunkTests {
    /// Every person of the flag-rule tables, each with an id of its own.
    static var people: [PersonView] {
        let cases = FlagRulesTests.firstTouchWindow + FlagRulesTests.lateFirstTouch + FlagRulesTests.otherReasons
            + FlagRulesTests.clockStart + FlagRulesTests.precision + FlagRulesTests.exclusions
            + FlagRulesTests.otherFindings + FlagRulesTests.prematureRecord + FlagRulesTests.notReady
        return cases.enumerated().map { index, example in
            var person = example.person
            person.personID = "P\(index)"
            return person
        }
    }

    @Test(arguments: [1, 3, 7, 64])
    func outcomeIsTheSameForAnyChunkSize(chunkSize: Int) throws {
        let pipeline = try PipelineFixture.load(PipelineFixture.header + "as_of: 2026-03-20T12:00:00+01:00\n")
        let people = Self.people
        #expect(people.count > 64, "the tables give more people than the largest chunk here")
        let whole = FlagStage(pipeline: pipeline).run(people)
        var chunked = FlagStage(pipeline: pipeline)
        chunked.chunkSize = chunkSize
        let outcome = chunked.run(people)
        #expect(!whole.findings.isEmpty)
        #expect(outcome.findings.map(\.row) == whole.findings.map(\.row))
        #expect(outcome.reconciliation == whole.reconciliation)
        #expect(outcome.summary == whole.summary)
        #expect(outcome.alert == whole.alert)
        #expect(outcome.figures == whole.figures)
    }
}
