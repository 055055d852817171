/// A column of byte-string keys back to back, built record by record and then interned all at
/// once (``BlockingKeyColumn/init(keys:)``): key `i` is `bytes[ends[i - 1]..<ends[i]]`, and an empty
/// key is no key. A key may be assembled from parts (``appendPart(_:)`` then ``closeKey()``), so
/// composite keys need no buffer of their own.
public struct KeyArena: Sendable {
    // Usable from inlined code: callers in other modules append a part per cell, and a call per
    // part cost as much as the interning.
    @usableFromInline var bytes: [UInt8] = []
    @usableFromInline var ends: [UInt32] = []

    /// An empty arena with room for `keys` keys of `bytes` bytes in all.
    public init(reservingKeys keys: Int = 0, bytes: Int = 0) {
        ends.reserveCapacity(keys)
        self.bytes.reserveCapacity(bytes)
    }

    /// The number of keys.
    @inlinable
    public var count: Int { ends.count }

    /// Appends a whole key (empty: no key).
    @inlinable
    public mutating func append(_ key: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: key)
        closeKey()
    }

    /// Appends a key with no bytes: the record has none.
    @inlinable
    public mutating func appendNoKey() {
        ends.append(ends.last ?? 0)
        // An open part is dropped: a key missing a part is no key.
        bytes.removeSubrange(Int(ends.last!)...)
    }

    /// Appends bytes to the key being assembled.
    @inlinable
    public mutating func appendPart(_ part: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: part)
    }

    /// Appends one byte (a separator) to the key being assembled.
    @inlinable
    public mutating func appendPart(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends `part` with `transform` applied to each byte (ASCII lower-casing, for instance) to
    /// the key being assembled.
    @inlinable
    public mutating func appendPart(_ part: UnsafeBufferPointer<UInt8>, mapping transform: (UInt8) -> UInt8) {
        let start = bytes.count
        bytes.append(contentsOf: part)
        bytes.withUnsafeMutableBufferPointer { bytes in
            for index in start..<bytes.count { bytes[index] = transform(bytes[index]) }
        }
    }

    /// Appends every key of `other`, in order.
    public mutating func append(contentsOf other: KeyArena) {
        precondition(bytes.count + other.bytes.count <= Int(UInt32.max), "blocking keys exceed 4 GiB")
        let base = UInt32(bytes.count), first = ends.count
        bytes.append(contentsOf: other.bytes)
        // Copied whole, then shifted in place (a lazy map went through the generic element copy).
        ends.append(contentsOf: other.ends)
        ends.withUnsafeMutableBufferPointer { ends in
            for index in first..<ends.count { ends[index] += base }
        }
    }

    /// Appends every key of each of `parts`, in order, with room made for all of them first: the
    /// arenas that workers filled, merged. Grown by doubling instead, a million e-mail addresses
    /// were copied into fresh memory (which the kernel maps and zeroes) several times over.
    public mutating func append(contentsOf parts: [KeyArena]) {
        bytes.reserveCapacity(bytes.count + parts.reduce(0) { $0 + $1.bytes.count })
        ends.reserveCapacity(ends.count + parts.reduce(0) { $0 + $1.ends.count })
        for part in parts { append(contentsOf: part) }
    }

    /// Ends the key being assembled: its parts so far are the next key.
    @inlinable
    public mutating func closeKey() {
        precondition(bytes.count <= Int(UInt32.max), "blocking keys exceed 4 GiB")
        ends.append(UInt32(bytes.count))
    }

    /// Calls `body` with the bytes and the end offsets.
    func withStorage<R>(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt32>) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { bytes in try ends.withUnsafeBufferPointer { try body(bytes, $0) } }
    }
}
