public import LeadreconValues

/// The working-time operations on `Timestamp`s, as the flag stage holds them. Results are
/// date-times; for date-only values see `WorkingCalendar+Dates.swift`, which RULES.md asks for.
extension WorkingCalendar {
    /// Working seconds in `from..<to`; see ``workingSeconds(from:to:)-(Int64,Int64)``.
    public func workingSeconds(from start: Timestamp, to end: Timestamp) -> Int64 {
        workingSeconds(from: start.secondsSinceEpoch, to: end.secondsSinceEpoch)
    }

    /// The end of a window of `duration` starting at `timestamp`, as a date-time; `nil` for
    /// "never" (see ``adding(_:to:)-(WorkingDuration,Int64)``).
    public func adding(_ duration: WorkingDuration, to timestamp: Timestamp) -> Timestamp? {
        let end = adding(duration, to: timestamp.secondsSinceEpoch)
        return end == .max ? nil : Timestamp(secondsSinceEpoch: end, precision: .datetime)
    }

    /// Whether the calendar is open at `timestamp`.
    public func isOpen(at timestamp: Timestamp) -> Bool {
        isOpen(at: timestamp.secondsSinceEpoch)
    }

    /// `timestamp` if the calendar is open then, else its next opening, as a date-time.
    public func nextOpening(atOrAfter timestamp: Timestamp) -> Timestamp? {
        nextOpening(atOrAfter: timestamp.secondsSinceEpoch).map { Timestamp(secondsSinceEpoch: $0) }
    }
}
