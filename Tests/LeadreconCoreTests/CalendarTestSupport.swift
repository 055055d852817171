import Foundation
import LeadreconCore
import LeadreconValues

/// Calendars and instants for the working-calendar tests. Instants are written with their UTC
/// offset (`2024-10-02T17:00+02:00`), so every expectation shows the wall-clock time and the
/// offset it was computed with by hand, and no expectation depends on the code under test.
enum CalendarFixture {
    static let berlinZone = TimeZone(identifier: "Europe/Berlin")!
    private static let reader = TimestampParser(timeZone: TimeZone(identifier: "UTC")!, order: .dayFirst)

    /// Europe/Berlin, Mon–Fri 08:00–18:00, nation-wide holidays, 24.12. and 31.12. closed.
    static let standard = WorkingCalendar()
    /// The same in the Land Berlin (adds 8.3.).
    static let berlin = WorkingCalendar(holidays: Pipeline.HolidayRegion(state: .berlin))
    /// The same in Bavaria (adds 6.1., Corpus Christi, 1.11.).
    static let bavaria = WorkingCalendar(holidays: Pipeline.HolidayRegion(state: .bavaria))
    /// Mon–Fri 08:00–12:00 and 13:00–18:00 (a lunch break).
    static let split = WorkingCalendar(hours: hours("Mon-Fri 08:00-12:00 13:00-18:00"))
    /// Mon–Thu 08:00–17:00, Fri 08:00–14:00 (days of unequal length).
    static let shortFriday = WorkingCalendar(hours: hours("Mon-Thu 08:00-17:00, Fri 08:00-14:00"))
    /// Around the clock, every day, no closed days (public holidays still close it).
    static let allHours = WorkingCalendar(hours: hours("Mon-Sun 00:00-24:00"), closedDays: [])
    /// Sundays only, 01:00–04:00: opening hours that contain the DST switch (02:00/03:00).
    static let sundayNight = WorkingCalendar(hours: hours("Sun 01:00-04:00"), closedDays: [])

    /// The calendars by name, for argument tables.
    static func calendar(_ name: String) -> WorkingCalendar {
        switch name {
        case "standard": standard
        case "berlin": berlin
        case "bavaria": bavaria
        case "split": split
        case "shortFriday": shortFriday
        case "allHours": allHours
        case "sundayNight": sundayNight
        default: fatalError("no calendar named \(name)")
        }
    }

    static func hours(_ text: String) -> Pipeline.WeeklyHours {
        guard let hours = Pipeline.WeeklyHours(text) else { fatalError("bad hours \(text)") }
        return hours
    }

    /// The instant of an ISO 8601 text with an offset.
    static func instant(_ text: String) -> Int64 {
        guard let timestamp = reader.parse(text).parsed, timestamp.precision == .datetime else {
            fatalError("bad instant \(text)")
        }
        return timestamp.secondsSinceEpoch
    }

    /// A timestamp read from ISO 8601 text: with an offset a date-time, a bare date date-only
    /// (local midnight in `zone`).
    static func timestamp(_ text: String, zone: TimeZone = TimeZone(identifier: "UTC")!) -> Timestamp {
        guard let timestamp = TimestampParser(timeZone: zone, order: .dayFirst).parse(text).parsed else {
            fatalError("bad timestamp \(text)")
        }
        return timestamp
    }

    /// The instant as Berlin wall-clock time with offset, e.g. `2024-10-04T09:00:00+02:00`.
    static func text(_ seconds: Int64) -> String {
        seconds == .max ? "never" : Timestamp(secondsSinceEpoch: seconds).iso8601String(in: berlinZone)
    }

    /// `text(instant(_:))`: an expectation in the form results are printed in.
    static func normalized(_ text: String) -> String {
        Self.text(instant(text))
    }

    static func date(_ text: String) -> LocalDate {
        guard let date = LocalDate(text) else { fatalError("bad date \(text)") }
        return date
    }
}

/// SplitMix64: a small seeded generator, so that property tests draw the same sample on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
