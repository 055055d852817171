import LeadreconLink
import LeadreconValues
import Testing

/// The date comparator on timestamps and day numbers, and the numeric comparator.
@Suite struct CompareDateNumericTests {
    static let hour: Int64 = 3600
    static let day: Int64 = 86_400
    /// 1980-05-01T00:00:00Z.
    static let birthday: Int64 = 3773 * day

    @Test(arguments: [
        // method, seconds a, precision a, seconds b, precision b, expected level label
        (Comparator.Method.date(), birthday, TimestampPrecision.date, birthday, TimestampPrecision.date,
         "exact day"),
        // The same day read as Berlin local midnight (22:00Z the day before) and as UTC midnight.
        (.date(), birthday - 2 * hour, .date, birthday, .date, "exact day"),
        // Date-only values across a DST change are 23 or 25 hours apart: one day.
        (.date(), birthday, .date, birthday + day - hour, .date, "within 1 day"),
        (.date(), birthday, .date, birthday + day + hour, .date, "within 1 day"),
        (.date(), birthday + 9 * hour, .datetime, birthday + 14 * hour, .datetime, "exact day"),
        (.date(), birthday + 9 * hour, .datetime, birthday + 22 * hour, .datetime, "within 1 day"),
        (.date(), birthday, .datetime, birthday + 36 * hour, .datetime, "within 30 days"),
        (.date(), birthday, .date, birthday + 30 * day, .date, "within 30 days"),
        (.date(), birthday, .date, birthday + 31 * day, .date, "else"),
        (.date(), birthday, .date, birthday - 31 * day, .date, "else"),
        (.date(), Int64.min, .datetime, Int64.max, .datetime, "else"),
        (.date(withinDays: [7]), birthday, .date, birthday + 2 * day, .date, "within 7 days"),
        (.date(withinDays: []), birthday, .date, birthday + 2 * day, .date, "else"),
        (.exact, birthday, .date, birthday, .date, "exact"),
        (.exact, birthday, .date, birthday + 1, .datetime, "else"),
    ])
    func timestampLevels(
        method: Comparator.Method, a: Int64, aPrecision: TimestampPrecision,
        b: Int64, bPrecision: TimestampPrecision, expected: String
    ) {
        let comparator = Comparator(method)
        let a = Timestamp(secondsSinceEpoch: a, precision: aPrecision)
        let b = Timestamp(secondsSinceEpoch: b, precision: bPrecision)
        #expect(comparator.levels[comparator.level(a, b)].label == expected)
        #expect(comparator.level(b, a) == comparator.level(a, b))
        #expect(comparator.level(a, nil) == comparator.nullLevel)
        #expect(comparator.level(nil, b) == comparator.nullLevel)
    }

    @Test(arguments: [
        // method, day a, day b, expected level label
        (Comparator.Method.date(), 3773, 3773, "exact day"),
        (.date(), 3773, 3774, "within 1 day"),
        (.date(), 3773, 3772, "within 1 day"),
        (.date(), 3773, 3803, "within 30 days"),
        (.date(), 3773, 3804, "else"),
        (.date(), -5, 5, "within 30 days"),
        (.date(), Int.min, Int.max, "else"),
        (.date(withinDays: [1, 7, 365]), 0, 100, "within 365 days"),
        (.exact, 3773, 3773, "exact"),
        (.exact, 3773, 3774, "else"),
    ])
    func dayLevels(method: Comparator.Method, a: Int, b: Int, expected: String) {
        let comparator = Comparator(method)
        #expect(comparator.levels[comparator.level(days: a, b)].label == expected)
        #expect(comparator.level(days: b, a) == comparator.level(days: a, b))
    }

    @Test(arguments: [
        // method, a, b, expected level label
        (Comparator.Method.numeric(), 5.0, 5.0, "exact"),
        (.numeric(), 0.0, -0.0, "exact"),
        (.numeric(), 5, 5.5, "abs_diff <= 1"),
        (.numeric(), 5, 6, "abs_diff <= 1"),
        (.numeric(), 5, 6.01, "else"),
        (.numeric(), -1, 1, "else"),
        (.numeric(tolerance: [0.5, 10]), 5, 5.5, "abs_diff <= 0.5"),
        (.numeric(tolerance: [0.5, 10]), 5, 14, "abs_diff <= 10"),
        (.numeric(tolerance: [0.5, 10]), 5, 16, "else"),
        (.numeric(tolerance: []), 5, 5.5, "else"),
        (.numeric(), .infinity, .infinity, "exact"),
        (.numeric(), .infinity, -.infinity, "else"),
        (.numeric(), .greatestFiniteMagnitude, -.greatestFiniteMagnitude, "else"),
        (.exact, 5, 5, "exact"),
        (.exact, 5, 5.5, "else"),
    ])
    func numericLevels(method: Comparator.Method, a: Double, b: Double, expected: String) {
        let comparator = Comparator(method)
        #expect(comparator.levels[comparator.level(a, b)].label == expected)
        #expect(comparator.level(b, a) == comparator.level(a, b))
    }
}
