import DataModel
import Expressions
import Synchronization

/// Runs rule sets over data files: loads them in parallel, builds lookups once, evaluates every
/// applicable rule, and returns findings and the scorecard in a deterministic order.
public enum Linter {
    /// Checks `options.files` against `options.ruleSets`.
    public static func run(_ options: LintOptions) -> LintResult {
        let paths = Array(Set(options.files)).sorted()
        let relative = paths.map { Glob.relativePath($0, to: options.configRoot) }
        let plan = RunPlan(options: options)
        let done = Atomic<Int>(0)
        let loaded = Parallel.map(paths.count, jobs: options.jobs) { i -> LoadedFile in
            defer { options.progress?(done.add(1, ordering: .relaxed).newValue, paths.count) }
            do throws(FileReadError) {
                return try DataLoader.load(path: paths[i], options: plan.loadOptions(for: relative[i]))
            } catch {
                let location = SourceLocation(file: FileID(paths[i]), line: 1, column: 1)
                return LoadedFile(file: FileID(paths[i]), format: DataFormat(path: paths[i]) ?? .yaml, documents: [],
                                  problems: [LoadProblem(.parseError, error.reason, at: location)])
            }
        }
        return LintRun(plan: plan, files: loaded, relativePaths: relative).evaluate()
    }
}

/// The run's settings resolved once: which sets and lookups read which files, with what
/// options, and each rule's effective severity.
struct RunPlan {
    let options: LintOptions
    let setSelectors: [FileSelector?]
    let lookupSelectors: [[FileSelector?]]

    init(options: LintOptions) {
        self.options = options
        setSelectors = options.ruleSets.map(\.fileSelector)
        lookupSelectors = options.ruleSets.map { $0.lookups.map(\.files) }
    }

    var ruleSets: [RuleSet] { options.ruleSets }

    func setApplies(_ set: Int, to relativePath: String) -> Bool {
        setSelectors[set]?.matches(relativePath) ?? true
    }

    /// The options a file is read with: the date formats and columns of every set whose `files`
    /// (or whose lookups' `files`) match it.
    func loadOptions(for relativePath: String) -> LoadOptions {
        var formats: [DateFormat] = []
        var columns: [String: ColumnType] = [:]
        for (i, set) in ruleSets.enumerated() {
            let reads = setApplies(i, to: relativePath) || lookupSelectors[i].contains { $0?.matches(relativePath) ?? false }
            guard reads else { continue }
            for format in set.dateFormats where !formats.contains(format) { formats.append(format) }
            columns.merge(set.columns) { first, _ in first }
        }
        return LoadOptions(dateFormats: options.dateFormats ?? (formats.isEmpty ? [.iso] : formats), columnTypes: columns)
    }

    /// The severity a rule reports at in this run, or `nil` when it is off.
    func severity(of rule: Rule) -> Severity? {
        (options.severityOverrides[rule.id] ?? rule.level).severity
    }

    func calendar(of set: RuleSet) -> WorkdayCalendar {
        options.calendar ?? set.calendar ?? .weekendsOnly
    }
}
