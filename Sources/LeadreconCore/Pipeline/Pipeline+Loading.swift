public import Foundation
import Crypto

extension Pipeline {
    /// Loads and validates the pipeline file at `url`.
    ///
    /// - Parameters:
    ///   - url: The pipeline file. Messages name it as `url.relativePath`, so a URL made from
    ///     the user's relative path keeps that path in messages.
    ///   - checkPaths: Whether source and model files must exist.
    ///   - now: `as_of` when the file gives none.
    /// - Throws: ``PipelineFileError/unreadable(file:reason:)`` if the file cannot be read as
    ///   UTF-8 text, ``PipelineFileError/invalid(_:)`` with every problem found otherwise.
    public static func load(
        contentsOf url: URL, checkPaths: Bool = true, now: Date = Date()
    ) throws(PipelineFileError) -> Pipeline {
        let file = url.relativePath
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let missing = !FileManager.default.fileExists(atPath: url.path)
            throw .unreadable(file: file, reason: missing ? "no such file" : "cannot read the file")
        }
        var text = Substring(decoding: data, as: UTF8.self)
        guard text.utf8.elementsEqual(data) else {
            throw .unreadable(file: file, reason: "not utf-8 text; save the pipeline file as utf-8")
        }
        if text.first == "\u{FEFF}" { text = text.dropFirst() }
        return try load(
            yaml: String(text), filePath: file,
            baseDirectory: url.absoluteURL.deletingLastPathComponent().standardizedFileURL,
            checkPaths: checkPaths, now: now, configHash: SHA256.hash(data: data).hex)
    }

    /// Validates pipeline YAML given as text, as if read from `filePath` (for tests, and for
    /// callers that hold the text already). `configHash` is the SHA-256 of the text's UTF-8.
    ///
    /// - Parameters:
    ///   - yaml: The pipeline file's text.
    ///   - filePath: How messages name the file; its name without extension is the default name.
    ///   - baseDirectory: The folder relative paths are resolved against.
    ///   - checkPaths: Whether source and model files must exist.
    ///   - now: `as_of` when the file gives none.
    /// - Throws: ``PipelineFileError/invalid(_:)`` with every problem found.
    public static func load(
        yaml: String, filePath: String, baseDirectory: URL, checkPaths: Bool = true, now: Date = Date()
    ) throws(PipelineFileError) -> Pipeline {
        try load(yaml: yaml, filePath: filePath, baseDirectory: baseDirectory, checkPaths: checkPaths,
                 now: now, configHash: SHA256.hash(data: Array(yaml.utf8)).hex)
    }

    private static func load(
        yaml: String, filePath: String, baseDirectory: URL, checkPaths: Bool, now: Date, configHash: String
    ) throws(PipelineFileError) -> Pipeline {
        let log = DiagnosticLog()
        let fail = { () -> PipelineFileError in .invalid(log.diagnostics(file: filePath)) }
        guard let root = YAMLNode.compose(yaml, log: log) else {
            if log.isEmpty { log.error("the file is empty; start it with 'version: 1'", at: .start) }
            throw fail()
        }
        guard checkVersion(of: root, log: log), let raw = RawPipeline(root, log: log) else { throw fail() }
        let validator = PipelineValidator(
            log: log, baseDirectory: baseDirectory, checkPaths: checkPaths,
            defaultName: URL(fileURLWithPath: filePath).deletingPathExtension().lastPathComponent, now: now)
        var pipeline = validator.validate(raw)
        guard log.isEmpty else { throw fail() }
        pipeline.configHash = configHash
        pipeline.filePath = filePath
        return pipeline
    }

    /// Logs a missing or unreadable version and goes on; returns `false` for another version,
    /// whose other problems would only be noise.
    private static func checkVersion(of root: YAMLNode, log: DiagnosticLog) -> Bool {
        guard case .mapping = root else { return true }
        guard let raw = RawPipeline.version(of: root, log: log) else {
            log.error("'version' is missing; add 'version: 1' at the top", at: .start)
            return true
        }
        guard raw.text.allSatisfy({ $0.isASCII && $0.isNumber }), let version = Int(raw.text) else {
            log.error("expected a whole number for 'version', got '\(raw.text)'", at: raw.location)
            return true
        }
        guard version == supportedVersion else {
            log.error("unsupported version \(version) (this leadrecon reads version \(supportedVersion))",
                      at: raw.location)
            return false
        }
        return true
    }
}
