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
        /// The local day number the entry is for, as `day ^ unusedMark`: an unused slot is zeroed
        /// memory, which reads as a day no parser produces.
        var dayKey: Int64
        /// Offset (seconds east of UTC) in force at the start of the day's window.
        var before: Int64
        /// Offset in force from `transition` on; equal to `before` on an ordinary day.
        var after: Int64
        /// The first UTC second with offset `after`.
        var transition: Int64
    }

    /// Slots of the direct-mapped cache: 32,768 days (about 89 years, 1 MiB), so that a column of
    /// birth dates (a lifetime of distinct days) asks the time zone once per day; with 2,048 slots
    /// nearly every birth date missed and asked ICU again. Zeroed by `calloc`, so only the pages
    /// of the days a column uses are ever touched.
    private static let slotCount = 32_768
    /// Stored days are `day ^ unusedMark`; zeroed slots decode to this day, far outside any year a
    /// timestamp can name, so they never match.
    private static let unusedMark: Int64 = 0x5555_5555_5555_5555
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
        guard let memory = calloc(Self.slotCount, MemoryLayout<DayOffsets>.stride) else {
            fatalError("out of memory for a time zone's day cache")
        }
        slots = memory.bindMemory(to: DayOffsets.self, capacity: Self.slotCount)
    }

    deinit {
        free(slots)  // DayOffsets is trivial: nothing to deinitialize
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
        if cached.dayKey == day ^ Self.unusedMark { return cached }
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
            return DayOffsets(dayKey: day ^ Self.unusedMark, before: before, after: after, transition: windowStart)
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
        return DayOffsets(dayKey: day ^ Self.unusedMark, before: before, after: offset(at: high), transition: high)
    }

    private func offset(at utcSeconds: Int64) -> Int64 {
        Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utcSeconds))))
    }
}
