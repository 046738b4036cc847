/// Decides whether a cache of one CSV column's cell texts earns its keep: it counts the first
/// lookups, and a column whose sample hits less than one time in eight stops using the cache,
/// so a column whose texts never repeat (identifiers, timestamps) pays for it only at the start.
struct CacheHitSampler {
    /// The lookups after which the hit share is judged.
    let sampleLookups: Int
    private var lookups = 0
    private var hits = 0
    /// Whether the column still uses the cache.
    private(set) var isEnabled = true

    private static let minimumHitShare = 8

    init(sampleLookups: Int) {
        self.sampleLookups = sampleLookups
    }

    /// Counts a lookup; returns `false` when it ends a sample that disables the cache, which the
    /// caller then empties.
    mutating func count(hit: Bool) -> Bool {
        lookups += 1
        if hit { hits += 1 }
        guard lookups == sampleLookups, hits * Self.minimumHitShare < sampleLookups else { return true }
        isEnabled = false
        return false
    }
}
