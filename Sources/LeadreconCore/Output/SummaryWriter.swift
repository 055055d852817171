public import Foundation

/// Writes `summary.json` with sorted keys and snake_case names, so the same run writes the same bytes.
public enum SummaryWriter {
    public static func encode(_ summary: RunSummary) throws -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(summary)
        data.append(0x0A)
        return data
    }

    public static func write(_ summary: RunSummary, to url: URL) throws(RunError) {
        do {
            try encode(summary).write(to: url)
        } catch {
            throw .cannotWrite(path: url.path, reason: WriteFailureReason.of(error))
        }
    }
}
