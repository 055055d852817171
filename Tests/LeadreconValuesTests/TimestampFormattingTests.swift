import Foundation
import LeadreconValues
import Testing

/// ISO 8601 output, and the round-trip law: formatting an instant and reading the text back gives
/// the same instant, in any zone, for any instant.
@Suite struct TimestampFormattingTests {
    static let march12At0914 = Timestamp(secondsSinceEpoch: 1_710_231_240)  // 08:14Z

    @Test(arguments: [
        (TimeZone.berlin, "2024-03-12T09:14:00+01:00"),
        (.utc, "2024-03-12T08:14:00+00:00"),
        (.newYork, "2024-03-12T04:14:00-04:00"),
        (.kathmandu, "2024-03-12T13:59:00+05:45"),
        (.chatham, "2024-03-12T21:59:00+13:45"),
    ])
    func dateTime(zone: TimeZone, expected: String) {
        #expect(Self.march12At0914.iso8601String(in: zone) == expected)
        #expect(Self.march12At0914.formatted(in: zone) == expected)
    }

    @Test(arguments: [
        (Timestamp(secondsSinceEpoch: 0), TimeZone.utc, "1970-01-01T00:00:00+00:00"),
        (Timestamp(secondsSinceEpoch: -1), .utc, "1969-12-31T23:59:59+00:00"),
        (Timestamp(secondsSinceEpoch: 951_782_400), .utc, "2000-02-29T00:00:00+00:00"),
        (Timestamp(secondsSinceEpoch: 253_402_300_799), .utc, "9999-12-31T23:59:59+00:00"),
        (Timestamp(secondsSinceEpoch: -62_135_596_800), .utc, "0001-01-01T00:00:00+00:00"),
        // Berlin kept local mean time, 53 minutes 28 seconds ahead of UTC, until 1893.
        (Timestamp(secondsSinceEpoch: -3_786_825_600), .berlin, "1850-01-01T00:53:28+00:53:28"),
        (Timestamp(secondsSinceEpoch: 1_729_989_000), .berlin, "2024-10-27T02:30:00+02:00"),
        (Timestamp(secondsSinceEpoch: 1_729_992_600), .berlin, "2024-10-27T02:30:00+01:00"),
    ])
    func edges(stamp: Timestamp, zone: TimeZone, expected: String) {
        #expect(stamp.iso8601String(in: zone) == expected)
    }

    @Test func dateOnly() {
        let midnight = Timestamp(secondsSinceEpoch: 1_710_198_000, precision: .date)  // Berlin
        #expect(midnight.iso8601DateString(in: .berlin) == "2024-03-12")
        #expect(midnight.iso8601DateString(in: .utc) == "2024-03-11", "another zone, another day")
        #expect(midnight.formatted(in: .berlin) == "2024-03-12")
        #expect(midnight.description == "2024-03-11T23:00:00+00:00 (date)")
        #expect(Self.march12At0914.description == "2024-03-12T08:14:00+00:00")
    }

    /// A deterministic sample of instants from 1800 to 2200 (a prime step, so seconds, minutes
    /// and days all vary), formatted in each zone and read back by a parser of another zone.
    @Test(arguments: [TimeZone.berlin, .newYork, .utc, .kolkata, .saoPaulo, .lordHowe, .kathmandu, .chatham])
    func dateTimeRoundTrip(zone: TimeZone) {
        let reader = TimestampParser(timeZone: .newYork, order: .monthFirst)
        var checked = 0
        for seconds in stride(from: Int64(-5_364_662_400), to: 7_258_118_400, by: 4_999_999_937 / 1000) {
            let stamp = Timestamp(secondsSinceEpoch: seconds)
            let text = stamp.iso8601String(in: zone)
            #expect(reader.parse(text) == .value(stamp), "\(text)")
            checked += 1
        }
        #expect(checked > 2000)
    }

    /// Every 97th day from 0001 to 9999 (plus the transition days of 2024): a date read in a zone
    /// formats back to its text there, and that text reads back to the same timestamp.
    @Test(arguments: [TimeZone.berlin, .newYork, .saoPaulo, .lordHowe, .chatham])
    func dateRoundTrip(zone: TimeZone) throws {
        let parser = TimestampParser(timeZone: zone, order: .dayFirst)
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = .utc
        var days = Array(stride(from: -719_162, to: 2_932_896, by: 97))
        days += Array(19_720...19_730) + Array(20_020...20_030)  // 2023-12-29…, 2024-10-25…
        for day in days {
            let date = Date(timeIntervalSince1970: TimeInterval(day) * 86_400)
            let parts = utc.dateComponents([.year, .month, .day], from: date)
            let text = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
            let stamp = try #require(parser.parse(text).parsed, "\(text)")
            #expect(stamp.precision == .date)
            #expect(stamp.iso8601DateString(in: zone) == text)
            #expect(parser.parse(stamp.formatted(in: zone)) == .value(stamp))
        }
    }
}
