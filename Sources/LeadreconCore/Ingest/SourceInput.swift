public import Foundation
public import LeadreconCSV
public import LeadreconValues

/// What the ingest stage reads for one source, and how: the boundary between a pipeline file's
/// `sources:` entry and the reader, so a test (or `inspect`) can ingest a file without a pipeline.
public struct SourceInput: Sendable {
    /// The source's name in the pipeline file (`source` column of `rejects.csv` and `people.csv`).
    public var name: String
    public var role: SourceRole
    /// The file, as given (relative paths already resolved against the pipeline file).
    public var path: String
    /// A header preset name, or `nil` to detect one.
    public var preset: String?
    /// Canonical field → header text, over the preset's choice.
    public var columnOverrides: [CanonicalField: String]
    public var readOptions: CSVReadOptions
    /// The zone of timestamps written without an offset.
    public var timeZone: TimeZone
    /// Day-first or month-first for numeric dates, or `nil` to decide per column from the values.
    public var dateOrder: DateOrder?
    /// German or English number notation, or `nil` to decide per column.
    public var numberNotation: NumberNotation?

    public init(name: String, role: SourceRole, path: String, preset: String? = nil,
                columnOverrides: [CanonicalField: String] = [:], readOptions: CSVReadOptions = CSVReadOptions(),
                timeZone: TimeZone = TimeZone(identifier: "Europe/Berlin")!, dateOrder: DateOrder? = nil,
                numberNotation: NumberNotation? = nil) {
        self.name = name
        self.role = role
        self.path = path
        self.preset = preset
        self.columnOverrides = columnOverrides
        self.readOptions = readOptions
        self.timeZone = timeZone
        self.dateOrder = dateOrder
        self.numberNotation = numberNotation
    }
}
