import Foundation

/// What a reporter needs besides the result: presentation switches, source text for code frames,
/// and facts about the run that the result itself does not hold.
public struct ReportContext: Sendable {
    /// Whether ANSI colour escapes may be written.
    public var color: Bool
    /// Whether the scorecard and per-rule and per-file counts follow the findings.
    public var showSummary: Bool
    /// Whether to print findings only, without the totals line.
    public var quiet: Bool
    /// The text of checked files, for code frames.
    public var sources: any SourceTextProvider
    /// The version of govlint, for machine formats that name the tool.
    public var toolVersion: String
    /// When the run started, for formats that record it.
    public var timestamp: Date
    /// The machine's name, for formats that record it.
    public var hostname: String
    /// How long the run took, in seconds.
    public var elapsedSeconds: Double
    /// How many findings suppressions and the baseline hid.
    public var hidden: HiddenFindings
    /// The absolute `file://` URI of the folder relative paths are relative to (SARIF's `SRCROOT`).
    public var sourceRootURI: String?
    /// The web page about govlint, when one is known (SARIF's `informationUri`).
    public var informationURI: String?

    /// A context with the given switches; other facts default to an empty run at the epoch.
    public init(
        color: Bool = false, showSummary: Bool = false, quiet: Bool = false,
        sources: any SourceTextProvider = NoSourceText(), toolVersion: String = "0",
        timestamp: Date = Date(timeIntervalSince1970: 0), hostname: String = "localhost",
        elapsedSeconds: Double = 0, hidden: HiddenFindings = HiddenFindings(), sourceRootURI: String? = nil,
        informationURI: String? = nil
    ) {
        self.color = color
        self.showSummary = showSummary
        self.quiet = quiet
        self.sources = sources
        self.toolVersion = toolVersion
        self.timestamp = timestamp
        self.hostname = hostname
        self.elapsedSeconds = elapsedSeconds
        self.hidden = hidden
        self.sourceRootURI = sourceRootURI
        self.informationURI = informationURI
    }
}

/// Counts of findings that a run produced but does not report.
public struct HiddenFindings: Sendable, Equatable {
    /// Findings matched by an inline `govlint-disable` comment.
    public var suppressed: Int
    /// Findings recorded in the baseline.
    public var baselined: Int

    /// Counts of hidden findings.
    public init(suppressed: Int = 0, baselined: Int = 0) {
        self.suppressed = suppressed
        self.baselined = baselined
    }
}
