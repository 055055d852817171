/// How much of an instant a source value gave: a date and a time, or only a date.
public enum TimestampPrecision: Sendable, Hashable, CaseIterable {
    /// Date and time of day (seconds or minutes).
    case datetime
    /// A calendar day only; the instant is local midnight in the source time zone.
    case date
}

/// An instant read from a source, in whole seconds since 1970-01-01T00:00:00Z, with its precision.
///
/// Fractional seconds in the source are dropped (the instant is truncated to the second before).
/// A date-only value (precision `.date`) stands for local midnight of that day in the time zone
/// the source was read in: format it in that zone to get its day back.
///
/// Ordering is by instant; at the same instant a date-only value sorts before a date-time one, so
/// that `==` and `<` agree (`Hashable` compares the precision too).
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The instant, seconds since 1970-01-01T00:00:00Z (negative before 1970).
    public var secondsSinceEpoch: Int64
    /// Whether the source gave a time of day.
    public var precision: TimestampPrecision

    /// A timestamp at `secondsSinceEpoch` with the given precision.
    public init(secondsSinceEpoch: Int64, precision: TimestampPrecision = .datetime) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.precision = precision
    }

    /// Earlier instant first; at the same instant `.date` before `.datetime`.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        if lhs.secondsSinceEpoch != rhs.secondsSinceEpoch {
            return lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
        }
        return lhs.precision == .date && rhs.precision == .datetime
    }

    /// The instant in UTC, ISO 8601, with `(date)` appended for date-only values; for logs and
    /// test messages (outputs use `iso8601String(in:)`).
    public var description: String {
        let text = Self.iso8601(secondsSinceEpoch, offset: 0)
        return precision == .date ? text + " (date)" : text
    }
}
