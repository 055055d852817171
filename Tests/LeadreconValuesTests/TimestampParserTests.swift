import Foundation
import LeadreconValues
import Testing

/// Formats, ranges and invalid values. Expected instants are epoch seconds computed with Python's
/// zoneinfo (an independent implementation); Berlin is UTC+1 on 2024-03-12.
@Suite struct TimestampParserTests {
    let germanBerlin = TimestampParser(timeZone: .berlin, order: .dayFirst)
    let usBerlin = TimestampParser(timeZone: .berlin, order: .monthFirst)

    // 2024-03-12 in Europe/Berlin: midnight 1710198000, 09:14 1710231240, 09:14:05 1710231245.
    static let march12 = Timestamp(secondsSinceEpoch: 1_710_198_000, precision: .date)
    static let march12At0914 = Timestamp(secondsSinceEpoch: 1_710_231_240)
    static let march12At091405 = Timestamp(secondsSinceEpoch: 1_710_231_245)
    static let march12At2114 = Timestamp(secondsSinceEpoch: 1_710_274_440)

    @Test(arguments: [
        ("2024-03-12", march12),
        ("2024-3-2", Timestamp(secondsSinceEpoch: 1_709_334_000, precision: .date)),
        ("2024-03-12T09:14", march12At0914),
        ("2024-03-12T09:14:05", march12At091405),
        ("2024-03-12t09:14:05", march12At091405),
        ("2024-03-12T09:14:05.000", march12At091405),
        ("2024-03-12T09:14:05.123456", march12At091405),
        ("2024-03-12T09:14:05,5", march12At091405),
        ("2024-03-12 09:14", march12At0914),
        ("2024-03-12 09:14:05", march12At091405),
        ("2024-03-12  09:14:05", march12At091405),
        ("2024/03/12 09:14", march12At0914),
        ("2024.03.12", march12),
        // Explicit offsets: the instant is fixed, whatever the parser's zone.
        ("2024-03-12T08:14:00Z", march12At0914),
        ("2024-03-12T08:14:00z", march12At0914),
        ("2024-03-12T09:14:00+01:00", march12At0914),
        ("2024-03-12T09:14:00+0100", march12At0914),
        ("2024-03-12T09:14:00+01", march12At0914),
        ("2024-03-12T08:14:00.000+0000", march12At0914),
        ("2024-03-12T03:14:00-05:00", march12At0914),
        ("2024-03-12T13:59:00+05:45", march12At0914),
        ("2024-03-12 09:14:00 +01:00", march12At0914),
        ("2024-03-12T09:07:28+00:53:28", march12At0914),
    ])
    func iso8601(text: String, expected: Timestamp) {
        #expect(germanBerlin.parse(text) == .value(expected))
        #expect(usBerlin.parse(text) == .value(expected), "year-first dates ignore the order")
    }

    @Test(arguments: [
        ("12.03.2024", march12),
        ("12.3.2024", march12),
        ("1.3.2024", Timestamp(secondsSinceEpoch: 1_709_247_600, precision: .date)),
        ("12.03.24", march12),
        ("12.03.2024 09:14", march12At0914),
        ("12.03.2024 09:14:05", march12At091405),
        ("12.03.2024 9:14", march12At0914),
        ("12.03.2024, 09:14", march12At0914),
        ("12.03.2024,09:14", march12At0914),
        ("12.03.24 21:14", march12At2114),
        ("  12.03.2024  ", march12),
        ("\u{A0}12.03.2024\u{A0}09:14\u{A0}", march12At0914),
        ("12/03/2024", march12),  // UK
        ("12/03/2024 21:14", march12At2114),
        ("12-03-2024", march12),
    ])
    func dayFirst(text: String, expected: Timestamp) {
        #expect(germanBerlin.parse(text) == .value(expected))
    }

    @Test(arguments: [
        ("3/12/2024", march12),
        ("03/12/2024", march12),
        ("3/12/24", march12),
        ("3/12/2024 9:14 AM", march12At0914),
        ("3/12/2024 9:14AM", march12At0914),
        ("3/12/2024 9:14 am", march12At0914),
        ("3/12/2024 09:14 PM", march12At2114),
        ("3/12/2024 21:14", march12At2114),
        ("3/12/2024 9:14:05 AM", march12At091405),
        ("03.12.2024", march12),  // dots follow the order too
    ])
    func monthFirst(text: String, expected: Timestamp) {
        #expect(usBerlin.parse(text) == .value(expected))
    }

