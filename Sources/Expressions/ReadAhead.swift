import Synchronization

/// Reads memory ahead of its use. Looking up one key after another in a table larger than the
/// cache waits for one miss after another; a pass that first reads where each key of a batch
/// lies has those misses overlap, and the lookups that follow find their memory in the cache.
///
/// What a pass read is folded together and published once at its end, so that the reads are
/// kept rather than optimized away.
public struct ReadAhead {
    private var folded: UInt64 = 0

    /// A pass with nothing read yet.
    public init() {}

    /// Keeps `word`, a value read ahead.
    @inline(__always)
    public mutating func keep(_ word: UInt64) { folded &+= word }

    /// Ends the pass.
    public func finish() { Self.published.store(folded, ordering: .relaxed) }

    private static let published = Atomic<UInt64>(0)
}
