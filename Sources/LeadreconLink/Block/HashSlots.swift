/// The open-addressing tables the interning columns use (``BlockingKeyColumn``, and ingest's text
/// columns): a power-of-two array of 64-bit slots, each holding 32 bits of a key's hash (high half)
/// and a non-zero payload (low half; 0 marks an empty slot), probed linearly from the hash.
public enum HashSlots {
    /// `slots` placed again into a table twice as large.
    public static func doubled(_ slots: [UInt64]) -> [UInt64] {
        var grown = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        for entry in slots where entry != 0 {
            var slot = Int(truncatingIfNeeded: entry >> 32) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = entry
        }
        return grown
    }
}
