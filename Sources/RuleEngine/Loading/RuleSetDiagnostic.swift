import DataModel

/// A problem in a rule set (or a calendar it names), reported like a compiler error at its place
/// in the rule file.
public struct RuleSetDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How serious a rule-set problem is: errors make `govlint rules check` and `govlint check` exit 2.
    public enum Level: String, Sendable {
        case error, warning
    }

    /// Whether it is an error or a warning.
    public var level: Level
    /// What went wrong (`unknown key 'severty'; did you mean 'severity'?`).
    public var message: String
    /// Where, in the rule file.
    public var location: SourceLocation

    /// A diagnostic of `level` at `location`.
    public init(_ level: Level, _ message: String, at location: SourceLocation) {
        self.level = level
        self.message = message
        self.location = location
    }

    /// The compiler form: `rules.yml:12:7: error: unknown key 'severty'; did you mean 'severity'?`.
    public var description: String {
        location.file == .none ? "\(level.rawValue): \(message)" : "\(location): \(level.rawValue): \(message)"
    }
}

/// Collects diagnostics while a rule set is read; each part of the loader reports here and
/// carries on, so one mistake never hides the next.
final class DiagnosticSink {
    private(set) var diagnostics: [RuleSetDiagnostic] = []

    func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(RuleSetDiagnostic(.error, message, at: location))
    }

    func warning(_ message: String, at location: SourceLocation) {
        diagnostics.append(RuleSetDiagnostic(.warning, message, at: location))
    }

    var errorCount: Int { diagnostics.filter { $0.level == .error }.count }
}
