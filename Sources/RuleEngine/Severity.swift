/// How serious a finding is; ordered `info < warning < error`.
public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A rule's configured level: a severity, or `off` to disable the rule.
public enum RuleLevel: Sendable, Hashable {
    case on(Severity)
    case off

    /// The level written as `error`, `warning`, `info` or `off`.
    public init?(_ text: String) {
        if text == "off" { self = .off } else if let s = Severity(rawValue: text) { self = .on(s) } else { return nil }
    }
}
