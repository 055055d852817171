public import Foundation

extension Timestamp {
    /// The instant as ISO 8601 date and time with the offset `timeZone` has at that instant,
    /// e.g. `2024-03-12T09:14:00+01:00`; UTC is written `+00:00`, and an offset with seconds
    /// (historic local mean time) `+00:53:28`. `TimestampParser` reads it back to the same instant.
    public func iso8601String(in timeZone: TimeZone) -> String {
        Self.iso8601(secondsSinceEpoch, offset: offset(in: timeZone))
    }

    /// The local calendar day of the instant in `timeZone`, e.g. `2024-03-12`. For a date-only
    /// timestamp pass the zone it was read in to get its day back.
    public func iso8601DateString(in timeZone: TimeZone) -> String {
        let local = CivilCalendar.split(secondsSinceEpoch + offset(in: timeZone))
        return String(unsafeUninitializedCapacity: 16) { buffer in
            Self.writeDate(dayNumber: local.day, into: buffer, at: 0)
        }
    }

    /// The timestamp as its precision allows: `iso8601DateString(in:)` for `.date`,
    /// `iso8601String(in:)` for `.datetime`.
    public func formatted(in timeZone: TimeZone) -> String {
        precision == .date ? iso8601DateString(in: timeZone) : iso8601String(in: timeZone)
    }

    /// The instant as a Foundation `Date`.
    public var date: Date {
        Date(timeIntervalSince1970: TimeInterval(secondsSinceEpoch))
    }

    private func offset(in timeZone: TimeZone) -> Int64 {
        Int64(timeZone.secondsFromGMT(for: date))
    }

    /// `yyyy-mm-ddThh:mm:ss±hh:mm[:ss]` for the instant `seconds` seen at `offset` seconds east.
    static func iso8601(_ seconds: Int64, offset: Int64) -> String {
        let local = CivilCalendar.split(seconds + offset)
        return String(unsafeUninitializedCapacity: 40) { buffer in
            var index = writeDate(dayNumber: local.day, into: buffer, at: 0)
            buffer[index] = UInt8(ascii: "T")
            index += 1
            let second = Int(local.secondOfDay)
            index = writeTime(hours: second / 3600, minutes: second / 60 % 60, seconds: second % 60,
                              alwaysSeconds: true, into: buffer, at: index)
            buffer[index] = offset < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+")
            let magnitude = Int(offset.magnitude)
            return writeTime(hours: magnitude / 3600, minutes: magnitude / 60 % 60, seconds: magnitude % 60,
                             alwaysSeconds: false, into: buffer, at: index + 1)
        }
    }

    /// Writes `yyyy-mm-dd` (years beyond 9999 with more digits) and returns the next index.
    @discardableResult
    private static func writeDate(
        dayNumber: Int64, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int
    ) -> Int {
        let civil = CivilCalendar.civilDate(dayNumber: dayNumber)
        var index = start
        var year = civil.year
        if year < 0 {
            buffer[index] = UInt8(ascii: "-")
            index += 1
            year = -year
        }
        var digits = 4
        var limit = 10_000
        while year >= limit, digits < 9 {
            digits += 1
            limit *= 10
        }
        index = writeDigits(year, count: digits, into: buffer, at: index)
        buffer[index] = UInt8(ascii: "-")
        index = writeDigits(civil.month, count: 2, into: buffer, at: index + 1)
        buffer[index] = UInt8(ascii: "-")
        return writeDigits(civil.day, count: 2, into: buffer, at: index + 1)
    }

    /// Writes `hh:mm[:ss]` (seconds when asked or non-zero) and returns the next index.
    private static func writeTime(
        hours: Int, minutes: Int, seconds: Int, alwaysSeconds: Bool,
        into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int
    ) -> Int {
        var index = writeDigits(hours, count: 2, into: buffer, at: start)
        buffer[index] = UInt8(ascii: ":")
        index = writeDigits(minutes, count: 2, into: buffer, at: index + 1)
        guard alwaysSeconds || seconds != 0 else { return index }
        buffer[index] = UInt8(ascii: ":")
        return writeDigits(seconds, count: 2, into: buffer, at: index + 1)
    }

    /// Writes `value` zero-padded to `count` digits and returns the next index.
    private static func writeDigits(
        _ value: Int, count: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int
    ) -> Int {
        var rest = value
        for position in stride(from: start + count - 1, through: start, by: -1) {
            buffer[position] = ByteText.zero + UInt8(rest % 10)
            rest /= 10
        }
        return start + count
    }
}
