import Foundation

/// Where personal values stand in each output, and what replaces them.
///
/// - `rejects.csv`: the `raw` text of a rejected row is one `row:` token. A rejected row is by
///   definition one that could not be split into fields reliably, so which part is a name cannot be
///   known; its file and line still lead the key's holder to it.
/// - `flags.csv`: `owner` is a `name:` token. A sales rep is a data subject too, and the same rep
///   gets the same token in every row and run, so per-owner figures still add up.
/// - `people.csv`, `pairs.csv`, `model.json`, `reconciliation.csv`: ids, levels, weights and
///   counts only; record ids are kept (they are the systems' own pseudonyms, needed to act on a
///   finding and to recognise it in the next run).
/// - `summary.json`: the value quoted in each diagnostic example becomes a `value:` token,
///   preamble lines above a header become `text:` tokens, and a skipped blocking key (an e-mail, a
///   phone or a name) becomes a `value:` token in the link warnings.
extension Pseudonymizer {
    /// A `rejects.csv` row (`source,file,line,reason,raw`) with its raw text tokenised.
    func rejectRow(_ row: [String]) -> [String] {
        var row = row
        if let raw = RejectsLedger.header.firstIndex(of: "raw"), raw < row.count {
            row[raw] = token(row[raw], kind: .row)
        }
        return row
    }

    /// A finding with its owner tokenised.
    func finding(_ finding: Finding) -> Finding {
        var finding = finding
        finding.owner = token(finding.owner, kind: .name)
        return finding
    }

    /// The reports' data with owners tokenised, as in `flags.csv` (the summary part is tokenised
    /// by ``summary(_:)`` before the data is built).
    func report(_ data: ReportData) -> ReportData {
        var data = data
        for index in data.byOwner.indices where data.byOwner[index].name != HandoffFigures.noOwner {
            data.byOwner[index].name = token(data.byOwner[index].name, kind: .name)
        }
        data.topFindings = data.topFindings.map(finding)
        return data
    }

    /// `summary.json` with the values it quotes tokenised.
    func summary(_ summary: RunSummary) -> RunSummary {
        var summary = summary
        summary.diagnostics.examples = summary.diagnostics.examples.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.message = quotedValueReplaced(in: diagnostic.message)
            return diagnostic
        }
        for index in summary.inputs.indices {
            summary.inputs[index].preambleLines = summary.inputs[index].preambleLines.map { token($0, kind: .text) }
        }
        summary.warnings = summary.warnings.map(blockingKeyReplaced)
        if var link = summary.link {
            link.warnings = link.warnings.map(blockingKeyReplaced)
            summary.link = link
        }
        return summary
    }

    /// Diagnostics of values read from a file say `'VALUE' in 'HEADER' …`; the value is replaced.
    func quotedValueReplaced(in message: String) -> String {
        guard message.hasPrefix("'"), let end = message.range(of: "' in '", options: .backwards) else { return message }
        let value = String(message[message.index(after: message.startIndex)..<end.lowerBound])
        return "'\(token(value, kind: .value))" + message[end.lowerBound...]
    }

    /// A skipped block's warning names its key: `… skipped block 'KEY' of N records …`.
    func blockingKeyReplaced(in warning: String) -> String {
        guard let start = warning.range(of: "skipped block '"),
              let end = warning.range(of: "' of ", options: .backwards, range: start.upperBound..<warning.endIndex)
        else { return warning }
        let key = String(warning[start.upperBound..<end.lowerBound])
        return String(warning[..<start.upperBound]) + token(key, kind: .value) + warning[end.lowerBound...]
    }
}
