extension BlockingKeyColumn {
    /// The packed key that marks a record without a key in ``init(packedKeys:text:)``.
    public static let noPackedKey = UInt64.max

    /// The column of `packedKeys`, one per record (``noPackedKey`` for none), each key a number that
    /// stands for its text: two value ids side by side, a day number and a value id. Equal numbers
    /// must mean equal texts and unequal numbers unequal texts; `text` writes a key's text, once
    /// per distinct key, in id order. Key ids are handed out in order of first appearance, as
    /// appending the texts would.
    ///
    /// Why: a composite key (first name + last name, birthday + last name) is made of values that
    /// are interned already. As one 64-bit number it is hashed with a multiplication and compared
    /// in one instruction, where its bytes cost a copy per record, a hash over every byte and a
    /// comparison of bytes lying anywhere in memory.
    public init(packedKeys: [UInt64], text: (_ key: UInt64, _ arena: inout [UInt8]) -> Void) {
        precondition(packedKeys.count < Int(UInt32.max), "more than 4 billion blocking keys")
        var ids = packedKeys.withUnsafeBufferPointer(Self.firstOccurrences)
        let (arena, offsets) = Self.numberInRecordOrder(&ids) { record, arena in text(packedKeys[record], &arena) }
        self.init(keyIDs: ids, arena: arena, offsets: offsets)
    }

    /// Per record: the first record with an equal key, or `noKey`. Radix-partitioned by hash as in
    /// ``init(keys:)``, each partition's keys and records copied together so that a partition's
    /// table and keys stay in the L1/L2 cache.
    private static func firstOccurrences(_ keys: UnsafeBufferPointer<UInt64>) -> [UInt32] {
        let count = keys.count
        @inline(__always) func hash(_ key: UInt64) -> UInt64 {
            // The SplitMix64 finaliser: every bit of the key moves the top bits (the partition)
            // and the low ones (the slot).
            var value = (key ^ (key >> 30)) &* 0xbf58_476d_1ce4_e5b9
            value = (value ^ (value >> 27)) &* 0x94d0_49bb_1331_11eb
            return value ^ (value >> 31)
        }
        let partitionBits = partitionBits(forKeys: count)
        let partitions = 1 << partitionBits
        @inline(__always) func partition(_ hash: UInt64) -> Int {
            partitionBits == 0 ? 0 : Int(truncatingIfNeeded: hash >> UInt64(64 - partitionBits))
        }

        // 1. Keys per partition.
        var starts = [Int](repeating: 0, count: partitions + 1)
        for key in keys where key != noPackedKey { starts[partition(hash(key)) + 1] += 1 }
        let capacity = prefixSums(&starts)

        // 2. Each partition's records (in record order) and keys.
        var members = [UInt32](repeating: 0, count: starts[partitions])
        var memberKeys = [UInt64](repeating: 0, count: starts[partitions])
        var cursor = starts
        members.withUnsafeMutableBufferPointer { members in
            memberKeys.withUnsafeMutableBufferPointer { memberKeys in
                for index in 0..<count where keys[index] != noPackedKey {
                    let key = keys[index], part = partition(hash(key)), position = cursor[part]
                    members[position] = UInt32(index)
                    memberKeys[position] = key
                    cursor[part] = position + 1
                }
            }
        }

        // 3. Per partition, each record's first equal record. A slot holds a position + 1 (0: empty).
        var firsts = [UInt32](repeating: noKey, count: count)
        var slots = [UInt32](repeating: 0, count: capacity)
        members.withUnsafeBufferPointer { members in
            memberKeys.withUnsafeBufferPointer { memberKeys in
                firsts.withUnsafeMutableBufferPointer { firsts in
                    slots.withUnsafeMutableBufferPointer { slots in
                        forEachPartition(starts, clearing: slots) { _, range, mask in
                            for position in range {
                                let key = memberKeys[position]
                                var slot = Int(truncatingIfNeeded: hash(key)) & mask
                                var first = position
                                while slots[slot] != 0 {
                                    let candidate = Int(slots[slot]) - 1
                                    if memberKeys[candidate] == key { first = candidate; break }
                                    slot = (slot + 1) & mask
                                }
                                if first == position { slots[slot] = UInt32(position + 1) }
                                firsts[Int(members[position])] = members[first]
                            }
                        }
                    }
                }
            }
        }
        return firsts
    }
}
