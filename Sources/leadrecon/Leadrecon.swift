import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// The `leadrecon` command: argument parsing and wiring only; the work is in LeadreconCore.
@main
struct Leadrecon: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leadrecon",
        abstract: "Reconcile marketing-automation and sales-CRM lead exports: find ignored good leads and premature hand-offs.",
        discussion: """
            Exit codes: 0 ran and found nothing at the alert level; 1 ran and found something at \
            the alert level; 2 could not run (bad pipeline file, unreadable input).
            """,
        version: LeadreconVersion.current,
        subcommands: [RunCommand.self, ValidateCommand.self, InspectCommand.self, InitCommand.self, ExplainCommand.self, BenchIngestCommand.self]
    )

    static func main() {
        // `leadrecon inspect … | head` closes the pipe early: a write error to handle, not a signal
        // that kills the process.
        #if canImport(Glibc)
        signal(SIGPIPE, SIG_IGN)
        #endif
        main(nil)
    }
}
