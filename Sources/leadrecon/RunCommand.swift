import ArgumentParser
import Foundation
import LeadreconCore
import LeadreconValues

/// `leadrecon run PIPELINE`: runs the pipeline and writes the reports.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline and write its reports.",
        discussion: "Exit code 0: ran, nothing at the alert level; 1: ran, findings at the alert level; 2: could not run."
    )

    @Argument(help: "The pipeline file (YAML).")
    var pipeline: String

    @Option(help: "Write the reports to this directory instead of the pipeline's outputs.dir.")
    var out: String?

    @Option(name: .customLong("as-of"), help: "Evaluate findings at this instant (ISO 8601, or a date) instead of the pipeline's as_of.")
    var asOf: String?

    @Flag(help: "Print nothing unless the run fails.")
    var quiet = false

    @Option(name: .customLong("log-format"), help: "stderr as 'text' lines, or as 'json' lines for log collectors.")
    var logFormat: LogFormat = .text

    @OptionGroup(title: "Resource limits")
    var limits: ResourceLimitOptions

    @Flag(name: .customLong("no-history"), help: "Neither read nor record the run history (new_since_last_run is left empty).")
    var noHistory = false

    @Flag(help: "Replace names, e-mails and phones in every output by keyed tokens (key: $LEADRECON_PSEUDONYM_KEY or --pseudonym-key-file).")
    var pseudonymize = false

    @Option(name: .customLong("pseudonym-key-file"), help: "Read the pseudonym key from this file instead of $LEADRECON_PSEUDONYM_KEY.")
    var pseudonymKeyFile: String?

    @Option(name: .customLong("reidentification-file"), help: "With pseudonymised outputs, also write token → original here (outside the output directory).")
    var reidentificationFile: String?

    func run() throws {
        var alert = false
        let log = RunLog(format: logFormat, quiet: quiet, bar: ProgressBar.forTerminal(quiet: quiet, format: logFormat))
        defer { log.close() }
        try exitTwoOnError(report: { log.error($0, exitCode: 2) }) {
            var loaded = try Pipeline.load(contentsOf: URL(fileURLWithPath: pipeline))
            limits.apply(to: &loaded)
            if let out { loaded.outputs.directory = URL(fileURLWithPath: out).standardizedFileURL }
            if let asOf {
                guard let instant = TimestampParser(timeZone: loaded.calendar.timeZone, order: .dayFirst).parse(asOf).parsed else {
                    throw ValidationError("--as-of '\(asOf)' is not a date or an ISO 8601 instant (e.g. 2026-11-27T18:00:00+01:00)")
                }
                loaded.asOf = instant.date
            }
            if noHistory { loaded.outputs.history = .disabled }
            if pseudonymize { loaded.outputs.pseudonymize = true }
            var runner = PipelineRunner(pipeline: loaded, leadreconVersion: LeadreconVersion.current,
                                        log: { line in log.runner(line) })
            runner.progress = { log.progress($0) }
            if loaded.outputs.pseudonymize {
                runner.pseudonymKey = try PseudonymKey.load(file: pseudonymKeyFile.map { URL(fileURLWithPath: $0) },
                                                            environment: ProcessInfo.processInfo.environment)
                runner.reidentificationFile = reidentificationFile.map { URL(fileURLWithPath: $0).standardizedFileURL }
            } else if reidentificationFile != nil || pseudonymKeyFile != nil {
                throw ValidationError("--reidentification-file and --pseudonym-key-file need --pseudonymize (or outputs.pseudonymize: true)")
            }
            let result = try runner.run()
            log.close()
            result.summary.warnings.forEach(log.warning)
            if !quiet { Console.out(RunHeadline.text(result)) }
            log.finished(result, exitCode: result.alert ? 1 : 0)
            alert = result.alert
        }
        if alert { throw ExitCode(1) }
    }
}

/// The lines `run` ends with: where the reports are and the headline counts.
enum RunHeadline {
    static func text(_ result: PipelineRunner.Result) -> String {
        let ledger = result.summary.ledger
        var lines = ["reports written to \(DisplayPath.of(result.outputDirectory))/"]
        if let report = result.report { lines.append("report: \(DisplayPath.of(report))") }
        lines.append("rows: \(ledger.rowsRead) read, \(ledger.rowsLoaded) loaded, \(ledger.rowsRejected) rejected (see rejects.csv)")
        for input in result.summary.inputs {
            lines.append("  \(input.source): \(input.rowsLoaded) loaded, \(input.rowsRejected) rejected — \(input.path)")
        }
        if let link = result.summary.link {
            lines.append("people: \(link.people) from \(link.records) records (\(link.links) links)")
        }
        if !result.summary.flags.isEmpty {
            let flags = result.summary.flags.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            lines.append("findings: " + flags.joined(separator: ", ") + " (see flags.csv, reconciliation.csv)")
        }
        if let findings = result.summary.findings {
            var sla = "good leads: \(findings.pending) pending"
            if let compliance = findings.slaCompliance {
                sla += ", \(Int((compliance * 1000).rounded()) / 10).\(Int((compliance * 1000).rounded()) % 10) % first-touched within their SLA"
            }
            if let median = findings.firstTouchHoursP50 { sla += ", median first touch \(String(format: "%.1f", median)) working hours" }
            lines.append(sla)
        }
        return lines.joined(separator: "\n")
    }
}
