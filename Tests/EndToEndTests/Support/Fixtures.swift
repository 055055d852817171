import Foundation

/// Text with markers (`1️⃣`, `2️⃣`, …) where a test expects messages to point; the markers are
/// removed and their line and column (1-based, columns in Unicode scalars) kept, in marker order.
struct MarkedText {
    static let markers = ["1️⃣", "2️⃣", "3️⃣"]
    let text: String
    let positions: [(line: Int, column: Int)]
    var position: (line: Int, column: Int)? { positions.first }

    init(_ marked: String) {
        var found: [String: (line: Int, column: Int)] = [:]
        var lines: [String] = []
        for (number, rawLine) in marked.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(rawLine)
            while let (marker, range) = Self.markers.lazy
                .compactMap({ marker in line.range(of: marker).map { (marker, $0) } })
                .min(by: { $0.1.lowerBound < $1.1.lowerBound }) {
                found[marker] = (number + 1, line[..<range.lowerBound].unicodeScalars.count + 1)
                line.removeSubrange(range)
            }
            lines.append(line)
        }
        text = lines.joined(separator: "\n")
        positions = Self.markers.compactMap { found[$0] }
    }
}

/// A small HubSpot-style export and a pipeline over it, for the tests that care about the
/// command's behaviour rather than the sample data (fast: a run takes a fraction of a second).
enum SmallPipeline {
    static let contacts = #"""
        Record ID,First Name,Last Name,Email,Lifecycle Stage,Create Date
        101,Anna,Becker,anna.becker@example.com,Lead,2026-11-02 09:14
        102,Bernd,Schulz,bernd.schulz@example.com,Marketing Qualified Lead,2026-11-03 10:00
        103,Carla,"Meier, geb. ""Roth""",carla@example.com,Subscriber,2026-11-04 11:30

        """#

    /// Pipeline YAML reading `source` (an absolute path). `flag` is listed without `link` on
    /// purpose: the run warns that it needs the link stage (a warning to print, or under
    /// `--quiet`, not).
    static func yaml(source: String) -> String {
        """
        version: 1
        name: e2e-small
        as_of: 2026-11-27T18:00:00+01:00
        sources:
          - name: contacts
            role: marketing
            path: "\(source)"
            preset: hubspot_contacts
        stages: [ingest, flag, report]

        """
    }

    /// Writes `contacts.csv` and `pipeline.yaml` into `scratch` and returns the pipeline's path.
    static func write(into scratch: Scratch) throws -> String {
        let source = try scratch.write("contacts.csv", contacts)
        return try scratch.write("pipeline.yaml", yaml(source: source))
    }
}

/// The shipped sample data, as sample-data/README.md describes it.
enum SampleData {
    /// Data rows per file (header excluded; rejected rows included).
    static let records = [
        "sample-data/hubspot-contacts.csv": 2000,
        "sample-data/salesforce-leads.csv": 1500,
        "sample-data/salesforce-tasks.csv": 6174,
        "sample-data/german-excel/salesforce-leads-report.csv": 300,
        "sample-data/german-excel/hubspot-kontakte.csv": 400,
        "sample-data/people/people.csv": 2000,
    ]

    /// A malformed row of `expected-rejects.csv`.
    struct ExpectedReject: Hashable, CustomStringConvertible {
        var file: String
        var line: Int
        var code: String
        var description: String { "\(file):\(line) \(code)" }
    }

    /// `kind` in expected-rejects.csv → the reason code leadrecon writes.
    static let reasonCodes = [
        "text_after_quote": "text_after_closing_quote",
        "nul": "nul_byte",
        "unterminated_quote": "unterminated_quote",
        "field_count": "field_count",
    ]

    /// The rows of sample-data/expected-rejects.csv, with files relative to the package root.
    static func expectedRejects() throws -> [ExpectedReject] {
        let csv = ReportCSV(try Data(contentsOf: packageRoot.appendingPathComponent("sample-data/expected-rejects.csv")))
        return csv.rows.map { row in
            ExpectedReject(file: "sample-data/" + (row["file"] ?? "?"), line: Int(row["line"] ?? "") ?? -1,
                           code: reasonCodes[row["kind"] ?? ""] ?? "unknown kind \(row["kind"] ?? "")")
        }
    }
}
