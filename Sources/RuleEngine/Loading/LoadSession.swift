import DataModel
import Expressions
import Foundation

/// One loading of rule sets: the diagnostics so far, the texts of the files read (to place
/// errors inside strings), and the `extends` chain being followed.
final class LoadSession {
    /// A rule-set source to load: a file or a built-in.
    struct Origin {
        var key: String
        var path: String
        var folder: String?
        var source: String?
    }

    let builtins: BuiltinSources
    let overrides: RuleSetCompiler.Overrides
    let sink = DiagnosticSink()
    private var positions: [FileID: ScalarPosition] = [:]
    private var ruleSets: [RuleSet] = []
    private var firstOrigin: [String: String] = [:]

    init(loader: RuleSetLoader) {
        builtins = loader.builtins
        overrides = .init(calendar: loader.calendarOverride, dateFormats: loader.dateFormatsOverride)
    }

    /// The sources a reference stands for; an unknown one is reported.
    func expand(_ reference: String) -> [Origin] {
        if let name = BuiltinSources.builtinName(reference) {
            if let members = builtins.groups[name] { return members.flatMap { expand(BuiltinSources.path($0)) } }
            if let source = builtins.ruleSets[name] {
                return [Origin(key: BuiltinSources.path(name), path: BuiltinSources.path(name), folder: nil, source: source)]
            }
            sink.error(RuleSetMessages.unknownBuiltinRuleSet(name, known: Array(builtins.ruleSets.keys) + Array(builtins.groups.keys)),
                       at: .unknown)
            return []
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: reference, isDirectory: &isDirectory) else {
            sink.error(RuleSetMessages.unreadable(reference, "no such file or folder"), at: .unknown)
            return []
        }
        guard isDirectory.boolValue else { return [fileOrigin(reference)] }
        let files = (FileManager.default.enumerator(atPath: reference)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }
            .sorted()
        if files.isEmpty { sink.error(RuleSetMessages.noRuleSetsIn(reference), at: .unknown) }
        return files.map { fileOrigin((reference as NSString).appendingPathComponent($0)) }
    }

    private func fileOrigin(_ path: String) -> Origin {
        let clean = (path as NSString).standardizingPath
        return Origin(key: clean, path: clean, folder: (clean as NSString).deletingLastPathComponent)
    }

    /// Loads, merges and compiles one rule set; a calendar file met on the way (a folder holding
    /// `calendars/`) is validated as a calendar instead.
    func loadRuleSet(_ origin: Origin) {
        guard let root = root(origin) else { return }
        if Self.isCalendar(root) {
            _ = compileCalendar(root)
            return
        }
        guard let definition = definition(origin, root: root, chain: []) else { return }
        let compiler = RuleSetCompiler(
            sink: sink, positions: { [positions] in positions[$0] }, overrides: overrides, calendar: calendar(named:folder:))
        guard let ruleSet = compiler.compile(definition) else { return }
        if let first = firstOrigin[ruleSet.id] {
            sink.error(RuleSetMessages.duplicateRuleSetID(ruleSet.id, first: first), at: definition.id?.location ?? .unknown)
            return
        }
        firstOrigin[ruleSet.id] = origin.path
        ruleSets.append(ruleSet)
    }

    /// The YAML root of a source; read problems are reported.
    private func root(_ origin: Origin) -> Value? {
        let text: String
        if let source = origin.source {
            text = source
        } else {
            guard let data = FileManager.default.contents(atPath: origin.path) else {
                sink.error(RuleSetMessages.unreadable(origin.path, "cannot be read"), at: .unknown)
                return nil
            }
            text = String(decoding: data, as: UTF8.self)
        }
        let loaded = DataLoader.load(text: text, path: origin.path, format: .yaml)
        positions[loaded.file] = ScalarPosition(source: text)
        for problem in loaded.problems { sink.error(problem.message, at: problem.location) }
        guard loaded.problems.isEmpty else { return nil }
        guard let document = loaded.documents.first else {
            sink.error(RuleSetMessages.emptyRuleSet(), at: SourceLocation(file: loaded.file, line: 1, column: 1))
            return nil
        }
        return document.root
    }

