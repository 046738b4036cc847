import Foundation
import Synchronization

/// An I-Regexp compiled to ICU through `NSRegularExpression`.
///
/// `NSRegularExpression` is immutable and documented as safe to use from several threads.
final class CompiledIRegexp: @unchecked Sendable {
    private let expression: NSRegularExpression

    init(_ expression: NSRegularExpression) {
        self.expression = expression
    }

    /// Whether the expression matches `text` (all of it when compiled anchored).
    func matches(_ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }
}

/// Compiles I-Regexp patterns once each, for `match()` (anchored) and `search()`.
final class IRegexpCache: Sendable {
    /// The process-wide cache.
    static let shared = IRegexpCache()

    private struct Key: Hashable {
        var pattern: String
        var anchored: Bool
    }

    /// Patterns come from data as well as from queries, so the cache is bounded.
    private static let capacity = 1024
    private let entries = Mutex<[Key: CompiledIRegexp?]>([:])

    /// The compiled pattern, or `nil` when `pattern` is not valid I-Regexp.
    func compile(_ pattern: String, anchored: Bool) -> CompiledIRegexp? {
        let key = Key(pattern: pattern, anchored: anchored)
        if let cached = entries.withLock({ $0[key] }) { return cached }
        let compiled = Self.translate(pattern, anchored: anchored)
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll() }
            entries[key] = compiled
        }
        return compiled
    }

    private static func translate(_ pattern: String, anchored: Bool) -> CompiledIRegexp? {
        guard let translated = IRegexpTranslator.translate(pattern) else { return nil }
        let icu = anchored ? "\\A(?:\(translated))\\z" : translated
        return (try? NSRegularExpression(pattern: icu)).map(CompiledIRegexp.init)
    }
}
