import Foundation
import LeadreconCore

/// A YAML fixture with position markers. `1️⃣`, `2️⃣`, … placed just before a token mean "a
/// diagnostic is expected here"; they are removed before parsing, and their line and column
/// (counted from 1, columns in Unicode scalars like the YAML parser's) are kept.
struct MarkedYAML {
    static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    /// The YAML without its markers.
    let text: String
    /// Where each marker stood: `"LINE:COL"`.
    let positions: [String: String]

    init(_ marked: String) {
        var lines: [String] = []
        var positions: [String: String] = [:]
        for (number, rawLine) in marked.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(rawLine)
            while let (marker, range) = Self.markers.lazy
                .compactMap({ marker in line.range(of: marker).map { (marker, $0) } })
                .min(by: { $0.1.lowerBound < $1.1.lowerBound }) {
                let column = line[..<range.lowerBound].unicodeScalars.count + 1
                positions[marker] = "\(number + 1):\(column)"
                line.removeSubrange(range)
            }
            lines.append(line)
        }
        text = lines.joined(separator: "\n")
        self.positions = positions
    }
}

/// Shared fixtures and helpers of the pipeline tests.
enum PipelineFixture {
    static let filePath = "pipelines/test.yaml"
    static let baseDirectory = URL(fileURLWithPath: "/srv/leadrecon/pipelines", isDirectory: true)
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// A valid start to which a test appends the section it is about.
    static let header = """
        version: 1
        sources:
          - {name: hubspot, role: marketing, path: ../sample-data/hubspot.csv}

        """

    static func load(_ yaml: String) throws(PipelineFileError) -> Pipeline {
        try Pipeline.load(yaml: yaml, filePath: filePath, baseDirectory: baseDirectory, checkPaths: false, now: now)
    }

    /// The diagnostics loading `yaml` gives, as `LINE:COL: message`; empty if it loads.
    static func problems(_ yaml: String) -> [String] {
        do {
            _ = try load(yaml)
            return []
        } catch {
            return error.diagnostics.map { "\($0.line):\($0.column): \($0.message)" }
        }
    }

    /// Loads marked YAML (see ``MarkedYAML``). Returns the diagnostics as `LINE:COL: message`
    /// and what `expected` (marker → message) promises, in the same form and order.
    static func problems(marked: String, expected: [(marker: String, message: String)])
        -> (actual: [String], expected: [String]) {
        let fixture = MarkedYAML(marked)
        let promised = expected.map { "\(fixture.positions[$0.marker] ?? "?:?"): \($0.message)" }
        return (problems(fixture.text), promised)
    }
}
