import ArgumentParser
import Foundation
import LeadreconCSV
import LeadreconCore

/// `leadrecon inspect FILE`: how leadrecon reads a file — encoding, delimiter, header mapping,
/// row counts, rejected rows and sample records — before it goes into a pipeline.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how a CSV file is read: encoding, delimiter, header mapping, rows, rejects, samples."
    )

    @Argument(help: "The CSV file.")
    var file: String

    @Option(help: "The file's role (marketing, crm_leads, crm_activities, people); detected when left out.")
    var role: String?

    @Option(help: "A header preset; detected when left out.")
    var preset: String?

    @Option(help: "The delimiter (, ; tab |); detected when left out.")
    var delimiter: String?

    @Option(help: "The encoding (utf-8, windows-1252, utf-16le, utf-16be); detected when left out.")
    var encoding: String?

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func run() throws {
        try exitTwoOnError {
            var options = CSVReadOptions()
            if let delimiter {
                guard let byte = Self.delimiterByte(delimiter) else { throw ValidationError("--delimiter must be one of , ; tab |") }
                options.delimiter = byte
            }
            if let encoding {
                guard let forced = TextEncoding(rawValue: encoding.lowercased()) else {
                    throw ValidationError("--encoding must be one of \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                options.encoding = .forced(forced)
            }
            var sourceRole: SourceRole
            if let role {
                guard let given = SourceRole(rawValue: role) else {
                    throw ValidationError("--role must be one of \(SourceRole.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                sourceRole = given
            } else {
                sourceRole = try SourceProbe(path: file, options: options).role
            }
            let input = SourceInput(name: "inspect", role: sourceRole, path: file, preset: preset, readOptions: options)
            var samples: [[String: String]] = []
            let outcome = try SourceIngest(input: input).run(record: { record in
                guard samples.count < 5 else { return }
                var sample = ["line": String(record.line)]
                for (field, value) in zip(record.fields, record.values) {
                    sample[field.rawValue] = InspectText.display(value)
                }
                samples.append(sample)
            })
            let rejects = Array(outcome.rejects.entries.prefix(5))
            if json {
                let encoder = JSONEncoder()
                encoder.keyEncodingStrategy = .convertToSnakeCase
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let payload = InspectJSON(report: outcome.report, samples: samples,
                                          rejects: rejects.map { .init(line: $0.line, reason: $0.reason.description, raw: $0.raw) },
                                          diagnostics: outcome.diagnostics.diagnostics.map(\.description))
                Console.out(String(decoding: try encoder.encode(payload), as: UTF8.self))
            } else {
                Console.out(InspectText.render(outcome, samples: samples, rejects: rejects))
            }
        }
    }

    static func delimiterByte(_ text: String) -> UInt8? {
        switch text {
        case ",": UInt8(ascii: ",")
        case ";": UInt8(ascii: ";")
        case "|": UInt8(ascii: "|")
        case "tab", "\\t", "\t": 0x09
        default: nil
        }
    }
}

/// The `--json` form of `inspect`.
struct InspectJSON: Encodable {
    struct Reject: Encodable {
        var line: Int
        var reason: String
        var raw: String
    }

    var report: IngestReport
    var samples: [[String: String]]
    var rejects: [Reject]
    var diagnostics: [String]
}
