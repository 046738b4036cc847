internal import CMemory

/// Reads memory ahead of its use. Looking up one key after another in a table larger than the
/// cache waits for one miss after another; a pass that first asks for where each key of a batch
/// lies has those misses overlap, and the lookups that follow find their memory in the cache.
///
/// The processor is asked with a prefetch, which does not wait for the memory: a load would, and
/// the processor keeps only a few of a batch's loads in flight at once.
enum ReadAhead {
    /// Brings the memory `offset` bytes past `base` into the cache, without waiting for it.
    @inline(__always)
    static func fetch(_ base: UnsafeRawPointer, offset: Int) { govlint_prefetch(base + offset) }
}
