import Foundation

/// Step two of "parse, then validate": turns the checked ``RawPipeline`` into a ``Pipeline``,
/// interpreting every value, resolving paths against the pipeline file's folder and filling in
/// the defaults of RULES.md. Problems go to the log; the value returned is only used when the
/// log stays empty.
struct PipelineValidator {
    let log: DiagnosticLog
    /// The pipeline file's folder: relative paths start here.
    let baseDirectory: URL
    /// Whether source and model files must exist (off in tests that only check settings).
    let checkPaths: Bool
    /// The pipeline's name when the file gives none.
    let defaultName: String
    /// `as_of` when the file gives none.
    let now: Date

    func validate(_ raw: RawPipeline) -> Pipeline {
        let calendar = calendarSettings(raw.calendar)
        var ingest = Pipeline.IngestSettings()
        if let ratio = number(raw.maxRejectRatio, in: 0...1) { ingest.maxRejectRatio = ratio }
        return Pipeline(
            name: pipelineName(raw.name),
            asOf: raw.asOf.flatMap { instant($0, dateOnlyZone: calendar.timeZone) } ?? now,
            sources: sources(raw.sources, written: raw.writtenKeys.contains("sources"), in: raw.location,
                             defaultTimeZone: calendar.timeZone),
            stages: stages(raw.stages),
            ingest: ingest,
            link: linkSettings(raw.link),
            calendar: calendar,
            rules: ruleSettings(raw.rules),
            alert: alertSettings(raw.failOn),
            outputs: outputSettings(raw.outputs)
        )
    }

    private func pipelineName(_ raw: RawScalar?) -> String {
        guard let raw else { return defaultName }
        guard !raw.text.trimmingCharacters(in: .whitespaces).isEmpty else {
            log.error("'name' is empty; leave it out to use the file name", at: raw.location)
            return defaultName
        }
        return raw.text
    }

    private func stages(_ list: RawList<RawPipeline.Stage>?) -> [PipelineStage] {
        guard let list else { return PipelineStage.allCases }
        guard !list.isEmptyAsWritten else {
            log.error("'stages' is empty; list the stages to run, e.g. [ingest, normalize, link, flag, report]",
                      at: list.location)
            return PipelineStage.allCases
        }
        var listed: [PipelineStage] = []
        var enabled: [(stage: PipelineStage, location: SourceLocation)] = []
        for entry in list.items {
            guard let rawName = entry.name else {
                guard !entry.writtenKeys.contains("name") else { continue }
                log.error("stage entry without 'name'; add e.g. 'name: link'", at: entry.location)
                continue
            }
            guard let stage = choice(rawName, noun: "stage", options: PipelineStage.allCases.map { ($0.rawValue, $0) })
            else { continue }
            if listed.contains(stage) {
                log.error("stage '\(stage.rawValue)' is listed twice", at: rawName.location)
                continue
            }
            if let later = listed.first(where: { $0 > stage }) {
                log.error("stage '\(stage.rawValue)' must come before '\(later.rawValue)'", at: rawName.location)
            }
            listed.append(stage)
            if bool(entry.enabled) ?? true { enabled.append((stage, rawName.location)) }
        }
        for (stage, location) in enabled {
            for required in stage.requiredStages where !enabled.contains(where: { $0.stage == required }) {
                log.error("stage '\(stage.rawValue)' requires '\(required.rawValue)'", at: location)
            }
        }
        if enabled.isEmpty, !listed.isEmpty {
            log.error("every stage is disabled; enable at least 'ingest'", at: list.location)
        }
        return enabled.map(\.stage)
    }

    private func alertSettings(_ list: RawList<RawScalar>?) -> Pipeline.AlertSettings {
        guard let list else { return Pipeline.AlertSettings() }
        var conditions: [Pipeline.AlertCondition] = []
        for raw in list.items {
            let parts = raw.text.split(separator: ":", maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespaces).uppercased()
            }
            let flagText = RawScalar(key: "fail_on", text: parts.first ?? "", location: raw.location)
            guard let flag = choice(flagText, noun: "flag",
                                    options: Pipeline.FindingFlag.allCases.map { ($0.rawValue, $0) })
            else { continue }
            var severity: Pipeline.FindingSeverity?
            if parts.count == 2 {
                guard !flag.severities.isEmpty else {
                    log.error("flag '\(flag.rawValue)' has no severities; write just '\(flag.rawValue)'",
                              at: raw.location)
                    continue
                }
                severity = flag.severities.first { $0.rawValue == parts[1] }
                guard severity != nil else {
                    let expected = flag.severities.map(\.rawValue).joined(separator: " or ")
                    log.error("unknown severity '\(parts[1])' for '\(flag.rawValue)' (expected \(expected))",
                              at: raw.location)
                    continue
                }
            }
            let condition = Pipeline.AlertCondition(flag: flag, severity: severity)
            if !conditions.contains(condition) { conditions.append(condition) }
        }
        return Pipeline.AlertSettings(failOn: conditions)
    }

    private func outputSettings(_ raw: RawPipeline.Outputs?) -> Pipeline.OutputSettings {
        var outputs = Pipeline.OutputSettings(directory: resolve("../out", isDirectory: true))
        guard let raw else { return outputs }
        if let directory = nonEmptyText(raw.directory) { outputs.directory = resolve(directory, isDirectory: true) }
        if let dialect = choice(raw.dialect, noun: "dialect",
                                options: Pipeline.OutputDialect.allCases.map { ($0.rawValue, $0) }) {
            outputs.dialect = dialect
        }
        if let history = raw.history {
            switch history.text {
            case "false", "False", "FALSE": outputs.history = .disabled
            case "true", "True", "TRUE": outputs.history = .besideOutputDirectory
            default:
                if let path = nonEmptyText(history) { outputs.history = .file(resolve(path, isDirectory: false)) }
            }
        }
        if let keep = integer(raw.historyKeepFindings, atLeast: 1) { outputs.historyKeepFindings = keep }
        if let pseudonymize = bool(raw.pseudonymize) { outputs.pseudonymize = pseudonymize }
        return outputs
    }
}
