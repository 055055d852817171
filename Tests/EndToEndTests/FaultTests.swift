import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Faults around the outputs (issue 7): an output directory that cannot be created, a disk that
/// fills up mid-write. Either way: exit 2 with a line naming the path, the previous reports byte
/// for byte as they were, no staging folder or lock left behind. Tests run as root, which ignores
/// permission bits, so "unwritable" is made with a path under a regular file and "disk full" with
/// a file-size limit (`ulimit -f`, RLIMIT_FSIZE: writes past it fail with EFBIG as on a full disk).
@Suite struct FaultTests {
    @Test func outputDirectoryUnderARegularFile() throws {
        let scratch = try Scratch()
        let pipeline = try SmallPipeline.write(into: scratch)
        let file = try scratch.write("reports.txt", "a file, not a folder\n")
        let result = try LeadreconProcess.run(["run", pipeline, "--out", file + "/out"])
        #expect(result.status == 2, "\(result)")
        let reason = result.stderrLines.last ?? ""
        #expect(reason.hasPrefix("leadrecon: \(file): cannot create"), "\(result)")
        #expect(reason.contains("check the output directory's permissions and free space"), "\(result)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "a file, not a folder\n")
    }

    /// The first run writes its reports; the second runs under a 1 KiB file-size limit, so the
    /// first report larger than that (`report.html`, written before `summary.json`; `rejects.csv`
    /// and the lock are smaller) cannot be written.
    @Test func diskFullLeavesThePreviousReports() throws {
        let scratch = try Scratch()
        let pipeline = try SmallPipeline.write(into: scratch)
        let out = scratch.path("reports/out")
        let first = try LeadreconProcess.run(["run", pipeline, "--out", out, "--quiet"])
        #expect(first.status == 0, "\(first)")
        let previous = try scratch.files("reports/out")
        let reportSize = try #require(previous["report.html"]).count
        #expect(reportSize > 1024, "report.html must be larger than the limit for this test to mean anything")

        let full = try Self.runLimited(fileSizeKiB: 1, ["run", pipeline, "--out", out])
        #expect(full.status == 2 && !full.signalled, "exit 2, not killed by SIGXFSZ: \(full)")
        let reason = full.stderrLines.last ?? ""
        #expect(reason.hasPrefix("leadrecon: "), "\(full)")
        #expect(reason.hasSuffix("report.html: cannot write (File too large); check free disk space and permissions"), "\(full)")
        #expect(try scratch.files("reports/out") == previous, "the previous reports are intact, byte for byte")
        #expect(try scratch.entries("reports") == [".leadrecon", "out"], "no staging folder or lock left behind (.leadrecon: the history)")
    }

    /// A read-only file system under the reports (a tmpfs remounted read-only, which root cannot
    /// write either): the second run cannot even take its lock, exits 2 naming the path, and the
    /// first run's reports stay. Needs root and mount(2); skipped where they are missing.
    @Test(.enabled(if: TmpfsMount.available, "needs root and permission to mount a tmpfs"))
    func readOnlyFileSystemLeavesThePreviousReports() throws {
        let scratch = try Scratch()
        let pipeline = try SmallPipeline.write(into: scratch)
        let mountPoint = scratch.path("mnt")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        try #require(TmpfsMount.run(["-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint]))
        defer { _ = TmpfsMount.run(["-u", mountPoint]) }
        let out = mountPoint + "/reports/out"
        let first = try LeadreconProcess.run(["run", pipeline, "--out", out, "--quiet"])
        #expect(first.status == 0, "\(first)")
        let previous = try scratch.files("mnt/reports/out")
        try #require(TmpfsMount.run(["-o", "remount,ro", mountPoint]))

        let second = try LeadreconProcess.run(["run", pipeline, "--out", out])
        #expect(second.status == 2, "\(second)")
        let reason = second.stderrLines.last ?? ""
        #expect(reason.hasPrefix("leadrecon: \(mountPoint)/reports/.out.lock: cannot create (Read-only file system)"), "\(second)")
        #expect(try scratch.files("mnt/reports/out") == previous, "the previous reports are intact, byte for byte")
        #expect(try scratch.entries("mnt/reports") == [".leadrecon", "out"])
    }

    /// `leadrecon ARGUMENTS` under `ulimit -f` (a shell sets the limit, then execs the command).
    static func runLimited(fileSizeKiB: Int, _ arguments: [String]) throws -> CommandResult {
        let executable = try #require(LeadreconProcess.executable)
        let scratch = try Scratch()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // POSIX sh counts `ulimit -f` in 512-byte blocks.
        process.arguments = ["-c", "ulimit -f \(fileSizeKiB * 2) && exec \"$0\" \"$@\"", executable.path] + arguments
        process.currentDirectoryURL = packageRoot
        process.standardInput = FileHandle.nullDevice
        let stdoutURL = scratch.url.appendingPathComponent("stdout"), stderrURL = scratch.url.appendingPathComponent("stderr")
        try Data().write(to: stdoutURL)
        try Data().write(to: stderrURL)
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        try process.run()
        process.waitUntilExit()
        let read = { (url: URL) in (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
        return CommandResult(arguments: arguments, status: process.terminationStatus,
                             signalled: process.terminationReason == .uncaughtSignal,
                             stdout: read(stdoutURL), stderr: read(stderrURL))
    }
}

/// mount(8) and umount(8) for the read-only file-system test.
enum TmpfsMount {
    /// Root, and a tmpfs can be mounted here (containers often forbid it).
    static let available: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/mount") else { return false }
        guard let probe = try? Scratch() else { return false }
        guard run(["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.url.path]) else { return false }
        _ = run(["-u", probe.url.path])
        return true
    }()

    /// Runs `mount ARGUMENTS` (`-u PATH` runs `umount PATH`); true when it succeeded.
    static func run(_ arguments: [String]) -> Bool {
        let process = Process()
        let unmount = arguments.first == "-u"
        process.executableURL = URL(fileURLWithPath: unmount ? "/usr/bin/umount" : "/usr/bin/mount")
        process.arguments = unmount ? Array(arguments.dropFirst()) : arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
