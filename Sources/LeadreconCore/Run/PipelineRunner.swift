public import Foundation
import Crypto
import LeadreconCSV
import LeadreconLink

/// Runs a pipeline: every enabled stage in order, then publishes the reports as a whole.
///
/// Stages: `ingest`, `normalize` + `link`, `flag` and `report`. The flag stage needs the link
/// stage's people; without it, a warning says the flag stage was skipped.
public struct PipelineRunner {
    public let pipeline: Pipeline
    public let leadreconVersion: String
    /// Receives progress and warnings for stderr (silent under `--quiet`).
    public var log: @Sendable (String) -> Void
    /// Receives where long stages stand (ingest rows and bytes per source), for a progress bar.
    public var progress: @Sendable (RunProgress) -> Void = { _ in }
    /// The key for `outputs.pseudonymize` (`LEADRECON_PSEUDONYM_KEY` or `--pseudonym-key-file`).
    public var pseudonymKey: PseudonymKey?
    /// Where to write the token → original table of a pseudonymised run; nil writes none.
    public var reidentificationFile: URL?

    public init(pipeline: Pipeline, leadreconVersion: String, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.pipeline = pipeline
        self.leadreconVersion = leadreconVersion
        self.log = log
    }

    /// What a finished run tells its caller.
    public struct Result: Sendable {
        public var outputDirectory: URL
        public var summary: RunSummary
        /// True when findings at the configured alert level were found (exit code 1).
        public var alert: Bool
        /// `report.html` in the output directory, when the report stage ran.
        public var report: URL?
    }

    /// `normalize` prepares the link stage's input and runs as part of it.
    static let implementedStages: Set<PipelineStage> = [.ingest, .normalize, .link, .flag, .report]

