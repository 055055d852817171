import Foundation
import Testing
@testable import LeadreconCore

/// The pipeline reference in README.md is a pipeline file: it must load, so the documentation
/// cannot drift from the schema without a test failing.
@Suite struct ReadmeExampleTests {
    @Test func readmePipelineReferenceLoads() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "```yaml\nversion: 1"))
        let body = readme[readme.index(start.lowerBound, offsetBy: "```yaml\n".count)...]
        let end = try #require(body.range(of: "```"))
        let yaml = String(body[..<end.lowerBound])
        let pipeline = try Pipeline.load(yaml: yaml, filePath: "README.md", baseDirectory: root, checkPaths: false)
        #expect(pipeline.sources.count == 1)
        #expect(pipeline.link.comparisons.map(\.field) == [.email, .phone, .lastName, .dateOfBirth])
        #expect(pipeline.rules.sla.staleAfter == .calendarDays(14))
    }
}