    /// Whether a file's top level is a calendar: `calendar:` with neither `ruleset:` nor `rules:`
    /// (a rule set also has a `calendar:` key, naming the calendar it uses).
    static func isCalendar(_ root: Value) -> Bool {
        guard let map = root.map else { return false }
        return map.entry("calendar") != nil && map.entry("ruleset") == nil && map.entry("rules") == nil
    }

    /// The definition of `origin` (whose YAML root is `root`) with everything it extends merged in.
    private func definition(_ origin: Origin, root: Value, chain: [String]) -> RuleSetDefinition? {
        var definition = RuleSetDefinition(root: root, origin: origin.path, folder: origin.folder, sink: sink)
        for reference in definition.extends {
            guard let text = reference.string, let base = extendedOrigin(text, from: origin, at: reference.location) else { continue }
            if chain.contains(base.key) || base.key == origin.key {
                let names = (chain + [origin.key, base.key]).drop { $0 != base.key }
                sink.error(RuleSetMessages.extendsCycle(Array(names)), at: reference.location)
                continue
            }
            guard let baseRoot = self.root(base), let baseDefinition = self.definition(base, root: baseRoot, chain: chain + [origin.key]) else {
                continue
            }
            definition = definition.merging(base: baseDefinition)
        }
        return definition
    }

    private func extendedOrigin(_ reference: String, from origin: Origin, at location: SourceLocation) -> Origin? {
        if let name = BuiltinSources.builtinName(reference) {
            guard let source = builtins.ruleSets[name] else {
                sink.error(RuleSetMessages.unknownBuiltinRuleSet(name, known: Array(builtins.ruleSets.keys)), at: location)
                return nil
            }
            return Origin(key: BuiltinSources.path(name), path: BuiltinSources.path(name), folder: nil, source: source)
        }
        let path = (reference as NSString).isAbsolutePath ? reference : ((origin.folder ?? ".") as NSString).appendingPathComponent(reference)
        guard FileManager.default.fileExists(atPath: path) else {
            sink.error(RuleSetMessages.unreadable(reference, "no such file"), at: location)
            return nil
        }
        return fileOrigin(path)
    }

    /// The calendar a `calendar:` value names: a built-in name, or a path from `folder`.
    func calendar(named value: Value, folder: String?) -> WorkdayCalendar? {
        guard let reference = value.string else { return nil }
        let name = reference.hasPrefix("builtin:") ? String(reference.dropFirst(8)) : reference
        var origin: Origin
        if !name.contains("/"), !name.hasSuffix(".yml"), !name.hasSuffix(".yaml") {
            guard let source = builtins.calendars[name] else {
                sink.error(RuleSetMessages.unknownCalendar(name, known: Array(builtins.calendars.keys)), at: value.location)
                return nil
            }
            origin = Origin(key: name, path: "builtin:\(name)", folder: nil, source: source)
        } else {
            let path = (name as NSString).isAbsolutePath ? name : ((folder ?? ".") as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: path) else {
                sink.error(RuleSetMessages.unknownCalendar(name, known: Array(builtins.calendars.keys)), at: value.location)
                return nil
            }
            origin = Origin(key: path, path: path, folder: nil)
        }
        guard let root = root(origin) else { return nil }
        return compileCalendar(root)
    }

    /// The calendar a calendar file's root defines; its mistakes are reported.
    private func compileCalendar(_ root: Value) -> WorkdayCalendar? {
        do {
            return try WorkdayCalendar(from: root)
        } catch {
            sink.error(RuleSetMessages.badCalendar(error.message), at: error.location)
            return nil
        }
    }

    func result() -> RuleSetLoadResult {
        var unique: [RuleSetDiagnostic] = []
        var seen = Set<String>()
        for d in sink.diagnostics where seen.insert("\(d.location)|\(d.message)").inserted { unique.append(d) }
        unique.sort { $0.location < $1.location }
        return RuleSetLoadResult(ruleSets: ruleSets, diagnostics: unique)
    }
}
