import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// DESIGN.md: "a failed or interrupted run leaves the previous reports intact". A run over a large
/// input is killed with SIGTERM while it is still reading; the reports of the run before must be
/// untouched, and the killed run must leave neither its staging folder nor its lock behind.
@Suite struct InterruptedRunTests {
    /// Input sizes tried in turn: a debug build reads 30 MB in well over a second, a release build
    /// may finish it before the signal, and then gets a bigger file.
    static let sizes = [30, 120, 360].map { $0 << 20 }

    @Test func sigtermDuringARunLeavesThePreviousReports() throws {
        let scratch = try Scratch()
        let small = try SmallPipeline.write(into: scratch)
        let out = scratch.path("reports/out")
        let first = try LeadreconProcess.run(["run", small, "--out", out, "--quiet"])
        #expect(first.status == 0, "\(first)")
        let previous = try scratch.files("reports/out")
        #expect(previous.keys.sorted() == ["rejects.csv", "report.html", "report.md", "summary.json"])

        var killed: CommandResult?
        var killedPID: Int32 = 0
        for size in Self.sizes {
            let big = try scratch.write("big.csv", Self.contacts(bytes: size))
            let pipeline = try scratch.write("big.yaml", SmallPipeline.yaml(source: big))
            let process = try LeadreconProcess(["run", pipeline, "--out", out])
            Thread.sleep(forTimeInterval: 0.2)
            // Signal only once the run has its staging folder, so there is something to leave behind.
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning, Date() < deadline, try !scratch.entries("reports").contains(where: { $0.hasPrefix(".out.staging-") }) {
                Thread.sleep(forTimeInterval: 0.02)
            }
            guard process.isRunning else {
                let finished = process.wait()
                #expect(finished.status == 0, "\(finished)")
                continue
            }
            killedPID = process.processIdentifier
            process.terminate()
            killed = process.wait()
            break
        }
        let interrupted = try #require(killed, "every run finished before SIGTERM; the input sizes need to grow")
        #expect(interrupted.signalled && interrupted.status == SIGTERM, "\(interrupted)")

        #expect(try scratch.files("reports/out") == previous, "the previous reports are intact, byte for byte")
        // The signal is taken by the run, which removes its staging folder and releases its lock
        // before it lets the signal end it. .leadrecon/ holds the run history (of the first run
        // only: the killed one is not recorded).
        #expect(try scratch.entries("reports") == [".leadrecon", "out"], "no staging folder or lock of pid \(killedPID) left")

        let next = try LeadreconProcess.run(["run", small, "--out", out])
        #expect(next.status == 0, "\(next)")
        #expect(!next.stderr.contains("stale lock"), "nothing to take over: \(next)")
        #expect(try scratch.entries("reports") == [".leadrecon", "out"])
        #expect(try scratch.entries("reports/out") == ["rejects.csv", "report.html", "report.md", "summary.json"])
    }

    /// A HubSpot-style export of about `bytes` bytes (the small pipeline's columns).
    static func contacts(bytes: Int) -> Data {
        var data = Data(capacity: bytes + 200)
        data.append(contentsOf: "Record ID,First Name,Last Name,Email,Lifecycle Stage,Create Date\n".utf8)
        let tail = Array(",Anna,Becker,anna.becker@example.com,Marketing Qualified Lead,2026-11-02 09:14\n".utf8)
        var id = 100_000
        while data.count < bytes {
            data.append(contentsOf: String(id).utf8)
            data.append(contentsOf: tail)
            id += 1
        }
        return data
    }
}
