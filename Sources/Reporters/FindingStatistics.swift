import DataModel
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
        // Where each rule's and file's counts are, so a finding updates them in place.
        var rulePositions: [String: Int] = [:]
        var filePositions: [FileID: Int] = [:]
        for finding in result.findings {
            let file = finding.location.file
            let path = file.path
            let rulePosition = Self.position(of: finding.ruleID, in: &rulePositions, entries: &byRule) {
                RuleCount(ruleID: finding.ruleID, severity: finding.severity, count: 0, files: [])
            }
            byRule[rulePosition].add(finding.severity, in: path)
            let filePosition = Self.position(of: file, in: &filePositions, entries: &byFile) {
                FileCount(path: path, errors: 0, warnings: 0, infos: 0)
            }
            byFile[filePosition].add(finding.severity)
        }
        for index in byRule.indices { byRule[index].files.sort() }
        byRule.sort { $0.ruleID < $1.ruleID }
        byFile.sort { $0.path < $1.path }
        for file in byFile {
            errors += file.errors
            warnings += file.warnings
            infos += file.infos
        }
        let checked = Set(result.files.map(\.path))
        filesWithFindings = byFile.filter { checked.contains($0.path) }.count
    }

    /// The position of `key`'s entry in `entries`, appending `newEntry()` for a key not seen yet.
    private static func position<Key: Hashable, Entry>(
        of key: Key, in positions: inout [Key: Int], entries: inout [Entry], newEntry: () -> Entry
    ) -> Int {
        if let position = positions[key] { return position }
        positions[key] = entries.count
        entries.append(newEntry())
        return entries.count - 1
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

private extension FindingStatistics.RuleCount {
    mutating func add(_ severity: Severity, in path: String) {
        count += 1
        self.severity = max(self.severity, severity)
        if files.last != path, !files.contains(path) { files.append(path) }
    }
}

private extension FindingStatistics.FileCount {
    mutating func add(_ severity: Severity) {
        switch severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .info: infos += 1
        }
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