    /// Runs the pipeline and publishes its reports.
    /// - Throws: ``RunError`` (or a reader error) when the run cannot complete; the
    ///   previous reports are then left as they were.
    public func run() throws -> Result {
        let started = Date()
        let output = try OutputDirectory(pipeline.outputs.directory)
        output.warnings.forEach { log("warning: \($0)") }
        let pseudonymizer = try makePseudonymizer()
        let history = try openHistory()
        let trend = try history?.previousRuns(pipeline: pipeline.name).map(Self.trendPoint) ?? []
        var timings: [String: Double] = [:]
        var warnings: [String] = []
        let missing = pipeline.stages.filter { !Self.implementedStages.contains($0) }
        if !missing.isEmpty {
            let names = missing.map(\.rawValue).joined(separator: ", ")
            warnings.append("stages not available in leadrecon \(leadreconVersion) yet, skipped: \(names)")
        }

        let ingestStart = Date()
        var tables: [SourceTable] = []
        var touches = TouchLog()
        var rejects = RejectsLedger()
        var diagnostics = DiagnosticCollector()
        for source in pipeline.sources {
            log("ingest: reading \(source.name) (\(DisplayPath.of(source.url)))")
        }
        // Every source is read and hashed at once, on threads of its own (the hash is a second
        // pass over the file, mostly from the system's cache). The link stage starts as soon
        // as the tables it links are in, while the activities are still being read: they are the
        // largest file, and only the flag stage needs them.
        let rules = pipeline.rules
        let progress = progress
        let jobs = IngestJobs(pipeline.sources, read: { try Self.ingest($0, rules: rules, progress: progress) },
                              hash: { try FileDigest.sha256(path: $0.url.path, displayPath: DisplayPath.of($0.url)) })
        var sources = [IngestJobs.Source?](repeating: nil, count: pipeline.sources.count)
        func take(_ index: Int) throws {
            let source = try jobs.source(index)
            let report = source.outcome.report
            log("ingest: \(report.source): \(report.rowsLoaded) rows loaded, \(report.rowsRejected) rejected (\(report.encoding), delimiter '\(report.delimiter)', preset \(report.preset))")
            sources[index] = source
        }
        /// The reports of the sources taken so far, in source order, with their files' hashes.
        func reports() -> [IngestReport] {
            sources.compactMap { source in
                source.map { var report = $0.outcome.report; report.sha256 = $0.sha256; return report }
            }
        }
        let tableSources = pipeline.sources.indices.filter { pipeline.sources[$0].role != .crmActivities }
        for index in tableSources {
            try take(index)
            if case .table(let table) = sources[index]!.loaded { tables.append(table) }
        }
        // Too many rejects fail the run before linking when no activity source comes first (whose
        // reject ratio, checked later, would be the run's first error).
        if tableSources == Array(tableSources.indices) { try checkRejectRatio(reports()) }

        var link: (outcome: LinkOutcome, report: LinkReport)?
        if pipeline.runs(.link) {
            let linkStart = Date()
            let linkable = tables.filter { LinkStage.linkableRoles.contains($0.role) }
            let outcome = try LinkStage(settings: pipeline.link, log: log).run(linkable)
            link = (outcome, LinkReport(outcome: outcome, threshold: pipeline.link.threshold))
            FreedMemory.release()
            timings["link"] = Date().timeIntervalSince(linkStart)
        }

        for index in pipeline.sources.indices where !tableSources.contains(index) { try take(index) }
        let groupingStart = Date()
        for source in sources {
            if case .touches(let log) = source!.loaded { touches.merge(log) }
            rejects.merge(source!.outcome.rejects)
            diagnostics.merge(source!.outcome.diagnostics)
        }
        let reports = reports()
        for report in reports { warnings += report.warnings.map { "\(report.source): \($0)" } }
        touches.finish()
        // Each CRM lead's touches found once, while both cores are free (the flag stage reads them per lead).
        let linkable = tables.filter { LinkStage.linkableRoles.contains($0.role) }
        let leadTouches = pipeline.runs(.flag) && link != nil ? LeadTouches(touches, tables: linkable) : nil
        FreedMemory.release()
        // From the start until the last source was read (which may be while linking ran), and
        // then the touches grouped per CRM lead.
        timings["ingest"] = (sources.map { $0!.finished.timeIntervalSince(ingestStart) }.max() ?? 0)
            + Date().timeIntervalSince(groupingStart)
        try checkRejectRatio(reports)

        var flagged: FlagStage.Outcome?
        if pipeline.runs(.flag) {
            if let link {
                let flagStart = Date()
                // The previous run's finding keys are read from the history while people are evaluated.
                let name = pipeline.name
                let previous = history.map { history in
                    BackgroundTask("leadrecon-history") { try history.previousFindingKeys(pipeline: name) }
                }
                let people = PersonAssembly(linkable: linkable, touches: leadTouches!, outcome: link.outcome, pipeline: pipeline)
                flagged = FlagStage(pipeline: pipeline).run(people)
                FreedMemory.release()
                if let previous {
                    Self.markNewSinceLastRun(&flagged!.findings, previous: try previous.value())
                }
                timings["flag"] = Date().timeIntervalSince(flagStart)
                log("flag: \(flagged!.findings.count) findings, \(flagged!.summary.pending) pending")
            } else {
                warnings.append("the flag stage needs the link stage (which records are one person); add 'link' to stages")
            }
        }

        let reportStart = Date()
        var summary = RunSummary(
            run: .init(id: Self.runID(started), pipeline: pipeline.name, pipelineFile: pipeline.filePath,
                       configHash: pipeline.configHash, asOf: Self.iso8601(pipeline.asOf),
                       startedAt: Self.iso8601(started), leadreconVersion: leadreconVersion,
                       stagesRun: pipeline.stages.filter { stage in
                           // normalize runs as part of link; flag only with link's people.
                           Self.implementedStages.contains(stage) && (stage != .normalize || link != nil)
                               && (stage != .flag || flagged != nil)
                       }.map(\.rawValue),
                       stagesNotAvailable: missing.map(\.rawValue)),
            inputs: reports, ledger: Self.ledger(reports),
            diagnostics: .init(counts: diagnostics.counts, examples: diagnostics.diagnostics),
            flags: [:], timings: timings, warnings: warnings)
        let dialect: CSVOutputDialect = pipeline.outputs.dialect == .excelDE ? .excelDE : .rfc4180
        // The history's copy of the findings, keyed, sorted and encoded while the reports are
        // written (a third of a million findings at a million leads).
        let recorded = history.map { _ in
            let findings = flagged?.findings ?? []
            return BackgroundTask("leadrecon-history") { Self.recordedFindings(findings) }
        }
        // The report's top findings, ranked while the files are written (a pass over every
        // finding, on one core, was part of the run's tail).
        var ranked: BackgroundTask<(top: [Finding], ranked: Int)>?
        if let flagged, pipeline.runs(.report) {
            let findings = flagged.findings
            ranked = BackgroundTask("leadrecon-ranking") { ReportData.bySeverityThenAge(findings, limit: ReportData.topFindingsInHTML) }
        }
        // The link stage's two large files are written on threads of their own while this one
        // writes the rest: at a million leads each takes seconds, and they share nothing. The link
        // summary (which needs people.csv's matched-on counts) is made on the people thread.
        let linkFiles = link.map { link in
            ConcurrentOutput.start { () throws -> LinkSummary in
                var peopleWriter = try CSVWriter(path: output.file("people.csv").path, header: LinkReport.peopleHeader, dialect: dialect)
                let matchedOn = try link.report.writePeople(to: &peopleWriter)
                try peopleWriter.finish()
                return link.report.summary(matchedOn: matchedOn)
            } and: {
                var pairsWriter = try CSVWriter(path: output.file("pairs.csv").path, header: link.report.pairsHeader, dialect: dialect)
                try link.report.writePairs(to: &pairsWriter)
                try pairsWriter.finish()
            }
        }
        do {
            var writer = try CSVWriter(path: output.file("rejects.csv").path, header: RejectsLedger.header, dialect: dialect)
            for row in rejects.rows(sourceOrder: pipeline.sources.map(\.name)) {
                try writer.writeRow(pseudonymizer?.rejectRow(row) ?? row)
            }
            try writer.finish()
            if let link {
                do {
                    try link.outcome.model.jsonData().write(to: output.file("model.json"))
                } catch {
                    throw RunError.cannotWrite(path: output.file("model.json").path, reason: WriteFailureReason.of(error))
                }
            }
            // Before waiting for the link files: these need nothing from them.
            if let flagged {
                try FlagsFile.write(flagged.findings, to: output.file("flags.csv"), dialect: dialect, pseudonymizer: pseudonymizer)
                try Self.writeCSV(output.file("reconciliation.csv"), header: Reconciliation.header, rows: flagged.reconciliation,
                                  dialect: dialect)
            }
        } catch {
            _ = try? linkFiles?.wait()   // never leave a thread writing into a folder about to be removed
            throw error
        }
        if let linkFiles {
            summary.link = try linkFiles.wait()
        }
        if let flagged {
            summary.flags = flagged.summary.byFlag
            summary.findings = flagged.summary
        }
        if pipeline.runs(.report) {
            let data = ReportData(summary: pseudonymizer?.summary(summary) ?? summary, flagged: flagged, pipeline: pipeline,
                                  previousRuns: trend, ranked: try ranked?.value())
            try ReportWriter.write(pseudonymizer?.report(data) ?? data, into: output)
        }
        summary.timings["report"] = Date().timeIntervalSince(reportStart)
        try SummaryWriter.write(pseudonymizer?.summary(summary) ?? summary, to: output.file("summary.json"))
        if let history, let recorded {
            let recordStart = Date()
            let (findings, encoded) = try recorded.value()
            let entry = Self.historyEntry(summary, findings: consume findings, pending: flagged?.summary.pending ?? 0)
            let keep = pipeline.outputs.historyKeepFindings
            let dropped = try history.record(entry, encodedFindings: encoded, keepFindingsOfRuns: keep) { try output.publish() }
            // After summary.json is written, so its timings cannot hold this; at a million leads
            // recording is a visible part of the end of a run.
            let seconds = String(format: "%.2f", Date().timeIntervalSince(recordStart))
            log("history: run recorded with \(entry.findings.count) findings in \(seconds) s"
                + (dropped > 0 ? "; findings of \(dropped) older run\(dropped == 1 ? "" : "s") dropped (history_keep_findings: \(keep))" : ""))
            DeferredRelease.release(consume entry)
        } else {
            try output.publish()
        }
        if let pseudonymizer { try writeReidentification(pseudonymizer) }
        let result = Result(outputDirectory: output.finalURL, summary: summary, alert: flagged?.alert ?? false,
                            report: pipeline.runs(.report) ? output.finalURL.appendingPathComponent(ReportWriter.htmlName) : nil)
        DeferredRelease.release((consume flagged, consume recorded, consume link, consume tables, consume touches))
        return result
    }

