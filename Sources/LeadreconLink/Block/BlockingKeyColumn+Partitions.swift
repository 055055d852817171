extension BlockingKeyColumn {
    /// How many top bits of a key's hash choose its partition in the bulk interning
    /// (``init(keys:)``, ``init(packedKeys:text:)``): partitions of about 2,048 keys, whose tables
    /// stay in the L1/L2 cache; at most 65,536 partitions.
    static func partitionBits(forKeys count: Int) -> Int {
        var bits = 0
        while count >> (bits + 11) > 0, bits < 16 { bits += 1 }
        return bits
    }

    /// Partition start offsets (`starts[p]..<starts[p + 1]`) from per-partition counts held at
    /// `starts[p + 1]`, summed in place; and the table size the largest partition needs.
    static func prefixSums(_ starts: inout [Int]) -> Int {
        var largest = 0
        for part in 0..<(starts.count - 1) {
            largest = max(largest, starts[part + 1])
            starts[part + 1] += starts[part]
        }
        return tableSize(forKeys: largest)
    }

    /// The size of an open-addressing table at most half full with `keys` keys: a power of two,
    /// at least 16.
    static func tableSize(forKeys keys: Int) -> Int {
        var size = 16
        while size < keys * 2 { size *= 2 }
        return size
    }

    /// Calls `body` for each non-empty partition (`starts[p]..<starts[p + 1]`) with the mask of its
    /// table, the table's `slots` cleared first.
    static func forEachPartition<Slot: FixedWidthInteger>(
        _ starts: [Int], clearing slots: UnsafeMutableBufferPointer<Slot>,
        _ body: (_ part: Int, _ range: Range<Int>, _ mask: Int) -> Void
    ) {
        for part in 0..<(starts.count - 1) {
            let range = starts[part]..<starts[part + 1]
            guard !range.isEmpty else { continue }
            let size = tableSize(forKeys: range.count)
            for slot in 0..<size { slots[slot] = 0 }
            body(part, range, size - 1)
        }
    }
}
