import Foundation
import LeadreconValues
import Testing

/// Wall times without an offset, resolved in the parser's time zone: DST nights, date-only values,
/// and a cross-check against Foundation's `Calendar`, an independent implementation using the same
/// rules (skipped hour moved forward, repeated hour first occurrence). Literal instants were
/// computed with Python's zoneinfo.
@Suite struct TimestampZoneTests {
    /// Europe/Berlin, 2024-03-31: clocks jump from 02:00 (+01:00) to 03:00 (+02:00) at 01:00Z.
    /// 2024-10-27: clocks fall back from 03:00 (+02:00) to 02:00 (+01:00) at 01:00Z.
    @Test(arguments: [
        ("31.03.2024 01:59:59", 1_711_846_799),  // last second of CET
        ("31.03.2024 02:00", 1_711_846_800),  // skipped: moved forward to 03:00+02:00
        ("31.03.2024 02:30", 1_711_848_600),  // skipped: 03:30+02:00 = 01:30Z
        ("31.03.2024 02:59", 1_711_850_340),  // skipped: 03:59+02:00
        ("31.03.2024 03:00", 1_711_846_800),  // first second of CEST
        ("27.10.2024 01:59:59", 1_729_987_199),
        ("27.10.2024 02:00", 1_729_987_200),  // repeated: first occurrence, +02:00
        ("27.10.2024 02:30", 1_729_989_000),  // repeated: 02:30+02:00 = 00:30Z, not 01:30Z
        ("27.10.2024 02:59:59", 1_729_990_799),
        ("27.10.2024 03:00", 1_729_994_400),  // +01:00 again
    ])
    func berlinTransitionNights(text: String, expected: Int64) {
        let parser = TimestampParser(timeZone: .berlin, order: .dayFirst)
        #expect(parser.parse(text) == .value(Timestamp(secondsSinceEpoch: expected)))
    }

    @Test(arguments: [
        (TimeZone.newYork, "2024-03-10 02:30", Int64(1_710_055_800)),  // skipped: 03:30-04:00
        (.newYork, "2024-11-03 01:30", 1_730_611_800),  // repeated: 01:30-04:00
        (.lordHowe, "2024-10-06 02:15", 1_728_143_100),  // skipped half hour: 02:45+11:00
        (.lordHowe, "2024-04-07 01:45", 1_712_414_700),  // repeated half hour: 01:45+11:00
        (.berlin, "2024-07-01 09:14", 1_719_818_040),  // summer time
        (.utc, "2024-03-12 09:14", 1_710_234_840),
    ])
    func otherZones(zone: TimeZone, text: String, expected: Int64) {
        let parser = TimestampParser(timeZone: zone, order: .dayFirst)
        #expect(parser.parse(text) == .value(Timestamp(secondsSinceEpoch: expected)))
    }

    /// Date-only values are local midnight with precision `.date`, also on transition days and
    /// where midnight itself is skipped (São Paulo 2018-11-04 began at 01:00).
    @Test(arguments: [
        (TimeZone.berlin, "31.03.2024", Int64(1_711_839_600), "2024-03-31"),
        (.berlin, "27.10.2024", 1_729_980_000, "2024-10-27"),
        (.saoPaulo, "04.11.2018", 1_541_300_400, "2018-11-04"),
        (.newYork, "12.03.2024", 1_710_216_000, "2024-03-12"),
    ])
    func dateOnlyIsLocalMidnight(zone: TimeZone, text: String, expected: Int64, day: String) throws {
        let parser = TimestampParser(timeZone: zone, order: .dayFirst)
        let stamp = try #require(parser.parse(text).parsed)
        #expect(stamp == Timestamp(secondsSinceEpoch: expected, precision: .date))
        #expect(stamp.iso8601DateString(in: zone) == day, "the day survives in its own zone")
        #expect(stamp.formatted(in: zone) == day)
    }

    /// An explicit offset fixes the instant; the parser's zone plays no part.
    @Test(arguments: [TimeZone.berlin, .newYork, .kolkata, .chatham, .utc])
    func explicitOffsetIgnoresZone(zone: TimeZone) {
        let parser = TimestampParser(timeZone: zone, order: .monthFirst)
        let expected = ValueParse.value(Timestamp(secondsSinceEpoch: 1_711_848_600))
        #expect(parser.parse("2024-03-31T02:30:00+01:00") == expected)  // a Berlin gap wall time
        #expect(parser.parse("2024-03-31T01:30:00Z") == expected)
        #expect(parser.parse("2024-03-31T01:30:00.000+0000") == expected)
    }

