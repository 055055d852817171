extension BlockingKeyColumn {
    /// The column of `keys`, one per record: the same key ids and distinct keys as appending them
    /// one by one, found faster when most of a million keys are distinct.
    ///
    /// Why a second way: appending a key probes one open-addressing table, and once the table
    /// outgrows the caches (about 100,000 keys) nearly every probe is a cache miss, and the table is
    /// rehashed at every doubling. With all keys known, they are hashed in one sequential pass,
    /// scattered by the top bits of their hash into partitions of about 2,048 keys, and each
    /// partition is deduplicated in a small table that stays in the L1/L2 cache; ids are then handed
    /// out in one pass in record order (a radix-partitioned hash build, as column stores do it).
    /// A partition's keys are visited in record order, so the first of equal keys is found first.
    public init(keys: KeyArena) {
        precondition(keys.count < Int(UInt32.max), "more than 4 billion blocking keys")
        let (ids, arena, offsets) = keys.withStorage(Self.numbered)
        self.init(keyIDs: ids, arena: arena, offsets: offsets)
    }

    /// Key ids in order of first appearance, and the distinct keys back to back with their offsets.
    private static func numbered(_ bytes: UnsafeBufferPointer<UInt8>, _ ends: UnsafeBufferPointer<UInt32>)
        -> ([UInt32], [UInt8], [UInt32]) {
        let count = ends.count
        let raw = UnsafeRawBufferPointer(bytes)
        @inline(__always) func key(_ index: Int) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(rebasing: raw[(index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])])
        }
        let partitionBits = partitionBits(forKeys: count)
        let partitions = 1 << partitionBits
        let shift = UInt64(64 - partitionBits)
        @inline(__always) func partition(_ hash: UInt64) -> Int {
            partitionBits == 0 ? 0 : Int(truncatingIfNeeded: hash >> shift)
        }

        // 1. Hash every key; count the keys and their bytes per partition.
        var hashes = [UInt64](repeating: 0, count: count)
        var starts = [Int](repeating: 0, count: partitions + 1)
        var byteStarts = [Int](repeating: 0, count: partitions + 1)
        hashes.withUnsafeMutableBufferPointer { hashes in
            for index in 0..<count {
                let bytes = key(index)
                guard !bytes.isEmpty else { continue }
                let hash = BlockingKeyHash.hash(bytes)
                hashes[index] = hash
                starts[partition(hash) + 1] += 1
                byteStarts[partition(hash) + 1] += bytes.count
            }
        }
        let capacity = prefixSums(&starts)
        _ = prefixSums(&byteStarts)

        // 2. The keyed records by partition, in record order within each, with their hashes and a
        //    copy of their bytes (so that step 3 reads all three in order, and the keys it compares
        //    lie in a partition's few kilobytes rather than anywhere in the arena).
        var members = [UInt32](repeating: 0, count: starts[partitions])
        var memberHashes = [UInt64](repeating: 0, count: starts[partitions])
        var memberEnds = [UInt32](repeating: 0, count: starts[partitions])
        var memberBytes = [UInt8](repeating: 0, count: byteStarts[partitions])
        var cursor = starts, byteCursor = byteStarts
        hashes.withUnsafeBufferPointer { hashes in
            members.withUnsafeMutableBufferPointer { members in
                memberHashes.withUnsafeMutableBufferPointer { memberHashes in
                    memberEnds.withUnsafeMutableBufferPointer { memberEnds in
                        memberBytes.withUnsafeMutableBytes { memberBytes in
                            for index in 0..<count {
                                let bytes = key(index)
                                guard !bytes.isEmpty else { continue }
                                let hash = hashes[index], part = partition(hash)
                                let position = cursor[part], end = byteCursor[part] + bytes.count
                                members[position] = UInt32(index)
                                memberHashes[position] = hash
                                memberEnds[position] = UInt32(end)
                                UnsafeMutableRawBufferPointer(rebasing: memberBytes[byteCursor[part]..<end])
                                    .copyMemory(from: bytes)
                                cursor[part] = position + 1
                                byteCursor[part] = end
                            }
                        }
                    }
                }
            }
        }
        hashes = []

        // 3. Per partition, each record's first equal record (kept in `ids` for now). A slot holds
        //    32 bits of the hash and the first's position in `members` + 1 (0 marks an empty slot).
        var ids = [UInt32](repeating: noKey, count: count)
        var slots = [UInt64](repeating: 0, count: capacity)
        memberHashes.withUnsafeBufferPointer { hashes in
            members.withUnsafeBufferPointer { members in
                memberEnds.withUnsafeBufferPointer { ends in
                    memberBytes.withUnsafeBytes { memberBytes in
                        ids.withUnsafeMutableBufferPointer { ids in
                            slots.withUnsafeMutableBufferPointer { slots in
                                forEachPartition(starts, clearing: slots) { part, range, mask in
                                    @inline(__always) func memberKey(_ position: Int) -> UnsafeRawBufferPointer {
                                        let start = position == range.lowerBound ? byteStarts[part] : Int(ends[position - 1])
                                        return UnsafeRawBufferPointer(rebasing: memberBytes[start..<Int(ends[position])])
                                    }
                                    for position in range {
                                        let hash = hashes[position], tag = hash & 0xFFFF_FFFF
                                        var slot = Int(truncatingIfNeeded: hash >> 32) & mask
                                        var first = position
                                        while slots[slot] != 0 {
                                            let entry = slots[slot]
                                            let candidate = Int(entry & 0xFFFF_FFFF) - 1
                                            if entry >> 32 == tag, equal(memberKey(candidate), memberKey(position)) {
                                                first = candidate
                                                break
                                            }
                                            slot = (slot + 1) & mask
                                        }
                                        if first == position { slots[slot] = tag << 32 | UInt64(position + 1) }
                                        ids[Int(members[position])] = members[first]
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        memberBytes = []
        let (arena, offsets) = numberInRecordOrder(&ids) { index, arena in arena.append(contentsOf: key(index)) }
        return (ids, arena, offsets)
    }

    /// Turns `firsts` (per record: its first record with an equal key, or `noKey`) into key ids in
    /// order of first appearance: a first occurrence takes the next id and writes its key with
    /// `appendKey`, a repeat takes its first's id. Returns the distinct keys and their offsets.
    static func numberInRecordOrder(
        _ firsts: inout [UInt32], appendKey: (_ record: Int, _ arena: inout [UInt8]) -> Void
    ) -> ([UInt8], [UInt32]) {
        var arena: [UInt8] = []
        var offsets: [UInt32] = [0]
        firsts.withUnsafeMutableBufferPointer { ids in
            for index in 0..<ids.count where ids[index] != noKey {
                let first = Int(ids[index])
                if first == index {
                    ids[index] = UInt32(offsets.count - 1)
                    appendKey(index, &arena)
                    precondition(arena.count <= Int(UInt32.max), "blocking keys exceed 4 GiB")
                    offsets.append(UInt32(arena.count))
                } else {
                    ids[index] = ids[first]
                }
            }
        }
        return (arena, offsets)
    }

    /// Whether two keys have the same bytes, compared eight at a time.
    @inline(__always)
    private static func equal(_ lhs: UnsafeRawBufferPointer, _ rhs: UnsafeRawBufferPointer) -> Bool {
        let count = lhs.count
        guard count == rhs.count else { return false }
        guard let left = lhs.baseAddress, let right = rhs.baseAddress else { return true }
        var index = 0
        while index + 8 <= count {
            if left.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                != right.loadUnaligned(fromByteOffset: index, as: UInt64.self) { return false }
            index += 8
        }
        while index < count {
            if left.load(fromByteOffset: index, as: UInt8.self) != right.load(fromByteOffset: index, as: UInt8.self) {
                return false
            }
            index += 1
        }
        return true
    }
}
