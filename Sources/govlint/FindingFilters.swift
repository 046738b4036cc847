import DataModel
import Foundation
import Reporters
import RuleEngine

/// The steps after linting that decide which findings are reported: inline suppressions, then
/// the baseline.
enum FindingFilters {
    /// `result` with suppressions applied: the YAML files it read are scanned for
    /// `govlint-disable` comments.
    static func suppress(_ result: inout LintResult) -> Int {
        var suppressions: [FileID: [Suppression]] = [:]
        for file in result.files where DataFormat(path: file.path) == .yaml {
            guard let data = FileManager.default.contents(atPath: file.path),
                  data.withUnsafeBytes(SuppressionScanner.mentionsMarker) else { continue }
            let found = SuppressionScanner.scan(String(decoding: data, as: UTF8.self), file: file)
            if !found.isEmpty { suppressions[file] = found }
        }
        guard !suppressions.isEmpty else { return 0 }
        let outcome = SuppressionFilter.apply(result.findings, suppressions: suppressions)
        result.findings = outcome.findings
        addDescriptor(SuppressionFilter.unusedDescriptor, to: &result)
        return outcome.suppressedCount
    }

    /// `result` less what the baseline at `path` records; stale entries are added as notes.
    static func applyBaseline(_ path: String, to result: inout LintResult, workingDirectory: String) throws(CLIError) -> Int {
        let display = PathRelativizer(baseFolder: workingDirectory, workingDirectory: workingDirectory).relative(path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.baselineUnreadable(display, FileManager.default.fileExists(atPath: path) ? "permission denied" : "it does not exist")
        }
        let text = String(decoding: data, as: UTF8.self)
        let baseline: Baseline
        do {
            baseline = try BaselineFile.decode(text, path: display)
        } catch {
            throw CLIError(description: error.description)
        }
        let outcome = BaselineFilter.apply(
            result.findings, baseline: baseline, paths: relativizer(for: path, workingDirectory: workingDirectory),
            baselinePath: display, baselineText: text, checkedFiles: result.files.map(\.path))
        result.findings = outcome.findings
        addDescriptor(BaselineFilter.staleDescriptor, to: &result)
        return outcome.hiddenCount
    }

    /// Writes the baseline of `result`'s findings to `path`; returns how many entries it holds.
    static func writeBaseline(_ result: LintResult, to path: String, workingDirectory: String) throws(CLIError) -> Baseline {
        let baseline = Baseline(recording: result.findings, paths: relativizer(for: path, workingDirectory: workingDirectory))
        try AtomicFile.write(BaselineFile.encode(baseline), to: path)
        return baseline
    }

    /// Paths relative to the baseline file's folder.
    private static func relativizer(for path: String, workingDirectory: String) -> PathRelativizer {
        let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        return PathRelativizer(baseFolder: URL(fileURLWithPath: absolute).deletingLastPathComponent().path, workingDirectory: workingDirectory)
    }

    private static func addDescriptor(_ descriptor: RuleDescriptor, to result: inout LintResult) {
        if result.rule(descriptor.id) == nil, result.findings.contains(where: { $0.ruleID == descriptor.id }) {
            result.rules.append(descriptor)
        }
    }
}
