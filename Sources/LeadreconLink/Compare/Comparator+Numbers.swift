public import LeadreconValues

extension Comparator {
    /// Seconds in a day, for the elapsed-time day difference of timestamps.
    private static let secondsPerDay: UInt64 = 86_400

    /// The level of a pair of timestamps: an index into ``levels``, the null level when either is `nil`.
    ///
    /// For the methods `date` (days apart: elapsed time rounded to whole days, see ``Comparator``) and
    /// `exact` (the same instant).
    public func level(_ a: Timestamp?, _ b: Timestamp?) -> Int {
        guard let a, let b else { return nullLevel }
        switch method {
        case .exact:
            return a.secondsSinceEpoch == b.secondsSinceEpoch ? 0 : elseLevel
        case .date:
            let (difference, overflow) = a.secondsSinceEpoch.subtractingReportingOverflow(b.secondsSinceEpoch)
            guard !overflow else { return elseLevel }
            // Half a day rounds up: date-only values read in zones up to 12 hours apart are the same day.
            let days = (difference.magnitude + Self.secondsPerDay / 2) / Self.secondsPerDay
            return dayLevel(days)
        default:
            wrongValues("timestamps")
        }
    }

    /// The level of a pair of day numbers (for instance days since 1970-01-01 in the records' local
    /// calendar): an index into ``levels``, the null level when either is `nil`.
    ///
    /// For the methods `date` (days apart) and `exact` (the same day).
    public func level(days a: Int?, _ b: Int?) -> Int {
        guard let a, let b else { return nullLevel }
        switch method {
        case .exact:
            return a == b ? 0 : elseLevel
        case .date:
            let (difference, overflow) = a.subtractingReportingOverflow(b)
            guard !overflow else { return elseLevel }
            return dayLevel(UInt64(difference.magnitude))
        default:
            wrongValues("days")
        }
    }

    /// The level of a pair of numbers: an index into ``levels``, the null level when either is `nil`
    /// or NaN.
    ///
    /// For the methods `numeric` (absolute difference within each tolerance) and `exact` (equal).
    public func level(_ a: Double?, _ b: Double?) -> Int {
        guard let a, let b, !a.isNaN, !b.isNaN else { return nullLevel }
        if a == b { return 0 }
        switch method {
        case .exact:
            return elseLevel
        case .numeric:
            let difference = abs(a - b)
            for (offset, tolerance) in fractions.enumerated() where difference <= tolerance { return 1 + offset }
            return elseLevel
        default:
            wrongValues("numbers")
        }
    }

    /// The level of a day difference: exact day, then the first `withinDays` threshold reached, else.
    private func dayLevel(_ days: UInt64) -> Int {
        if days == 0 { return 0 }
        for (offset, threshold) in counts.enumerated() where days <= UInt64(threshold) { return 1 + offset }
        return elseLevel
    }
}
