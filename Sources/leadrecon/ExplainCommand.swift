import ArgumentParser
import Foundation
import LeadreconCore

/// `leadrecon explain --out DIR ID [ID]`: why records were (not) linked, from a run's reports.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a link: one record id shows its person; two ids show the pair's weights as a waterfall."
    )

    @Option(help: "The output directory of a run.")
    var out: String

    @Argument(help: "One record id, or two.")
    var ids: [String]

    func validate() throws {
        guard (1...2).contains(ids.count) else { throw ValidationError("give one record id or two") }
    }

    func run() throws {
        try exitTwoOnError {
            let explainer = try LinkExplainer(directory: URL(fileURLWithPath: out))
            Console.out(ids.count == 1 ? try explainer.explain(record: ids[0]) : try explainer.explain(pair: ids[0], ids[1]))
        }
    }
}
