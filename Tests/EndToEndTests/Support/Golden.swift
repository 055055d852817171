import Foundation
import Testing

/// Golden files: the expected bytes of an end-to-end output, kept beside the tests in
/// `Golden/<pipeline>/<file>` and compared byte for byte.
///
/// `RECORD_SNAPSHOTS=1 swift test --filter EndToEndTests` rewrites the files that differ (as
/// swift-argument-parser's `assertSnapshot` does) and says so in a warning; a normal run never
/// writes and fails with the first differing line.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    static var isRecording: Bool {
        let value = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] ?? ""
        return !value.isEmpty && value != "0"
    }

    static let rerecordHint = "if the change is intended, re-record with: RECORD_SNAPSHOTS=1 swift test --filter EndToEndTests"

    /// Compares `actual` with the golden file `name` (e.g. `default/rejects.csv`), or records it.
    static func check(_ actual: Data, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent(name)
        let expected = try? Data(contentsOf: file)
        if expected == actual { return }
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: file)
                Issue.record("recorded golden file Golden/\(name)", severity: .warning, sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot record Golden/\(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected else {
            Issue.record("no golden file Golden/\(name); record it with: RECORD_SNAPSHOTS=1 swift test --filter EndToEndTests",
                         sourceLocation: sourceLocation)
            return
        }
        Issue.record(Comment(rawValue: "Golden/\(name) differs from the output: " + firstDifference(expected: expected, actual: actual)
                        + "\n" + rerecordHint), sourceLocation: sourceLocation)
    }

    /// `line N` with the expected and actual text of the first line that differs, CR and other
    /// control characters made visible.
    static func firstDifference(expected: Data, actual: Data) -> String {
        let expectedLines = lines(expected), actualLines = lines(actual)
        let count = max(expectedLines.count, actualLines.count)
        for index in 0..<count {
            let want = index < expectedLines.count ? expectedLines[index] : nil
            let got = index < actualLines.count ? actualLines[index] : nil
            if want != got {
                return "first difference at line \(index + 1) "
                    + "(expected \(expectedLines.count) lines / \(expected.count) bytes, got \(actualLines.count) / \(actual.count))\n"
                    + "  expected: \(want.map(visible) ?? "<end of file>")\n"
                    + "  actual:   \(got.map(visible) ?? "<end of file>")"
            }
        }
        return "the bytes differ but every line is the same (expected \(expected.count) bytes, got \(actual.count))"
    }

    /// Lines split at LF only, so a CR stays in its line and shows up in a difference.
    static func lines(_ data: Data) -> [Data] {
        var lines = data.split(separator: 0x0A, omittingEmptySubsequences: false).map { Data($0) }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    static func visible(_ line: Data) -> String {
        var text = ""
        for scalar in String(decoding: line, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{FEFF}": text += "<BOM>"
            case _ where scalar.value < 0x20: text += "\\u{\(String(scalar.value, radix: 16))}"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}
