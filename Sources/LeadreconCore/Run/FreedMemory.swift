#if canImport(Glibc)
import Glibc
#endif

/// Hands memory that a stage freed back to the system between stages.
///
/// glibc's allocator keeps freed memory in per-thread arenas for reuse; after the concurrent ingest
/// and normalisation (several threads, millions of short-lived strings and buffers) most of it sits
/// there unused, and the next stage allocates fresh pages on top, so the run's peak RSS was the sum
/// of the stages' peaks rather than the largest. `malloc_trim(0)` returns the free pages of every
/// arena. It is not in Swift's Glibc module, so it is looked up by name once; on other C libraries
/// this does nothing.
enum FreedMemory {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
        #else
        return nil
        #endif
    }()

    /// Returns free memory to the system; a few milliseconds.
    static func release() {
        _ = trim?(0)
    }
}
