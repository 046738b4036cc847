#ifndef GOVLINT_CMEMORY_H
#define GOVLINT_CMEMORY_H

/// Asks the processor to bring the cache line holding `address` into its cache, without waiting
/// for it: Swift has no prefetch of its own.
static inline void govlint_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
