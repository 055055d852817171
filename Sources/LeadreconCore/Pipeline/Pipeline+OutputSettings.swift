public import Foundation

extension Pipeline {
    /// Where reports go and how they are written.
    public struct OutputSettings: Sendable, Equatable {
        /// The folder replaced by each run (default: `../out` from the pipeline file's folder).
        /// The command's `--out` replaces it; a defaulted history follows it.
        public var directory: URL
        /// The CSV dialect of the reports.
        public var dialect: OutputDialect
        /// Where run history is kept.
        public var history: HistoryLocation
        /// How many of the pipeline's latest recorded runs keep their findings in the history
        /// (at least 1: the next run compares with the latest). Runs' metadata and counts stay.
        public var historyKeepFindings: Int
        /// Whether names, e-mails and phones are replaced by keyed tokens in every output.
        public var pseudonymize: Bool

        /// Output settings writing to `directory`; the rest takes its default.
        public init(
            directory: URL,
            dialect: OutputDialect = .rfc4180,
            history: HistoryLocation = .besideOutputDirectory,
            historyKeepFindings: Int = OutputSettings.defaultHistoryKeepFindings,
            pseudonymize: Bool = false
        ) {
            self.directory = directory
            self.dialect = dialect
            self.history = history
            self.historyKeepFindings = historyKeepFindings
            self.pseudonymize = pseudonymize
        }

        /// `outputs.history_keep_findings` when not written: a month of nightly runs.
        public static let defaultHistoryKeepFindings = 30

        /// The history database, resolved; `nil` when history is off.
        public var historyFile: URL? {
            switch history {
            case .disabled: nil
            case .file(let url): url
            case .besideOutputDirectory:
                directory.deletingLastPathComponent()
                    .appendingPathComponent(".leadrecon", isDirectory: true)
                    .appendingPathComponent("history.sqlite").standardizedFileURL
            }
        }
    }

    /// The CSV dialect reports are written in.
    public enum OutputDialect: String, Sendable, CaseIterable {
        /// Commas, CRLF line ends, no BOM.
        case rfc4180
        /// Semicolons, CRLF, a UTF-8 BOM: what German Excel opens without an import dialog.
        case excelDE = "excel_de"
    }

    /// Where the run history database lives.
    public enum HistoryLocation: Sendable, Hashable {
        /// No history: `new_since_last_run` is left empty (not known), no trend.
        case disabled
        /// This file.
        case file(URL)
        /// `.leadrecon/history.sqlite` in the output folder's parent folder.
        case besideOutputDirectory
    }
}
