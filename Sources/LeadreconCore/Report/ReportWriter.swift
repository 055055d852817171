import Foundation

/// Writes `report.html` and `report.md` into the run's staging directory, so they are published
/// with the other outputs or not at all.
enum ReportWriter {
    static let htmlName = "report.html"
    static let markdownName = "report.md"

    static func write(_ data: ReportData, into output: OutputDirectory) throws(RunError) {
        try write(HTMLReport(data: data).html, to: output.file(htmlName))
        try write(MarkdownReport(data: data).markdown, to: output.file(markdownName))
    }

    private static func write(_ text: String, to url: URL) throws(RunError) {
        do {
            try Data(text.utf8).write(to: url)
        } catch {
            throw .cannotWrite(path: url.path, reason: WriteFailureReason.of(error))
        }
    }
}
