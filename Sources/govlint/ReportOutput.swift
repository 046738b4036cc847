import Foundation
import Reporters
import RuleEngine

/// Renders every requested report and writes each to its file (atomically) or standard output.
struct ReportOutput {
    let settings: CheckSettings
    let startedAt: Date
    let hidden: HiddenFindings

    func write(_ result: LintResult) throws(CLIError) {
        let sources = BuiltinAwareSourceText(builtins: LintInvocation.builtins)
        for spec in settings.formats {
            let toTerminal = spec.file == nil
            let context = ReportContext(
                color: toTerminal && settings.color && spec.format.isForTerminal,
                showSummary: settings.summary,
                quiet: settings.quiet,
                sources: sources,
                toolVersion: GovlintVersion.current,
                timestamp: startedAt,
                hostname: ProcessInfo.processInfo.hostName,
                elapsedSeconds: Date().timeIntervalSince(startedAt),
                hidden: hidden,
                sourceRootURI: URL(fileURLWithPath: settings.configRoot, isDirectory: true).absoluteString)
            let text = spec.format.reporter.render(result, context: context)
            if let file = spec.file {
                try AtomicFile.write(text, to: file)
            } else {
                Terminal.printOutput(text)
            }
        }
    }
}
