import RuleEngine

/// Counts derived from a result's findings: by severity, by rule and by file.
public struct FindingStatistics: Sendable {
    /// Findings of one rule.
    public struct RuleCount: Sendable, Equatable {
        /// The rule id.
        public var ruleID: String
        /// The severity its findings carry (the highest, should they differ).
        public var severity: Severity
        /// How many findings it produced.
        public var count: Int
        /// The files they are in, in path order.
        public var files: [String]
    }

    /// Findings in one file.
    public struct FileCount: Sendable, Equatable {
        /// The file's path.
        public var path: String
        /// Error findings.
        public var errors: Int
        /// Warning findings.
        public var warnings: Int
        /// Info findings.
        public var infos: Int
    }

    /// Error findings.
    public private(set) var errors = 0
    /// Warning findings.
    public private(set) var warnings = 0
    /// Info findings.
    public private(set) var infos = 0
    /// Findings per rule, by rule id.
    public private(set) var byRule: [RuleCount] = []
    /// Findings per file, by path.
    public private(set) var byFile: [FileCount] = []
    /// How many files the run read.
    public let filesChecked: Int
    /// Checked files holding at least one finding (findings in rule sets are not counted here).
    public let filesWithFindings: Int

    /// The counts of `result`.
    public init(_ result: LintResult) {
        filesChecked = result.files.count
        var rules: [String: RuleCount] = [:]
        var files: [String: FileCount] = [:]
        for finding in result.findings {
            let path = finding.location.path
            var file = files[path] ?? FileCount(path: path, errors: 0, warnings: 0, infos: 0)
            switch finding.severity {
            case .error: errors += 1; file.errors += 1
            case .warning: warnings += 1; file.warnings += 1
            case .info: infos += 1; file.infos += 1
            }
            files[path] = file
            var rule = rules[finding.ruleID] ?? RuleCount(ruleID: finding.ruleID, severity: finding.severity, count: 0, files: [])
            rule.count += 1
            rule.severity = max(rule.severity, finding.severity)
            if rule.files.last != path, !rule.files.contains(path) { rule.files.append(path) }
            rules[finding.ruleID] = rule
        }
        byRule = rules.values.map { var r = $0; r.files.sort(); return r }.sorted { $0.ruleID < $1.ruleID }
        byFile = files.values.sorted { $0.path < $1.path }
        let checked = Set(result.files.map(\.path))
        filesWithFindings = byFile.filter { checked.contains($0.path) }.count
    }

    /// All findings.
    public var total: Int { errors + warnings + infos }

    /// The findings as words: `3 errors, 1 warning`, `2 info`, or `no findings`.
    public var severityPhrase: String {
        var parts: [String] = []
        if errors > 0 { parts.append(Plural.count(errors, "error")) }
        if warnings > 0 { parts.append(Plural.count(warnings, "warning")) }
        if infos > 0 { parts.append("\(infos) info") }
        return parts.isEmpty ? "no findings" : parts.joined(separator: ", ")
    }

    /// The totals line: `3 errors, 1 warning in 2 of 5 files (1,234 items checked by 12 rules)`.
    public func totalsLine(scorecard: Scorecard, hidden: HiddenFindings) -> String {
        var line = severityPhrase
        line += total == 0
            ? " in \(Plural.count(filesChecked, "file"))"
            : " in \(filesWithFindings) of \(Plural.count(filesChecked, "file"))"
        let checks = scorecard.itemsChecked.values.reduce(0, +)
        if !scorecard.itemsChecked.isEmpty {
            line += " (\(Plural.count(checks, "item check")) by \(Plural.count(scorecard.itemsChecked.count, "rule")))"
        }
        var hiddenParts: [String] = []
        if hidden.suppressed > 0 { hiddenParts.append("\(hidden.suppressed) suppressed") }
        if hidden.baselined > 0 { hiddenParts.append("\(hidden.baselined) in the baseline") }
        if !hiddenParts.isEmpty { line += "; hidden: " + hiddenParts.joined(separator: ", ") }
        return line
    }
}

/// English counts of things.
enum Plural {
    /// `1 file`, `2 files`, with thousands grouped (`1,234 files`).
    static func count(_ n: Int, _ noun: String) -> String {
        "\(grouped(n)) \(n == 1 ? noun : noun + "s")"
    }

    /// `n` with a comma every three digits.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }
}
