#ifndef LEADRECON_CPREFETCH_H
#define LEADRECON_CPREFETCH_H

/// Asks the processor to start loading the cache line at `address` for reading, without waiting
/// for it (a hint; never faults, even for an address past the end of an array). Swift has no
/// prefetch of its own: the loops that read records anywhere among a million (candidate pairs,
/// grading) issue the next loads while they work on the current ones.
static inline void leadrecon_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
