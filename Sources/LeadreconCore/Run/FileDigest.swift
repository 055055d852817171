import Crypto
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The SHA-256 of an input file, for `summary.json` and the run history: which bytes a run read.
///
/// Read with `read(2)` into one buffer reused for the whole file: `FileHandle.read(upToCount:)`
/// allocated a fresh 1 MiB `Data` per block, and the kernel zeroed its pages every time; at
/// 1.5 GB of input that cost as much CPU as the digest itself (SHA-256 runs on the CPU's SHA
/// instructions through swift-crypto).
enum FileDigest {
    static let blockSize = 1 << 20

    /// - Throws: ``RunError/cannotHash(path:)`` when the file cannot be opened or read to its end.
    static func sha256(path: String, displayPath: String) throws(RunError) -> String {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .cannotHash(path: displayPath) }
        defer { close(fd) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: blockSize, alignment: 64)
        defer { buffer.deallocate() }
        var hasher = SHA256()
        while true {
            let n = read(fd, buffer.baseAddress, blockSize)
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw .cannotHash(path: displayPath)
            }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[..<n]))
        }
        return hasher.finalize().hex
    }
}
