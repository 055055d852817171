extension StringSimilarity {
    /// Whether every byte is ASCII, so that bytes and characters coincide.
    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var union: UInt8 = 0
        for byte in bytes { union |= byte }
        return union < 0x80
    }

    /// Calls `body` with the UTF-8 bytes of two strings, without copying native strings (small
    /// strings are spilled to the stack).
    @inline(__always)
    static func withBytes<Result>(
        _ a: String, _ b: String,
        _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        var a = a
        var b = b
        return a.withUTF8 { aBytes in b.withUTF8 { bBytes in body(aBytes, bBytes) } }
    }

    /// Calls `body` with the Unicode scalars of two UTF-8 strings, decoded into one stack buffer.
    ///
    /// Malformed UTF-8 decodes to U+FFFD, one per maximal invalid subsequence (the standard's
    /// recommended practice), so two garbled cells are still compared and never trap.
    static func withScalars<Result>(
        _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<UInt32>) -> Result
    ) -> Result {
        // A string has at most as many scalars as bytes.
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: a.count + b.count) { buffer in
            let aCount = decode(a, into: buffer.baseAddress!)
            let bCount = decode(b, into: buffer.baseAddress! + aCount)
            return body(
                UnsafeBufferPointer(start: buffer.baseAddress, count: aCount),
                UnsafeBufferPointer(start: buffer.baseAddress! + aCount, count: bCount)
            )
        }
    }

    /// Decodes UTF-8 `bytes` into scalar values at `output`; returns how many were written.
    private static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt32>
    ) -> Int {
        var count = 0
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                output[count] = scalar.value
            case .error:
                output[count] = 0xFFFD
            case .emptyInput:
                break loop
            }
            count += 1
        }
        return count
    }
}
