public import Foundation

/// Reads timestamp cells in the formats CRM and marketing exports use, into `Timestamp`s.
///
/// Accepted, with blanks around the value ignored:
/// - ISO 8601: `2024-03-12`, `2024-03-12T09:14`, `2024-03-12T09:14:05`, fractional seconds
///   (`.000`, `.123456`, dropped), a zone `Z`, `+01:00`, `+0100` or `+01` (Salesforce API:
///   `2024-03-12T09:14:00.000+0000`), and a space instead of `T` (`2024-03-12 09:14:05`).
///   `2024/03/12` and `2024.03.12` are read year first as well.
/// - German: `12.03.2024`, `1.3.2024`, `12.03.24`, `12.03.2024 09:14`, `12.03.2024 09:14:05`,
///   `12.03.2024, 09:14`.
/// - US and UK: `3/12/2024`, `03/12/24`, `3/12/2024 9:14 AM`, `3/12/2024 21:14`,
///   `3/12/2024 9:14:05 PM`; also `12-03-2024`.
///
/// A date whose first component is not a four-digit year is read in the parser's `order`,
/// whatever its separator; a value impossible in that order (`13/12/2024` month-first) is
/// `.invalid`. Two-digit years 00–69 are 2000–2069, 70–99 are 1970–1999. Ranges are checked:
/// month 1–12, day within its month (leap years included), hour 0–23 (or 1–12 with AM/PM,
/// where 12 AM is 00 and 12 PM is 12), minutes and seconds 0–59 (`24:00` and leap second 60 are
/// invalid).
///
/// A value with an explicit offset is that instant whatever the parser's zone. Any other value is
/// a wall time in `timeZone`, converted DST-correctly: a time in the hour skipped on a
/// spring-forward night moves forward by the gap (Europe/Berlin `2024-03-31 02:30` is
/// `03:30+02:00`), a time in the hour repeated on an autumn night is its first occurrence
/// (`2024-10-27 02:30` is `02:30+02:00`). A date-only value is local midnight with precision
/// `.date`.
///
/// Concurrency: a parser is `Sendable` and may be shared between threads; its per-day cache of
/// zone offsets is guarded by a lock. Copies share that cache. For throughput, give each worker
/// thread its own parser, created once per column rather than per value (creating one reserves a
/// 1 MiB day cache, of which only the pages for the days met are touched).
public struct TimestampParser: Sendable {
    /// The zone of wall times that carry no offset (the exporting user's zone for report exports).
    public let timeZone: TimeZone
    /// How to read dates whose day and month are both one or two digits.
    public let order: DateOrder
    private let localTime: LocalTimeResolver

    /// A parser for one source column.
    /// - Parameters:
    ///   - timeZone: the source time zone, for values without an offset.
    ///   - order: day-first or month-first, for dates not written year first; see
    ///     `DateOrderDetector` to decide it from the column's values.
    public init(timeZone: TimeZone, order: DateOrder) {
        self.timeZone = timeZone
        self.order = order
        localTime = LocalTimeResolver(timeZone: timeZone)
    }

    /// Reads one cell's UTF-8 bytes.
    /// - Returns: `.empty` for a blank cell, `.value` for a valid timestamp, `.invalid` otherwise.
    public func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ValueParse<Timestamp> {
        switch TimestampSyntax.lex(bytes) {
        case .empty: return .empty
        case .invalid: return .invalid
        case .value(let fields): return resolve(fields).map { .value($0) } ?? .invalid
        }
    }

    /// Reads one cell's text; see `parse(_:)` on bytes.
    public func parse(_ text: String) -> ValueParse<Timestamp> {
        text.withUTF8Bytes { parse($0) }
    }

    /// Applies order, ranges and time zone to lexed fields; nil when out of range.
    private func resolve(_ fields: TimestampFields) -> Timestamp? {
        let year: Int, month: Int, day: Int
        if fields.isYearFirst {
            (year, month, day) = (fields.leading, fields.middle, fields.trailing)
            guard year >= 1 else { return nil }
        } else {
            year = fields.trailingDigits == 2 ? Self.expandTwoDigitYear(fields.trailing) : fields.trailing
            guard year >= 1 else { return nil }
            switch order {
            case .dayFirst: (day, month) = (fields.leading, fields.middle)
            case .monthFirst: (month, day) = (fields.leading, fields.middle)
            }
        }
        guard (1...12).contains(month), day >= 1, day <= CivilCalendar.daysInMonth(month, year: year) else {
            return nil
        }
        let dayNumber = CivilCalendar.dayNumber(year: year, month: month, day: day)
        guard fields.hasTime else {
            let midnight = dayNumber * CivilCalendar.secondsPerDay
            return Timestamp(secondsSinceEpoch: localTime.utcSeconds(forLocal: midnight), precision: .date)
        }
        guard let hour = Self.hour24(fields.hour, fields.meridiem),
            fields.minute <= 59, fields.second <= 59
        else { return nil }
        let local = dayNumber * CivilCalendar.secondsPerDay
            + Int64(hour * 3600 + fields.minute * 60 + fields.second)
        let utc = fields.offsetSeconds.map { local - Int64($0) } ?? localTime.utcSeconds(forLocal: local)
        return Timestamp(secondsSinceEpoch: utc, precision: .datetime)
    }

    /// 00–69 → 2000–2069, 70–99 → 1970–1999 (the window Excel and most exports use).
    @inline(__always)
    static func expandTwoDigitYear(_ year: Int) -> Int {
        year < 70 ? 2000 + year : 1900 + year
    }

    /// The hour on a 24-hour clock, or nil when out of range for the clock used.
    @inline(__always)
    static func hour24(_ hour: Int, _ meridiem: TimestampFields.Meridiem) -> Int? {
        switch meridiem {
        case .none: return hour <= 23 ? hour : nil
        case .am: return (1...12).contains(hour) ? hour % 12 : nil
        case .pm: return (1...12).contains(hour) ? hour % 12 + 12 : nil
        }
    }
}
