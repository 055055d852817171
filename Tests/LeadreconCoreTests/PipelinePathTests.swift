import Crypto
import Foundation
@testable import LeadreconCore
import Testing

@Suite struct PipelinePathTests {
    @Test(arguments: [
        ("../sample-data/hubspot.csv", "/srv/leadrecon/sample-data/hubspot.csv"),
        ("hubspot.csv", "/srv/leadrecon/pipelines/hubspot.csv"),
        ("./exports/../hubspot.csv", "/srv/leadrecon/pipelines/hubspot.csv"),
        ("../../../../hubspot.csv", "/hubspot.csv"),
        ("/data/exports/hubspot.csv", "/data/exports/hubspot.csv"),
        ("Exporte/Kontakte März.csv", "/srv/leadrecon/pipelines/Exporte/Kontakte März.csv"),
    ])
    func sourcePathsAreRelativeToThePipelineFile(path: String, resolved: String) throws {
        let yaml = "version: 1\nsources:\n  - {name: a, role: people, path: \"\(path)\"}\n"
        let pipeline = try PipelineFixture.load(yaml)
        #expect(pipeline.sources[0].url.path == resolved)
    }

    @Test func outputAndModelPathsToo() throws {
        let pipeline = try PipelineFixture.load(PipelineFixture.header + """
            link: {model: ../models/leads.json}
            outputs: {dir: /var/reports/leads}
            """)
        #expect(pipeline.link.model?.path == "/srv/leadrecon/models/leads.json")
        #expect(pipeline.outputs.directory.path == "/var/reports/leads")
        #expect(pipeline.outputs.historyFile?.path == "/var/reports/.leadrecon/history.sqlite")
    }

    @Test func loadsAFileFromDiskWithItsHashAndName() throws {
        try withProject { root in
            let bytes = Data(Self.projectPipeline.utf8)
            let url = try write(bytes, to: "pipelines/default.yaml", in: root)
            let pipeline = try Pipeline.load(contentsOf: url, now: PipelineFixture.now)
            #expect(pipeline.name == "default")
            #expect(pipeline.configHash == SHA256.hash(data: bytes).hex)
            #expect(pipeline.sources[0].url == root.appendingPathComponent("sample-data/hubspot.csv").standardizedFileURL)
            #expect(pipeline.outputs.directory.path == root.appendingPathComponent("out").standardizedFileURL.path)
        }
    }

    @Test func aByteOrderMarkIsSkippedButHashed() throws {
        try withProject { root in
            let bytes = Data([0xEF, 0xBB, 0xBF]) + Data(Self.projectPipeline.utf8)
            let url = try write(bytes, to: "pipelines/bom.yaml", in: root)
            let pipeline = try Pipeline.load(contentsOf: url)
            #expect(pipeline.configHash == SHA256.hash(data: bytes).hex)
        }
    }

    @Test func missingSourceFilesAreReportedAtTheirPath() throws {
        try withProject { root in
            let marked = MarkedYAML("""
                version: 1
                sources:
                  - {name: hubspot, role: marketing, path: ../sample-data/hubspot.csv}
                  - {name: crm, role: crm_leads, path: 1️⃣../sample-data/leads.csv}
                  - {name: folder, role: people, path: 2️⃣../sample-data}
                link: {model: 3️⃣model.json}
                """)
            let url = try write(Data(marked.text.utf8), to: "pipelines/default.yaml", in: root)
            let relative = URL(fileURLWithPath: "pipelines/default.yaml", relativeTo: root)
            let expectedLeads = root.appendingPathComponent("sample-data/leads.csv").standardizedFileURL.path
            let expectedModel = root.appendingPathComponent("pipelines/model.json").standardizedFileURL.path
            let error = #expect(throws: PipelineFileError.self) { try Pipeline.load(contentsOf: relative) }
            #expect(error?.description == """
                pipelines/default.yaml:\(marked.positions["1️⃣"]!): source file '../sample-data/leads.csv' not found \
                (looked for \(expectedLeads)); paths are relative to the pipeline file's folder
                pipelines/default.yaml:\(marked.positions["2️⃣"]!): source file '../sample-data' is a folder; name a file
                pipelines/default.yaml:\(marked.positions["3️⃣"]!): model file 'model.json' not found \
                (looked for \(expectedModel)); paths are relative to the pipeline file's folder
                """)
            #expect(try Pipeline.load(contentsOf: url, checkPaths: false).sources.count == 3)
        }
    }

    @Test func aMissingPipelineFileIsUnreadable() {
        let url = URL(fileURLWithPath: "/nonexistent/leadrecon/pipelines/default.yaml")
        let error = #expect(throws: PipelineFileError.self) { try Pipeline.load(contentsOf: url) }
        #expect(error == .unreadable(file: url.path, reason: "no such file"))
        #expect(error?.description == "/nonexistent/leadrecon/pipelines/default.yaml: no such file")
    }

    @Test func aFileThatIsNotUTF8IsUnreadable() throws {
        try withProject { root in
            let latin1 = Data("version: 1\nname: M".utf8) + Data([0xFC]) + Data("ller\n".utf8)
            let url = try write(latin1, to: "pipelines/latin1.yaml", in: root)
            let error = #expect(throws: PipelineFileError.self) { try Pipeline.load(contentsOf: url) }
            #expect(error == .unreadable(file: url.path, reason: "not utf-8 text; save the pipeline file as utf-8"))
        }
    }

    private static let projectPipeline = """
        version: 1
        sources:
          - {name: hubspot, role: marketing, path: ../sample-data/hubspot.csv}
        """

    /// Runs `body` with a fresh project folder holding `sample-data/hubspot.csv`.
    private func withProject(_ body: (URL) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("leadrecon-pipeline-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try write(Data("Email\nanna@example.com\n".utf8), to: "sample-data/hubspot.csv", in: root)
        try body(root)
    }

    private func write(_ bytes: Data, to path: String, in root: URL) throws -> URL {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
        return url
    }
}
