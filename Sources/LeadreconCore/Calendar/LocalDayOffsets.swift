import Foundation

/// The UTC offsets of a time zone around one local day: enough to turn the day's wall-clock times
/// into instants and back without asking Foundation again.
///
/// Wall times that are not one-to-one follow the rules of `TimestampParser` (and `java.time`,
/// Foundation's `Calendar`): a wall time in the hour skipped on a spring-forward night moves
/// forward by the gap (Europe/Berlin `2024-03-31 02:30` is `03:30+02:00`); a wall time in the
/// hour repeated on an autumn night is its first occurrence (`2024-10-27 02:30` is `02:30+02:00`).
struct LocalDayOffsets: Sendable {
    /// Offset (seconds east of UTC) in force at the start of the day's window.
    var before: Int64
    /// Offset in force from `transition` on; equal to `before` on an ordinary day.
    var after: Int64
    /// The first UTC second with offset `after`.
    var transition: Int64

    /// Half-width of the UTC window checked around a local day: more than any UTC offset ever
    /// used, so every instant a wall time of the day (00:00 to 24:00) can denote lies inside.
    private static let windowMargin: Int64 = 18 * 3600

    /// The offsets around local day `localDay` (days since 1970-01-01 on the zone's wall clock).
    ///
    /// Asks `timeZone` twice, plus about 18 times on a day with a transition. A window holding two
    /// transitions (none known in the IANA data) is resolved against the first one.
    init(localDay: Int64, timeZone: TimeZone) {
        let windowStart = localDay * 86_400 - Self.windowMargin
        let windowEnd = (localDay + 1) * 86_400 + Self.windowMargin
        let before = Self.offset(of: timeZone, at: windowStart)
        let after = Self.offset(of: timeZone, at: windowEnd)
        guard before != after else {
            self.init(before: before, after: after, transition: windowStart)
            return
        }
        var low = windowStart  // offset(low) == before
        var high = windowEnd  // offset(high) != before
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if Self.offset(of: timeZone, at: middle) == before { low = middle } else { high = middle }
        }
        self.init(before: before, after: Self.offset(of: timeZone, at: high), transition: high)
    }

    init(before: Int64, after: Int64, transition: Int64) {
        self.before = before
        self.after = after
        self.transition = transition
    }

    /// The offset in force at the UTC instant `utc` (an instant of this day's window).
    @inline(__always)
    func offset(at utc: Int64) -> Int64 {
        utc < transition ? before : after
    }

    /// The UTC instant of the wall time `localSeconds` (seconds since 1970-01-01T00:00 on the
    /// zone's wall clock, within this day or at its 24:00).
    func utc(forLocal localSeconds: Int64) -> Int64 {
        if before == after { return localSeconds - before }
        let readBefore = localSeconds - before
        let readAfter = localSeconds - after
        switch (readBefore < transition, readAfter >= transition) {
        case (true, true): return min(readBefore, readAfter)  // repeated hour: first occurrence
        case (true, false): return readBefore
        case (false, true): return readAfter
        case (false, false): return max(readBefore, readAfter)  // skipped hour: moved forward
        }
    }

    private static func offset(of timeZone: TimeZone, at utc: Int64) -> Int64 {
        Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc))))
    }
}
