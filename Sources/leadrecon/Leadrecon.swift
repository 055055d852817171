import ArgumentParser
import LeadreconCore
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
        // Over a file-size limit (`ulimit -f`, a quota) the kernel sends SIGXFSZ, which would kill
        // the run without a word; ignored, the write fails with EFBIG and the run exits 2 naming
        // the file, leaving the previous reports in place.
        signal(SIGXFSZ, SIG_IGN)
        TerminationSignals.install()
        #endif
        FreedMemory.reuseLargeBlocks()
        main(nil)
    }
}