    /// Ingests one source; a header that does not map is reported at the file's header line, so
    /// the one-line message names the file that needs `columns:` and where its header stands.
    /// Activities keep only their touches (all the flag stage reads), so they do not fill memory.
    private static func ingest(_ source: Pipeline.Source, rules: Pipeline.RuleSettings,
                               progress: @escaping @Sendable (RunProgress) -> Void) throws -> (IngestJobs.Loaded, SourceIngest.Outcome) {
        let input = source.ingestInput
        let total = (try? FileManager.default.attributesOfItem(atPath: input.path)[.size] as? Int) ?? nil
        var stage = SourceIngest(input: input)
        stage.progress = { rows, bytes in
            progress(RunProgress(stage: "ingest", item: source.name, done: rows, unit: "rows", bytesDone: bytes, bytesTotal: total))
        }
        do {
            let loaded: (IngestJobs.Loaded, SourceIngest.Outcome)
            if source.role == .crmActivities {
                let (log, outcome) = try stage.loadTouches(rules: rules)
                loaded = (.touches(log), outcome)
            } else {
                let (table, outcome) = try stage.load()
                loaded = (.table(table), outcome)
            }
            progress(RunProgress(stage: "ingest", item: source.name, done: loaded.1.report.rowsRead, unit: "rows",
                                 bytesDone: total, bytesTotal: total, finished: true))
            return loaded
        } catch let error as HeaderMappingError {
            let headerLine = (try? SourceProbe(path: input.path, options: input.readOptions).headerLine) ?? 1
            throw RunError.headerMapping(source: source.name, path: input.path, line: headerLine, error)
        }
    }

