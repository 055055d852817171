extension RawPipeline {
    /// A `sources` entry.
    struct Source {
        static let keys = ["name", "role", "path", "preset", "columns", "delimiter", "encoding",
                           "date_order", "number_notation", "time_zone", "max_field_bytes", "statuses"]

        var location: SourceLocation
        var writtenKeys: Set<String>
        var name: RawScalar?
        var role: RawScalar?
        var path: RawScalar?
        var preset: RawScalar?
        var columns: RawList<(key: RawScalar, value: RawScalar)>?
        var delimiter: RawScalar?
        var encoding: RawScalar?
        var dateOrder: RawScalar?
        var numberNotation: RawScalar?
        var timeZone: RawScalar?
        var maxFieldBytes: RawScalar?
        var statuses: RawList<(key: RawScalar, value: RawScalar)>?

        init(_ reader: MappingReader) {
            location = reader.location
            writtenKeys = reader.writtenKeys
            name = reader.scalar("name")
            role = reader.scalar("role")
            path = reader.scalar("path")
            preset = reader.scalar("preset")
            columns = reader.scalarMap("columns")
            delimiter = reader.scalar("delimiter")
            encoding = reader.scalar("encoding")
            dateOrder = reader.scalar("date_order")
            numberNotation = reader.scalar("number_notation")
            timeZone = reader.scalar("time_zone")
            maxFieldBytes = reader.scalar("max_field_bytes")
            statuses = reader.scalarMap("statuses")
        }
    }
}
