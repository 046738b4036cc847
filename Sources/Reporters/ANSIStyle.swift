import RuleEngine

/// ANSI terminal styling that collapses to plain text when colour is off.
struct ANSIStyle {
    /// Whether escapes are written.
    let enabled: Bool

    func bold(_ s: String) -> String { wrap(s, "1") }
    func dim(_ s: String) -> String { wrap(s, "2") }
    func green(_ s: String) -> String { wrap(s, "32") }
    func red(_ s: String) -> String { wrap(s, "31") }

    /// The severity word in its conventional colour: red error, yellow warning, cyan info.
    func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: wrap(severity.rawValue, "1;31")
        case .warning: wrap(severity.rawValue, "1;33")
        case .info: wrap(severity.rawValue, "1;36")
        }
    }

    private func wrap(_ s: String, _ code: String) -> String {
        enabled && !s.isEmpty ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}