    /// 12 AM is midnight and 12 PM is noon; 0 and 13 are no hours of a 12-hour clock.
    @Test(arguments: [
        ("3/12/2024 12:00 AM", ValueParse.value(Timestamp(secondsSinceEpoch: 1_710_198_000))),
        ("3/12/2024 12:14 AM", .value(Timestamp(secondsSinceEpoch: 1_710_198_840))),
        ("3/12/2024 12:14 PM", .value(Timestamp(secondsSinceEpoch: 1_710_242_040))),
        ("3/12/2024 1:00 AM", .value(Timestamp(secondsSinceEpoch: 1_710_201_600))),
        ("3/12/2024 11:59:59 PM", .value(Timestamp(secondsSinceEpoch: 1_710_284_399))),
        ("3/12/2024 0:14 AM", .invalid),
        ("3/12/2024 13:14 PM", .invalid),
        ("3/12/2024 00:00 PM", .invalid),
    ])
    func meridiem(text: String, expected: ValueParse<Timestamp>) {
        #expect(usBerlin.parse(text) == expected)
    }

    /// Two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999.
    @Test(arguments: [
        ("12.03.00", 2000), ("12.03.24", 2024), ("12.03.69", 2069),
        ("12.03.70", 1970), ("12.03.99", 1999), ("12.03.1969", 1969), ("12.03.0070", 70),
    ])
    func twoDigitYears(text: String, year: Int) throws {
        let stamp = try #require(germanBerlin.parse(text).parsed)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .berlin
        #expect(calendar.component(.year, from: stamp.date) == year)
        #expect(stamp.precision == .date)
    }

    @Test(arguments: [
        "31.02.2024", "30.02.2024", "29.02.2023", "29.02.1900", "32.01.2024", "00.01.2024", "12.00.2024",
        "12.13.2024", "2024-02-30", "2024-13-01", "2024-00-10", "2024-01-32", "0000-01-01",
        "12.03.2024 24:00", "12.03.2024 23:60", "12.03.2024 23:59:60", "12.03.2024 7:5",
        "12.03.", "12.03", "12.03.2024.", "12.03.202", "12.03.20245", "123.03.2024", "12.03.2024 09",
        "12.03.2024 09:14:5", "12.03.2024 09:14 XM", "12.03.2024 09:14 AMX", "12.03.2024T09:14",
        "2024-03-12T", "2024-03-12T09:14+1", "2024-03-12T09:14+01:0", "2024-03-12T09:14+19:00",
        "2024-03-12T09:14+01:60", "2024-03-12T09:14:05.", "2024-03-12X09:14", "2024-03-12 09:14 Z Z",
        "12/03-2024", "2024-03/12", "12.03.2024 21:14 PM", "garbage", "x", "-", "12:30",
        "20240312", "1710231240", "12..2024", "١٢.٠٣.٢٠٢٤",
    ])
    func invalid(text: String) {
        #expect(germanBerlin.parse(text) == .invalid)
    }

    /// Month-first reading rejects values only a day-first reading makes sense of, and back.
    @Test func impossibleUnderOrder() {
        #expect(usBerlin.parse("13/12/2024") == .invalid)
        #expect(usBerlin.parse("13/13/2024") == .invalid)
        #expect(germanBerlin.parse("13/13/2024") == .invalid)
        #expect(germanBerlin.parse("3/13/2024") == .invalid)
        #expect(germanBerlin.parse("13/3/2024") == .value(Timestamp(secondsSinceEpoch: 1_710_284_400, precision: .date)))
    }

    @Test(arguments: ["", " ", "   ", "\t", "\u{A0}", " \u{202F} "])
    func blank(text: String) {
        #expect(germanBerlin.parse(text) == .empty)
    }

    @Test(arguments: [
        ("29.02.2024", ValueParse.value(Timestamp(secondsSinceEpoch: 1_709_161_200, precision: .date))),
        ("29.02.2000", .value(Timestamp(secondsSinceEpoch: 951_778_800, precision: .date))),
        ("29.02.2100", .invalid),
        ("31.12.2023 23:59:59", .value(Timestamp(secondsSinceEpoch: 1_704_063_599))),
    ])
    func leapYearsAndEdges(text: String, expected: ValueParse<Timestamp>) {
        #expect(germanBerlin.parse(text) == expected)
    }

    /// The byte entry point reads a slice of a larger buffer, as the CSV reader hands cells over.
    @Test func bytesOfALargerBuffer() {
        let row = Array("x;12.03.2024 09:14;y".utf8)
        let parsed = row.withUnsafeBufferPointer { whole in
            germanBerlin.parse(UnsafeBufferPointer(rebasing: whole[2..<18]))
        }
        #expect(parsed == .value(Self.march12At0914))
    }
}
