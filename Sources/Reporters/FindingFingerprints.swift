import RuleEngine

/// Stable identities of findings that do not depend on line numbers: rule, file and item key,
/// with `#2`, `#3`… for repeats, so code scanning and baselines match findings across edits.
public struct FindingFingerprints: Sendable {
    private let values: [String]

    /// The fingerprints of `findings`, in the same order.
    public init(_ findings: [Finding]) {
        var seen: [String: Int] = [:]
        values = findings.map { finding in
            let base = "\(finding.ruleID)|\(finding.location.path)|\(finding.identity)"
            let n = (seen[base] ?? 0) + 1
            seen[base] = n
            return n == 1 ? base : "\(base)#\(n)"
        }
    }

    /// The fingerprint of the finding at `index`.
    public subscript(index: Int) -> String { values[index] }
}
