import Foundation

/// Converts wall-clock times of one IANA time zone to UTC instants, DST-correctly, asking
/// Foundation's `TimeZone` about each local day only once.
///
/// Rules for the two kinds of day on which local time is not one-to-one (the same rules as
/// `java.time`, Foundation's `Calendar` and Temporal's "compatible" disambiguation):
/// - a wall time that does not exist (the hour skipped on a spring-forward night) is moved
///   forward by the length of the gap, i.e. read with the offset in force before the gap:
///   `2024-03-31 02:30` in Europe/Berlin becomes `03:30+02:00` (01:30Z), the later of the two
///   candidate instants;
/// - a wall time that occurs twice (the hour repeated on an autumn night) is the first
///   occurrence: `2024-10-27 02:30` in Europe/Berlin is `02:30+02:00` (00:30Z).
///
/// Concurrency: safe to call from any number of threads; the day cache is guarded by a lock
/// (about 10 ns uncontended). Threads sharing one resolver contend for that lock, so for
/// throughput give each worker its own parser, which owns its own resolver.
final class LocalTimeResolver: @unchecked Sendable {
    /// What one local day needs: the offsets around it and the one transition between them.
    private struct DayOffsets {
        /// The local day number the entry is for; `Int64.min` for an unused slot.
        var day: Int64
        /// Offset (seconds east of UTC) in force at the start of the day's window.
        var before: Int64
        /// Offset in force from `transition` on; equal to `before` on an ordinary day.
        var after: Int64
        /// The first UTC second with offset `after`.
        var transition: Int64
    }

    /// Slots of the direct-mapped cache: 2048 days (about 5½ years of distinct days, 64 KiB).
    private static let slotCount = 2048
    /// Half-width of the UTC window checked around a local day: more than any UTC offset
    /// ever used (local mean times reached ±15:56), so every instant a wall time of the day
    /// can denote lies inside.
    private static let windowMargin: Int64 = 18 * 3600

    let timeZone: TimeZone
    private let lock = NSLock()
    /// The cache, guarded by `lock`. A raw allocation rather than an array: an array stored in
    /// a class costs an exclusivity check and a retain per lookup, a third of a parse.
    private let slots: UnsafeMutablePointer<DayOffsets>

    init(timeZone: TimeZone) {
        self.timeZone = timeZone
        slots = .allocate(capacity: Self.slotCount)
        slots.initialize(
            repeating: DayOffsets(day: Int64.min, before: 0, after: 0, transition: 0),
            count: Self.slotCount)
    }

    deinit {
        slots.deallocate()  // DayOffsets is trivial: nothing to deinitialize
    }

    /// The UTC instant (seconds since the epoch) of the wall time `localSeconds` (seconds since
    /// 1970-01-01T00:00 read as a local wall time in `timeZone`).
    func utcSeconds(forLocal localSeconds: Int64) -> Int64 {
        let day = CivilCalendar.split(localSeconds).day
        let entry = offsets(forLocalDay: day)
        if entry.before == entry.after {
            return localSeconds - entry.before
        }
        let readBefore = localSeconds - entry.before
        let readAfter = localSeconds - entry.after
        let beforeExists = readBefore < entry.transition
        let afterExists = readAfter >= entry.transition
        switch (beforeExists, afterExists) {
        case (true, true): return min(readBefore, readAfter)  // repeated hour: first occurrence
        case (true, false): return readBefore
        case (false, true): return readAfter
        case (false, false): return max(readBefore, readAfter)  // skipped hour: moved forward
        }
    }

    /// The offsets for local day `day`, from the cache or computed and stored.
    private func offsets(forLocalDay day: Int64) -> DayOffsets {
        let slot = Int(truncatingIfNeeded: day) & (Self.slotCount - 1)
        lock.lock()
        let cached = slots[slot]
        lock.unlock()
        if cached.day == day { return cached }
        // Computed outside the lock: TimeZone calls are slow and the result is deterministic.
        let computed = computeOffsets(forLocalDay: day)
        lock.lock()
        slots[slot] = computed
        lock.unlock()
        return computed
    }

    private func computeOffsets(forLocalDay day: Int64) -> DayOffsets {
        let windowStart = day * CivilCalendar.secondsPerDay - Self.windowMargin
        let windowEnd = (day + 1) * CivilCalendar.secondsPerDay + Self.windowMargin
        let before = offset(at: windowStart)
        let after = offset(at: windowEnd)
        if before == after {
            return DayOffsets(day: day, before: before, after: after, transition: windowStart)
        }
        // Binary search for the first second whose offset differs from `before` (~18 steps).
        // A window holding two transitions (none known in the IANA data) is resolved
        // against the first one.
        var low = windowStart  // offset(low) == before
        var high = windowEnd  // offset(high) != before
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if offset(at: middle) == before { low = middle } else { high = middle }
        }
        return DayOffsets(day: day, before: before, after: offset(at: high), transition: high)
    }

    private func offset(at utcSeconds: Int64) -> Int64 {
        Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utcSeconds))))
    }
}
