import Foundation
import LeadreconLink
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A by-hand scale check, not a timed test: a million synthetic records under seven rules with
/// realistic key distributions, blocked with one and two threads, then clustered. It prints times
/// and memory and asserts only correctness. Off unless `LEADRECON_SCALE_CHECK=1`; run it in release
/// (other test targets use `@testable`, hence `-enable-testing`):
///
///     LEADRECON_SCALE_CHECK=1 swift test -c release -Xswiftc -enable-testing \
///         --scratch-path .build-block-release --filter BlockingScaleCheckTests
@Suite struct BlockingScaleCheckTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LEADRECON_SCALE_CHECK"] == "1"))
    func millionRecordsSevenRules() throws {
        let recordCount = 1_000_000
        let (raw, sources) = Self.syntheticKeys(recordCount: recordCount)
        let rssBefore = Self.memory("VmRSS")
        // Memory first, from one run of each step; then each step runs three times and the fastest
        // counts: the machine is shared, and a slow run says more about the neighbours than the code.
        var rules = raw.map { BlockingRule(name: $0.name, keys: $0.column()) }
        let rssKeys = Self.memory("VmRSS")
        var sequential = try CandidatePairs(recordCount: recordCount, rules: rules, sources: sources)
        let rssPairs = Self.memory("VmRSS")
        let peakOne = Self.memory("VmHWM")

        let keyTime = Self.fastest {
            // One rule at a time, as a normaliser hands over a column: one table stays warm.
            rules = raw.map { BlockingRule(name: $0.name, keys: $0.column()) }
        }
        let oneThread = try Self.fastest {
            sequential = try CandidatePairs(recordCount: recordCount, rules: rules, sources: sources)
        }
        var parallel = sequential
        let twoThreads = try Self.fastest {
            parallel = try CandidatePairs(
                recordCount: recordCount, rules: rules, sources: sources, options: BlockingOptions(threads: 2))
        }
        #expect(parallel.report == sequential.report)
        #expect(parallel.elementsEqual(sequential))

        // Pseudo-weights: 10 per rule that found the pair, plus noise; pairs found by two or more
        // rules pass the threshold, as matches would.
        let links = sequential.map { pair in
            WeightedLink(pair.i, pair.j, weight: Double(pair.rules.rawValue.nonzeroBitCount * 10 + (pair.i &* 31 &+ pair.j) % 10))
        }
        var clusters = try PersonClusters(recordCount: 0, links: [])
        let clusterTime = try Self.fastest {
            clusters = try PersonClusters(recordCount: recordCount, links: links, options: ClusteringOptions(threshold: 20))
        }

        print(sequential.report)
        print("skipped blocks: \(sequential.warnings.count), e.g. \(sequential.warnings.first.map(String.init(describing:)) ?? "-")")
        print("interning 7 × \(recordCount) keys: \(keyTime)")
        print("RSS: raw keys \(rssBefore) kB, + columns \(rssKeys) kB, + pairs \(rssPairs) kB; peak so far \(peakOne) kB")
        print("blocking, 1 thread: \(oneThread); 2 threads: \(twoThreads)")
        print("clustering \(links.count) links: \(clusterTime); \(clusters.report)")
        print("peak RSS overall \(Self.memory("VmHWM")) kB")
    }

    /// Wall-clock and process CPU time, to tell a slow run from a machine busy with other work.
    struct Instant {
        var wall: ContinuousClock.Instant
        var cpu: Double

        static func - (end: Instant, start: Instant) -> String {
            let wall = end.wall - start.wall
            let seconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) * 1e-18
            return String(format: "%.3f s wall, %.3f s CPU", seconds, end.cpu - start.cpu)
        }
    }

    /// The fastest of three runs of `body`.
    static func fastest(_ body: () throws -> Void) rethrows -> String {
        var best: (Instant, Instant)?
        for _ in 0..<3 {
            let start = now()
            try body()
            let end = now()
            if let current = best, current.1.wall - current.0.wall <= end.wall - start.wall { continue }
            best = (start, end)
        }
        return best!.1 - best!.0
    }

    static func now() -> Instant {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Instant(wall: ContinuousClock.now, cpu: Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9)
    }

    /// One rule's raw keys, back to back, as a normaliser would produce them.
    struct RawKeys {
        var name: String
        var bytes: [UInt8] = []
        /// Per record: the end of its key in `bytes`, or -1 for none.
        var ends: [Int] = []

        mutating func append(_ parts: [UInt8]...) {
            for (index, part) in parts.enumerated() {
                if index > 0 { bytes.append(0x1F) }
                bytes.append(contentsOf: part)
            }
            ends.append(bytes.count)
        }

        mutating func appendNone() { ends.append(-1) }

        func column() -> BlockingKeyColumn {
            var column = BlockingKeyColumn()
            column.reserveCapacity(ends.count)
            bytes.withUnsafeBytes { all in
                var start = 0
                for end in ends {
                    guard end >= 0 else {
                        column.appendNoKey()
                        continue
                    }
                    column.append(bytes: UnsafeRawBufferPointer(rebasing: all[start..<end]))
                    start = end
                }
            }
            return column
        }
    }

    /// Records of ~700,000 persons, a third of them twice, 60 % from source 0 and 40 % from source 1,
    /// under seven rules: e-mail, phone (some switchboard numbers), name pair both ways, e-mail local
    /// part (generic ones like info@ form blocks above 5000), last name + company, last name +
    /// postcode. Names and companies follow a Zipf-like law.
    static func syntheticKeys(recordCount: Int) -> ([RawKeys], [Int]) {
        var random = LinkTestRandom(seed: 42)
        let firstNames = (0..<3000).map { Array("first\($0)".utf8) }
        let lastNames = (0..<80_000).map { Array("last\($0)".utf8) }
        let companies = (0..<60_000).map { Array("company\($0)".utf8) }
        let genericLocals = ["info", "kontakt", "office", "sales", "mail", "hello", "service", "vertrieb"].map { Array($0.utf8) }
        let firstPick = ZipfTable(count: firstNames.count, offset: 5)
        let lastPick = ZipfTable(count: lastNames.count, offset: 30)
        let companyPick = ZipfTable(count: companies.count, offset: 10)

        let names = ["email", "phone", "first+last", "last+first", "email local part", "last+company", "last+postcode"]
        var keys = names.map { RawKeys(name: $0) }
        var sources: [Int] = []
        sources.reserveCapacity(recordCount)
        for record in 0..<recordCount {
            // Every third record repeats an earlier person: same seed, so the same values, mostly.
            let person = record % 3 == 2 ? UInt64.random(in: 0..<UInt64(record), using: &random) : UInt64(record)
            var own = LinkTestRandom(seed: person &* 0x9E37_79B9)
            let first = firstNames[firstPick.draw(&own)]
            let last = lastNames[lastPick.draw(&own)]
            let company = companies[companyPick.draw(&own)]
            let postcode = Array(String(10_000 + Int.random(in: 0..<8000, using: &own)).utf8)
            let generic = Double.random(in: 0..<1, using: &own) < 0.06
            let local = generic
                ? genericLocals[Int.random(in: 0..<genericLocals.count, using: &own)]
                : first + [0x2E] + last + Array(String(person % 100).utf8)
            let domain = generic || Bool.random(using: &own) ? company + Array(".de".utf8) : Array("gmail.com".utf8)
            let phone = Array(String(4_900_000_000 + person).utf8)
            let switchboard = Array(String(4_980_000_000 + UInt64(companyPick.draw(&own))).utf8)
            // The record's own noise: missing values.
            let hasEmail = Double.random(in: 0..<1, using: &random) < 0.85
            let phoneDraw = Double.random(in: 0..<1, using: &random)

            hasEmail ? keys[0].append(local + [0x40] + domain) : keys[0].appendNone()
            phoneDraw < 0.45 ? keys[1].append(phone) : phoneDraw < 0.55 ? keys[1].append(switchboard) : keys[1].appendNone()
            keys[2].append(first, last)
            keys[3].append(last, first)
            hasEmail ? keys[4].append(local) : keys[4].appendNone()
            keys[5].append(last, company)
            keys[6].append(last, postcode)
            sources.append(record < recordCount * 6 / 10 ? 0 : 1)
        }
        return (keys, sources)
    }

    /// Draws ranks with probability ∝ 1 / (rank + offset): a Zipf tail without a too heavy head.
    struct ZipfTable {
        private var cumulative: [Double] = []

        init(count: Int, offset: Double) {
            var total = 0.0
            cumulative = (0..<count).map { rank in
                total += 1 / (Double(rank) + 1 + offset)
                return total
            }
            cumulative = cumulative.map { $0 / total }
        }

        func draw(_ random: inout LinkTestRandom) -> Int {
            let u = Double.random(in: 0..<1, using: &random)
            var low = 0, high = cumulative.count - 1
            while low < high {
                let middle = (low + high) / 2
                if cumulative[middle] < u { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    /// A field of /proc/self/status in kB (0 where there is none).
    static func memory(_ field: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        let line = status.split(separator: "\n").first { $0.hasPrefix(field + ":") }
        return line.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
    }
}