    @Test func precisionFollowsTheText() throws {
        let parser = TimestampParser(timeZone: .berlin, order: .dayFirst)
        let day = try #require(parser.parse("12.03.2024").parsed)
        let midnight = try #require(parser.parse("12.03.2024 00:00").parsed)
        #expect(day.precision == .date)
        #expect(midnight.precision == .datetime)
        #expect(parser.parse("2024-03-12T00:00:00Z").parsed?.precision == .datetime)
        #expect(day.secondsSinceEpoch == midnight.secondsSinceEpoch)
        #expect(day != midnight, "precision is part of equality")
        #expect(day < midnight && !(midnight < day), "ordering agrees with equality")
    }

    /// Every transition of 2022–2026 in zones with 60- and 30-minute shifts, at every
    /// 10 minutes from 3 hours before to 3 hours after, plus a sweep over 1950–2040 in steps of
    /// 3 days 1 hour 7 minutes: the parser agrees with `Calendar.date(from:)`.
    @Test(arguments: [TimeZone.berlin, .newYork, .saoPaulo, .lordHowe, .chatham, .kathmandu, .kolkata])
    func agreesWithFoundationCalendar(zone: TimeZone) throws {
        let parser = TimestampParser(timeZone: zone, order: .dayFirst)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var localTimes: [DateComponents] = []
        var cursor = Date(timeIntervalSince1970: 1_640_995_200)  // 2022-01-01
        while let transition = zone.nextDaylightSavingTimeTransition(after: cursor),
            transition.timeIntervalSince1970 < 1_798_761_600  // 2027-01-01
        {
            let offsetBefore = zone.secondsFromGMT(for: transition.addingTimeInterval(-1))
            let localTransition = Int(transition.timeIntervalSince1970) + offsetBefore
            for step in stride(from: -3 * 3600, through: 3 * 3600, by: 600) {
                localTimes.append(Self.components(localSeconds: localTransition + step))
            }
            cursor = transition
        }
        for local in stride(from: -631_152_000, to: 2_208_988_800, by: 3 * 86_400 + 3600 + 420) {
            localTimes.append(Self.components(localSeconds: local))
        }
        #expect(localTimes.count > 10_000)
        for components in localTimes {
            let expected = try #require(calendar.date(from: components))
            let text = String(
                format: "%04d-%02d-%02d %02d:%02d:%02d", components.year!, components.month!,
                components.day!, components.hour!, components.minute!, components.second!)
            #expect(
                parser.parse(text) == .value(Timestamp(secondsSinceEpoch: Int64(expected.timeIntervalSince1970))),
                "\(text) in \(zone.identifier)")
        }
    }

    /// One parser shared by several tasks (its day cache behind a lock) reads like one used
    /// alone: the documented concurrency contract. Values span 211 years, more than twice the
    /// cache's 89, so the tasks keep evicting and refilling each other's cache slots.
    @Test func sharedParserAgreesWithSequentialUse() async {
        let values = (0..<4000).map { index -> String in
            let day = 1 + index % 28, month = 1 + index % 12, year = 1880 + index % 211
            return "\(day).\(month).\(year) \(index % 24):\(10 + index % 50)"
        }
        let expected = values.map { TimestampParser(timeZone: .berlin, order: .dayFirst).parse($0) }
        let shared = TimestampParser(timeZone: .berlin, order: .dayFirst)
        let results = await withTaskGroup(of: [ValueParse<Timestamp>].self) { group in
            for _ in 0..<4 {
                group.addTask { values.map { shared.parse($0) } }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 4)
        for result in results {
            #expect(result == expected)
        }
    }

    /// Civil components of `localSeconds` read as seconds since 1970-01-01T00:00 wall time.
    private static func components(localSeconds: Int) -> DateComponents {
        var utcCalendar = Calendar(identifier: .gregorian)
        utcCalendar.timeZone = .utc
        return utcCalendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second],
            from: Date(timeIntervalSince1970: TimeInterval(localSeconds)))
    }
}