    static func writeCSV(_ url: URL, header: [String], rows: [[String]], dialect: CSVOutputDialect) throws {
        var writer = try CSVWriter(path: url.path, header: header, dialect: dialect)
        for row in rows { try writer.writeRow(row) }
        try writer.finish()
    }

    /// Fails the run when a source rejects more rows than `ingest.max_reject_ratio` allows: a report
    /// built on a fraction of the data would mislead.
    private func checkRejectRatio(_ reports: [IngestReport]) throws(RunError) {
        let limit = pipeline.ingest.maxRejectRatio
        for report in reports where report.rowsRead > 0 {
            let ratio = Double(report.rowsRejected) / Double(report.rowsRead)
            if ratio > limit {
                let top = report.rejectsByReason.sorted { $0.value > $1.value }.prefix(3)
                    .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                throw .tooManyRejects(source: report.source, path: report.path, rejected: report.rowsRejected,
                                      read: report.rowsRead, limit: limit, reasons: top)
            }
        }
    }

    static func ledger(_ reports: [IngestReport]) -> RunSummary.Ledger {
        var ledger = RunSummary.Ledger()
        for report in reports {
            ledger.rowsRead += report.rowsRead
            ledger.rowsLoaded += report.rowsLoaded
            ledger.rowsRejected += report.rowsRejected
            for (reason, count) in report.rejectsByReason { ledger.rejectsByReason[reason, default: 0] += count }
        }
        return ledger
    }

    static func iso8601(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    static func runID(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970)
        return "\(seconds)-\(ProcessInfo.processInfo.processIdentifier)"
    }
}
