extension RawPipeline {
    /// The `calendar` section.
    struct Calendar {
        static let keys = ["time_zone", "hours", "holidays", "closed_days", "teams"]

        var timeZone: RawScalar?
        var hours: RawScalar?
        var holidays: Holidays?
        var closedDays: RawList<RawScalar>?
        var teams: RawList<Team>?

        init(_ reader: MappingReader, log: DiagnosticLog) {
            timeZone = reader.scalar("time_zone")
            hours = reader.scalar("hours")
            holidays = reader.mapping("holidays", keys: Holidays.keys).map { Holidays($0) }
            closedDays = reader.scalarList("closed_days")
            teams = reader.list("teams") { node in
                MappingReader.readingEntry(node, of: "teams", keys: Team.keys, log: log).map { Team($0) }
            }
        }
    }

    /// A `holidays` mapping: `{country: DE, state: BE}`.
    struct Holidays {
        static let keys = ["country", "state"]

        var location: SourceLocation
        var country: RawScalar?
        var state: RawScalar?

        init(_ reader: MappingReader) {
            location = reader.location
            country = reader.scalar("country")
            state = reader.scalar("state")
        }
    }

    /// A `teams` entry.
    struct Team {
        static let keys = ["name", "owners", "hours", "holidays"]

        var location: SourceLocation
        var writtenKeys: Set<String>
        var name: RawScalar?
        var owners: RawList<RawScalar>?
        var hours: RawScalar?
        var holidays: Holidays?

        init(_ reader: MappingReader) {
            location = reader.location
            writtenKeys = reader.writtenKeys
            name = reader.scalar("name")
            owners = reader.scalarList("owners")
            hours = reader.scalar("hours")
            holidays = reader.mapping("holidays", keys: Holidays.keys).map { Holidays($0) }
        }
    }
}
