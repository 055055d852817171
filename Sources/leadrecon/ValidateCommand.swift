import ArgumentParser
import Foundation
import LeadreconCSV
import LeadreconCore

/// `leadrecon validate PIPELINE`: checks the pipeline file and every source's header without running.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a pipeline file and the headers of its sources; exit 0 when it would run."
    )

    @Argument(help: "The pipeline file (YAML).")
    var pipeline: String

    func run() throws {
        try exitTwoOnError {
            let loaded = try Pipeline.load(contentsOf: URL(fileURLWithPath: pipeline))
            var problems: [String] = []
            for source in loaded.sources {
                let input = source.ingestInput
                var headerLine: Int?
                do {
                    let probe = try SourceProbe(path: input.path, options: input.readOptions)
                    headerLine = probe.headerLine
                    let preset = input.preset.flatMap(HeaderPresets.named)
                    if let name = input.preset, preset == nil {
                        throw HeaderMappingError.unknownPreset(name: name, known: HeaderPresets.all.map(\.name))
                    }
                    let mapping = try HeaderMapper().map(headers: probe.header, role: source.role, preset: preset,
                                                         overrides: input.columnOverrides)
                    Console.out("\(source.name): \(input.path): \(mapping.score) (delimiter '\(probe.delimiter)', header on line \(probe.headerLine))")
                } catch let error as CSVError {
                    // The reader's messages name the file (and line) themselves, as under `run`.
                    problems.append("\(error)")
                } catch {
                    let location = headerLine.map { "\(input.path):\($0):1" } ?? input.path
                    problems.append("\(location): source '\(source.name)': \(error)")
                }
            }
            if !problems.isEmpty { throw ValidationFailed(problems: problems) }
            Console.out("\(pipeline): ok — \(loaded.sources.count) sources, stages \(loaded.stages.map(\.rawValue).joined(separator: " → "))")
        }
    }
}

/// Every problem `validate` found, one per line.
struct ValidationFailed: Error, CustomStringConvertible {
    var problems: [String]
    var description: String { problems.joined(separator: "\n") }
}
