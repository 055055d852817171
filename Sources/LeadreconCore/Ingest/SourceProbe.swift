public import LeadreconCSV

/// A quick look at a file without loading it: its layout, its header and which role and preset fit
/// it best. Used by `validate` (before anything runs), `inspect` and `init`.
public struct SourceProbe: Sendable {
    public var path: String
    public var header: [String]
    public var delimiter: String
    public var delimiterReason: String
    public var headerLine: Int
    /// The best-fitting role and preset, and how well it fits.
    public var role: SourceRole
    public var score: HeaderMapping.Score

    private struct StopReading: Error {}

    /// Reads `path` up to its first data row.
    public init(path: String, options: CSVReadOptions = CSVReadOptions(), mapper: HeaderMapper = HeaderMapper()) throws {
        let reader = try CSVReader(path: path, options: options)
        do {
            try reader.read(row: { _ in throw StopReading() }, reject: { _ in })
        } catch is StopReading {
            // The header is known once the first data row arrives.
        }
        self.path = path
        header = reader.header
        delimiter = reader.dialect.delimiterName
        delimiterReason = reader.dialect.delimiterReason
        headerLine = reader.dialect.headerLine
        var best: (SourceRole, HeaderMapping.Score)?
        for preset in mapper.presets {
            let score = mapper.score(preset, headers: header, role: preset.role)
            if best == nil || score.matched > best!.1.matched { best = (preset.role, score) }
        }
        role = best?.0 ?? .people
        score = best?.1 ?? HeaderMapping.Score(preset: "generic_people", matched: 0, total: header.count)
    }
}
