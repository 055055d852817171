import Foundation
import LeadreconCore
import LeadreconValues

/// The human form of `inspect`.
enum InspectText {
    static func render(_ outcome: SourceIngest.Outcome, samples: [[String: String]], rejects: [RejectsLedger.Entry]) -> String {
        let report = outcome.report
        var lines = [
            "file:        \(report.path)",
            "encoding:    \(report.encoding)",
            "delimiter:   '\(report.delimiter)' — \(report.delimiterReason)",
            "header:      line \(report.headerLine)" + (report.preambleLines.isEmpty ? "" : ", after \(report.preambleLines.count) preamble line(s) skipped"),
            "role:        \(report.role), preset \(report.preset) (\(report.presetScore)\(report.presetDetected ? ", detected" : ""))",
            "rows:        \(report.rowsRead) read, \(report.rowsLoaded) loaded, \(report.rowsRejected) rejected"
                + (report.footerRowsSkipped > 0 ? ", \(report.footerRowsSkipped) report footer row(s) skipped" : ""),
            "",
            "columns:",
        ]
        let width = min(40, report.columns.map(\.header.count).max() ?? 0)
        for column in report.columns {
            let header = column.header.padding(toLength: width, withPad: " ", startingAt: 0)
            let target = column.field.map { "→ \($0)" + (column.how == "override" ? " (override)" : "") }
                ?? "(\(column.how == "unmapped" ? "not used" : column.how))"
            lines.append("  \(String(column.column).leftPadded(3))  \(header)  \(target)")
        }
        if !report.valueDecisions.isEmpty {
            lines.append("")
            lines.append("value formats:")
            for decision in report.valueDecisions {
                lines.append("  \(decision.field) (column \(decision.column)): \(decision.decision) — \(decision.reason)")
            }
        }
        if !rejects.isEmpty {
            lines.append("")
            lines.append("rejected rows (first \(rejects.count) of \(report.rowsRejected)):")
            for reject in rejects {
                lines.append("  line \(reject.line): \(reject.reason)")
                lines.append("    \(reject.raw.prefix(160).replacingOccurrences(of: "\n", with: "⏎"))")
            }
        }
        if !outcome.diagnostics.diagnostics.isEmpty {
            lines.append("")
            lines.append("value problems:")
            for diagnostic in outcome.diagnostics.diagnostics.prefix(10) { lines.append("  \(diagnostic)") }
        }
        if !samples.isEmpty {
            lines.append("")
            lines.append("sample records:")
            for sample in samples {
                let cells = sample.filter { $0.key != "line" }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                lines.append("  line \(sample["line"] ?? "?"): " + cells.joined(separator: ", "))
            }
        }
        if !report.warnings.isEmpty {
            lines.append("")
            lines.append("warnings:")
            for warning in report.warnings { lines.append("  \(warning)") }
        }
        return lines.joined(separator: "\n")
    }

    static func display(_ value: CanonicalValue) -> String {
        switch value {
        case .missing: ""
        case .text(let text): text
        case .timestamp(let stamp): stamp.description
        case .number(let number): String(number)
        case .boolean(let flag): flag ? "true" : "false"
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
