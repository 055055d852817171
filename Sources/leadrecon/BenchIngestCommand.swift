import ArgumentParser
import Foundation
import LeadreconCSV
import LeadreconCore

/// `leadrecon bench-ingest`: the measured part of `make bench`. Prints one JSON line; the harness
/// times the process, so this does no timing of its own.
struct BenchIngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-ingest",
        abstract: "Read a CSV file as the benchmark does (rows only, or typed canonical records).",
        shouldDisplay: false
    )

    enum Stage: String, ExpressibleByArgument {
        case rows, records
    }

    @Option(help: "rows: the CSV reader alone; records: header mapping and typing too.")
    var stage: Stage = .rows

    @Option(help: "Source role for --stage records.")
    var role: String = "crm_leads"

    @Argument(help: "The CSV file.")
    var file: String

    func run() throws {
        switch stage {
        case .rows:
            let reader = try CSVReader(path: file)
            var fields = 0
            var rejected = 0
            try reader.read(row: { fields &+= $0.count }, reject: { _ in rejected += 1 })
            Console.out(#"{"bytes":\#(reader.counts.bytesRead),"rows":\#(reader.counts.rowsDelivered),"rejected":\#(rejected),"fields":\#(fields)}"#)
        case .records:
            guard let sourceRole = SourceRole(rawValue: role) else { throw ValidationError("unknown role '\(role)'") }
            let ingest = SourceIngest(input: SourceInput(name: "bench", role: sourceRole, path: file))
            var present = 0
            let outcome = try ingest.run(record: { record in
                for value in record.values {
                    if case .missing = value { continue }
                    present &+= 1
                }
            })
            let report = outcome.report
            Console.out(#"{"bytes":\#(report.bytes),"rows":\#(report.rowsLoaded),"rejected":\#(report.rowsRejected),"values":\#(present)}"#)
        }
    }
}
