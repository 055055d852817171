import ArgumentParser
import LeadreconCore

/// `leadrecon init FILE… > pipeline.yaml`: a starter pipeline from the files' headers.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter pipeline file for these CSV files to stdout.",
        discussion: "Paths are written as given: run it from the folder where the pipeline file will live, e.g. leadrecon init data/*.csv > pipeline.yaml"
    )

    @Argument(help: "The CSV files.")
    var files: [String]

    @Option(help: "The pipeline's name.")
    var name = "reconciliation"

    func run() throws {
        try exitTwoOnError {
            let probes = try files.map { try SourceProbe(path: $0) }
            Console.out(StarterPipeline.yaml(name: name, probes: probes))
        }
    }
}
