import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The package checkout these tests belong to: `leadrecon` runs with it as the working
/// directory, so `pipelines/…` and `sample-data/…` resolve and reports name files relatively.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // EndToEndTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

/// What one `leadrecon` invocation did.
struct CommandResult: Sendable, CustomStringConvertible {
    var arguments: [String]
    /// The exit code, or the signal number when `signalled`.
    var status: Int32
    var signalled: Bool
    var stdout: String
    var stderr: String

    /// stderr split into lines, without the empty one after the last newline.
    var stderrLines: [String] { Self.lines(stderr) }
    var stdoutLines: [String] { Self.lines(stdout) }

    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    var description: String {
        "leadrecon \(arguments.joined(separator: " ")) → \(signalled ? "signal" : "exit") \(status)\n"
            + "stdout:\n\(stdout)stderr:\n\(stderr)"
    }
}

/// A `leadrecon` process started from the built executable next to the test bundle (as
/// swift-argument-parser's `AssertExecuteCommand` finds its example commands). Output goes to
/// temporary files rather than pipes, so a chatty command never blocks on a full pipe.
final class LeadreconProcess {
    /// The `leadrecon` binary built with the tests.
    static let executable: URL? = {
        var folders: [URL] = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        if let first = CommandLine.arguments.first {
            folders.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        for folder in folders {
            let products = folder.pathExtension == "xctest" ? folder.deletingLastPathComponent() : folder
            let candidate = products.appendingPathComponent("leadrecon")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    let arguments: [String]
    private let process = Process()
    private let output: URL
    private let stdoutURL: URL
    private let stderrURL: URL

    /// Starts `leadrecon ARGUMENTS` in `directory` (the package root unless given).
    init(_ arguments: [String], in directory: URL = packageRoot, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let executable = try #require(
            Self.executable, "no leadrecon executable next to the test bundle (\(Bundle.main.bundleURL.path))",
            sourceLocation: sourceLocation)
        self.arguments = arguments
        output = FileManager.default.temporaryDirectory.appendingPathComponent("leadrecon-e2e-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        stdoutURL = output.appendingPathComponent("stdout")
        stderrURL = output.appendingPathComponent("stderr")
        try Data().write(to: stdoutURL)
        try Data().write(to: stderrURL)
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        // The child inherits this thread's signal mask, and test-runner worker threads block
        // SIGTERM: unblocked, the command meets signals as it does under a shell or cron.
        var everything = sigset_t(), previous = sigset_t()
        sigemptyset(&everything)
        pthread_sigmask(SIG_SETMASK, &everything, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        try process.run()
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: output)
    }

    var processIdentifier: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }

    /// Sends SIGTERM, as `kill PID` or a cron timeout would.
    func terminate() { process.terminate() }

    /// Waits for the process to end and collects what it printed.
    func wait() -> CommandResult {
        process.waitUntilExit()
        let read = { (url: URL) in (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
        return CommandResult(arguments: arguments, status: process.terminationStatus,
                             signalled: process.terminationReason == .uncaughtSignal,
                             stdout: read(stdoutURL), stderr: read(stderrURL))
    }

    /// Runs `leadrecon ARGUMENTS` to its end.
    static func run(_ arguments: [String], in directory: URL = packageRoot,
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> CommandResult {
        try LeadreconProcess(arguments, in: directory, sourceLocation: sourceLocation).wait()
    }
}

/// A temporary folder for one test, removed when the test lets go of it.
final class Scratch {
    let url: URL

    init(in parent: URL = FileManager.default.temporaryDirectory) throws {
        url = parent.appendingPathComponent("leadrecon-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` (UTF-8) to `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }

    /// The names in `folder` (relative to this scratch folder), hidden ones included, sorted.
    func entries(_ folder: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? url.path : path(folder)).sorted()
    }

    /// Every regular file of `folder` with its bytes.
    func files(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try entries(folder) {
            files[name] = try Data(contentsOf: url.appendingPathComponent(folder).appendingPathComponent(name))
        }
        return files
    }
}
