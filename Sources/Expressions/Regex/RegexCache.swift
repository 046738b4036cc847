import Synchronization

/// Patterns that were not literals in the expression, compiled once each and kept.
final class RegexCache: Sendable {
    static let shared = RegexCache()
    private let cache = Mutex([String: CompiledRegex]())
    private static let limit = 1000

    func regex(_ pattern: String) throws(EvalError) -> CompiledRegex {
        if let hit = cache.withLock({ $0[pattern] }) { return hit }
        let compiled = try CompiledRegex(pattern)
        cache.withLock { cache in
            if cache.count >= RegexCache.limit { cache.removeAll() }
            cache[pattern] = compiled
        }
        return compiled
    }
}
