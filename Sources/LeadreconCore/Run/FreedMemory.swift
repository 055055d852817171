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
public enum FreedMemory {
    private typealias Trim = @convention(c) (Int) -> Int32
    private typealias Option = @convention(c) (Int32, Int32) -> Int32

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

    /// Keeps freed blocks in the heap for reuse until ``release()`` says otherwise: a run
    /// allocates and frees blocks of megabytes (row chunks, per-block scratch, growing columns),
    /// and by default glibc maps each above its threshold afresh and trims the heap's top on
    /// every free, so the kernel faulted in and zeroed the same memory again and again (a sixth
    /// fewer page faults on the 1M-person world with this). Peak memory is unchanged: the stages
    /// still hand free memory back between them. Call once, at the start of the process
    /// (`mallopt`, looked up by name like `malloc_trim`).
    public static func reuseLargeBlocks() {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Option.self)
        // <malloc.h>: M_TRIM_THRESHOLD -1, M_MMAP_THRESHOLD -3 (32 MiB: glibc's largest).
        _ = mallopt(-3, 32 << 20)
        _ = mallopt(-1, 1 << 30)
        #endif
    }
}
