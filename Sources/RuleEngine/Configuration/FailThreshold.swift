/// The lowest severity that makes a run fail (`--fail-on`, `fail-on:`), or `never`.
public enum FailThreshold: String, Sendable, CaseIterable {
    case error, warning, info, never

    /// Whether a finding of `severity` makes the run fail.
    public func fails(_ severity: Severity) -> Bool {
        switch self {
        case .error: severity >= .error
        case .warning: severity >= .warning
        case .info: true
        case .never: false
        }
    }
}
