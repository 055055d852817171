import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Issue 7's bad-input corpus through `leadrecon run`: each file either stops the run (exit 2, one
/// line naming the file and the reason, nothing published) or loads with exactly the rows rejected
/// that should be, on their physical lines, and `rows read = loaded + rejected`. Big inputs (a 50 MB
/// field, 100,000 columns) are generated here at run time, never committed.
@Suite struct BadInputRunTests {
    static let header = "Record ID,First Name,Last Name,Email,Lifecycle Stage,Create Date"

    static func row(_ id: Int, last: String = "Becker") -> String {
        "\(id),Anna,\(last),anna\(id)@example.com,Lead,2026-11-02 09:14"
    }

    /// `count` good rows with ids from 1.
    static func rows(_ count: Int) -> String {
        (1...count).map { row($0) + "\n" }.joined()
    }

    enum Outcome: Sendable {
        /// Exit 2; the reason line starts with `leadrecon: PATH` and contains these fragments.
        case refused([String])
        /// Exit 0 (the small pipeline raises no alert): rows read and loaded, and the rejected
        /// rows as `line:reason` in rejects.csv order.
        case loaded(read: Int, loaded: Int, rejects: [String])
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: @Sendable () -> Data
        var arguments: [String] = []
        var outcome: Outcome
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "empty file", bytes: { Data() }, outcome: .refused(["the file holds no header row"])),
        Case(name: "BOM only", bytes: { Data([0xEF, 0xBB, 0xBF]) }, outcome: .refused(["the file holds no header row"])),
        Case(name: "header only", bytes: { Data((header + "\n").utf8) }, outcome: .loaded(read: 0, loaded: 0, rejects: [])),
        Case(name: "UTF-16LE without a BOM", bytes: {
            Data((header + "\n" + rows(3)).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        }, outcome: .loaded(read: 3, loaded: 3, rejects: [])),
        Case(name: "mixed encodings: one Windows-1252 line in a UTF-8 file", bytes: {
            Data((header + "\n" + row(1, last: "Weiß") + "\n").utf8) + Data("2,Anna,M".utf8) + Data([0xFC])
                + Data("ller,m@example.com,Lead,2026-11-02 09:14\n".utf8) + Data(rows(3).utf8)
        }, outcome: .loaded(read: 5, loaded: 5, rejects: [])),
        // 40 good rows around the giant: 1 of 41 rejected stays under the default 5 %.
        Case(name: "a 50 MB single field", bytes: {
            var data = Data((header + "\n" + rows(20)).utf8)
            data.append(Data("21,Anna,\"".utf8))
            data.append(Data(repeating: UInt8(ascii: "x"), count: 50 << 20))
            data.append(Data("\",a@example.com,Lead,2026-11-02 09:14\n".utf8))
            data.append(Data((22...41).map { row($0) + "\n" }.joined().utf8))
            return data
        }, outcome: .loaded(read: 41, loaded: 40, rejects: ["22:oversize_field"])),
        Case(name: "100,000 columns", bytes: {
            let extra = (0..<(100_000 - 6)).map { ",x\($0)" }.joined()
            let blanks = String(repeating: ",", count: 100_000 - 6)
            return Data((header + extra + "\n" + row(1) + blanks + "\n" + row(2) + blanks + "\n").utf8)
        }, outcome: .loaded(read: 2, loaded: 2, rejects: [])),
        Case(name: "NUL bytes", bytes: {
            Data((header + "\n" + row(1) + "\n" + "2,An\u{0}na,B,b@example.com,Lead,2026-11-02 09:14\n" + row(3) + "\n").utf8)
        }, arguments: ["--max-reject-ratio", "0.5"], outcome: .loaded(read: 3, loaded: 2, rejects: ["3:nul_byte"])),
        Case(name: "lone CR line ends", bytes: {
            Data((header + "\r" + row(1) + "\r" + "2,\"Anna\rMaria\",B,b@example.com,Lead,2026-11-02 09:14\r" + "3,short\r" + row(4) + "\r").utf8)
        }, arguments: ["--max-reject-ratio", "0.5"], outcome: .loaded(read: 4, loaded: 3, rejects: ["5:field_count"])),
        Case(name: "unterminated quote at the end of the file", bytes: {
            Data((header + "\n" + rows(3) + "4,\"Anna,Becker,a@example.com,Lead,2026-11-02 09:14\n").utf8)
        }, arguments: ["--max-reject-ratio", "0.5"], outcome: .loaded(read: 4, loaded: 3, rejects: ["5:unterminated_quote"])),
        Case(name: "an XLSX workbook", bytes: { Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]) + Data("[Content_Types].xml".utf8) },
             outcome: .refused(["XLSX", "save it as CSV"])),
        Case(name: "a gzip file", bytes: { Data([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4B, 0x4C]) },
             outcome: .refused(["gzip", "decompress it first"])),
        Case(name: "a header that maps no required field", bytes: { Data("Farbe,Größe,Gewicht\nrot,L,3\n".utf8) },
             outcome: .refused(["source 'contacts'", "no column for 'record_id'"])),
        Case(name: "too many rejected rows", bytes: {
            Data((header + "\n" + row(1) + "\n2,short\n3,\"x\"y,B,b@example.com,Lead,2026-11-02 09:14\n" + row(4) + "\n").utf8)
        }, outcome: .refused(["rejected 2 of 4 rows (50.0 %), more than max_reject_ratio 0.05"])),
        Case(name: "too many rejected rows, allowed by --max-reject-ratio", bytes: {
            Data((header + "\n" + row(1) + "\n2,short\n3,\"x\"y,B,b@example.com,Lead,2026-11-02 09:14\n" + row(4) + "\n").utf8)
        }, arguments: ["--max-reject-ratio", "0.5"],
           outcome: .loaded(read: 4, loaded: 2, rejects: ["3:field_count", "4:text_after_closing_quote"])),
        Case(name: "--max-field-bytes", bytes: { Data((header + "\n" + rows(30) + row(31, last: "Przybylski-Oberhausen") + "\n").utf8) },
             arguments: ["--max-field-bytes", "20"], outcome: .loaded(read: 31, loaded: 30, rejects: ["32:oversize_field"])),
    ]

    @Test(arguments: cases)
    func runReadsOrRefusesTheFile(_ example: Case) throws {
        let scratch = try Scratch()
        let source = try scratch.write("contacts.csv", example.bytes())
        try expectOutcome(example.outcome, source: source, arguments: example.arguments, scratch: scratch)
    }

    @Test func aDirectoryInsteadOfAFile() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.path("contacts.csv"), withIntermediateDirectories: true)
        try expectOutcome(.refused(["is a folder; name a file"]), source: scratch.path("contacts.csv"), scratch: scratch,
                          lineAndColumn: true)
    }

    @Test func aMissingFile() throws {
        let scratch = try Scratch()
        try expectOutcome(.refused(["not found"]), source: scratch.path("contacts.csv"), scratch: scratch, lineAndColumn: true)
    }

    /// Root opens any file whatever its mode (and CI runs as root): then the case cannot be made.
    @Test(.enabled(if: getuid() != 0, "root reads files without read permission (CI runs as root)"))
    func aFileWithoutReadPermission() throws {
        let scratch = try Scratch()
        let source = try scratch.write("contacts.csv", Self.header + "\n" + Self.rows(2))
        chmod(source, 0o200)
        try expectOutcome(.refused(["cannot open", "permission"]), source: source, scratch: scratch)
    }

    /// Duplicated header names: the first column of a name is used, the second is listed as a
    /// duplicate, and the run says so in a warning.
    @Test func duplicatedHeaderNames() throws {
        let scratch = try Scratch()
        let source = try scratch.write("contacts.csv", Self.header + ",Email\n" + Self.rows(2).replacingOccurrences(of: "09:14\n", with: "09:14,other@example.com\n"))
        let result = try run(source: source, scratch: scratch)
        #expect(result.status == 0, "\(result)")
        let input = try summaryInput(scratch)
        #expect(input["rows_read"]?.int == 2 && input["rows_loaded"]?.int == 2 && input["rows_rejected"]?.int == 0)
        let columns = input["columns"]?.array ?? []
        let emails = columns.filter { $0["header"]?.string == "Email" }
        #expect(emails.count == 2, "\(columns)")
        #expect(emails.first?["how"]?.string == "preset", "the first Email column maps: \(emails)")
        #expect(emails.last?["how"]?.string == "duplicate", "the second is marked a duplicate: \(emails)")
        let warning = #"contacts: header "Email" appears in columns 4 and 7; using column 4"#
        #expect(result.stderrLines.contains("warning: " + warning), "\(result)")
        #expect(input["warnings"]?.array?.contains { $0.string == #"header "Email" appears in columns 4 and 7; using column 4"# } == true)

        // The same warning as a JSON log line: the quotes in it are escaped and read back.
        let json = try LeadreconProcess.run(["run", scratch.path("pipeline.yaml"), "--out", scratch.path("out"), "--log-format", "json"])
        #expect(json.status == 0, "\(json)")
        let messages = try json.stderrLines.map { try JSONValue.parse(Data($0.utf8)) }
            .filter { $0["level"]?.string == "warning" }.compactMap { $0["msg"]?.string }
        #expect(messages.contains(warning), "\(json)")
    }

    // MARK: - Helpers

    func run(source: String, arguments: [String] = [], scratch: Scratch) throws -> CommandResult {
        let pipeline = try scratch.write("pipeline.yaml", SmallPipeline.yaml(source: source))
        return try LeadreconProcess.run(["run", pipeline, "--out", scratch.path("out")] + arguments)
    }

    func summaryInput(_ scratch: Scratch) throws -> JSONValue {
        let summary = try JSONValue.parse(Data(contentsOf: URL(fileURLWithPath: scratch.path("out/summary.json"))))
        return try #require(summary["inputs"]?.array?.first)
    }

    func expectOutcome(_ outcome: Outcome, source: String, arguments: [String] = [], scratch: Scratch,
                       lineAndColumn: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try run(source: source, arguments: arguments, scratch: scratch)
        switch outcome {
        case .refused(let fragments):
            #expect(result.status == 2 && !result.signalled, "\(result)", sourceLocation: sourceLocation)
            let reason = result.stderrLines.last ?? ""
            let named = lineAndColumn ? reason.hasPrefix("leadrecon: \(scratch.path("pipeline.yaml")):") && reason.contains(source)
                : reason.hasPrefix("leadrecon: \(source)")
            #expect(named, "names the file: \(result)", sourceLocation: sourceLocation)
            for fragment in fragments { #expect(reason.contains(fragment), "\(result)", sourceLocation: sourceLocation) }
            #expect(!FileManager.default.fileExists(atPath: scratch.path("out")), "nothing published", sourceLocation: sourceLocation)
            #expect(try scratch.entries().allSatisfy { !$0.hasPrefix(".out.") }, "no staging or lock left", sourceLocation: sourceLocation)
        case .loaded(let read, let loaded, let rejects):
            #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
            let input = try summaryInput(scratch)
            #expect(input["rows_read"]?.int == read, sourceLocation: sourceLocation)
            #expect(input["rows_loaded"]?.int == loaded, sourceLocation: sourceLocation)
            #expect(input["rows_rejected"]?.int == rejects.count, sourceLocation: sourceLocation)
            #expect(read == loaded + rejects.count, "ledger", sourceLocation: sourceLocation)
            let ledger = try ReportCSV(Data(contentsOf: URL(fileURLWithPath: scratch.path("out/rejects.csv"))))
            let found = ledger.rows.map { "\($0["line"] ?? ""):\(($0["reason"] ?? "").prefix { $0 != " " && $0 != ":" })" }
            #expect(found == rejects, "\(ledger.rows.map { $0["reason"] ?? "" })", sourceLocation: sourceLocation)
        }
    }
}
