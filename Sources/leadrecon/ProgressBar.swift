import Foundation
import LeadreconCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress bar on stderr: stage, item, bar, percentage, count, rate and ETA.
///
/// Only for a person watching: ``forTerminal(quiet:format:)`` gives none when stderr is not a
/// terminal (cron, a pipe, a file), under `--quiet` or with JSON logs. Redrawn at most ten times a
/// second and erased (`CR`, clear line) before every log line and at the end, so no bar is left in
/// the scrollback. Not thread-safe by itself: ``RunLog`` calls it under its lock.
final class ProgressBar {
    private let write: (String) -> Void
    private let now: () -> Date
    private var current: RunProgress?
    private var itemStarted = Date()
    private var lastDraw: Date?
    private var visible = false
    static let interval: TimeInterval = 0.1
    static let barWidth = 24

    init(write: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) },
         now: @escaping () -> Date = Date.init) {
        self.write = write
        self.now = now
    }

    /// A bar when stderr is a terminal and nothing asked for silence or machine-readable logs.
    static func forTerminal(quiet: Bool, format: LogFormat) -> ProgressBar? {
        guard !quiet, format == .text, isatty(STDERR_FILENO) == 1 else { return nil }
        return ProgressBar()
    }

    func update(_ progress: RunProgress) {
        let time = now()
        if current?.stage != progress.stage || current?.item != progress.item {
            itemStarted = time
            lastDraw = nil
        }
        current = progress
        if progress.finished {
            erase()
            return
        }
        if let lastDraw, time.timeIntervalSince(lastDraw) < Self.interval { return }
        lastDraw = time
        draw(progress, at: time)
    }

    /// Draws the last state again (after a log line erased it).
    func redraw() {
        guard let current, !current.finished else { return }
        draw(current, at: now())
    }

    func erase() {
        guard visible else { return }
        write("\r\u{1B}[2K")
        visible = false
    }

    private func draw(_ progress: RunProgress, at time: Date) {
        write("\r\u{1B}[2K" + Self.line(progress, elapsed: time.timeIntervalSince(itemStarted)))
        visible = true
    }

    /// The bar's text, e.g. `ingest contacts [#########-----------]  45% 120,000 rows 85,000 rows/s ETA 0:03`.
    static func line(_ progress: RunProgress, elapsed: TimeInterval) -> String {
        var parts = ["\(progress.stage) \(progress.item)"]
        if let fraction = progress.fraction {
            let filled = Int((fraction * Double(barWidth)).rounded(.down))
            parts.append("[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "]")
            parts.append(String(format: "%3d%%", Int((fraction * 100).rounded(.down))))
        }
        parts.append("\(grouped(progress.done)) \(progress.unit)")
        if elapsed > 0.05 {
            parts.append("\(grouped(Int(Double(progress.done) / elapsed))) \(progress.unit)/s")
            if let fraction = progress.fraction, fraction > 0.001 {
                parts.append("ETA " + clock(elapsed * (1 - fraction) / fraction))
            }
        }
        return parts.joined(separator: " ")
    }

    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    static func clock(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded(.up))
        return whole >= 3600 ? String(format: "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
            : String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
