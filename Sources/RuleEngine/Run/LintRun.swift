import DataModel
import Expressions
import JSONPath

/// One evaluation of loaded files: applicability, lookups, rules per document in parallel,
/// run-scope checks, and the run's own findings.
struct LintRun {
    let plan: RunPlan
    let files: [LoadedFile]
    let documents: [RunDocument]

    init(plan: RunPlan, files: [LoadedFile], relativePaths: [String]) {
        self.plan = plan
        self.files = files
        var documents: [RunDocument] = []
        for (file, relative) in zip(files, relativePaths) {
            for document in file.documents {
                documents.append(RunDocument(index: documents.count, document: document, relativePath: relative))
            }
        }
        self.documents = documents
    }

    private var asOf: CivilDate { plan.options.asOf }

    /// What evaluating one rule on one document gave.
    private struct DocumentOutcome {
        var findings: [Finding] = []
        var targets: [Scorecard.TargetResult] = []
        var itemsChecked: [String: Int] = [:]
        var matchedRules: Set<String> = []
        var deferred: [String: [CheckItem]] = [:]
    }

    func evaluate() -> LintResult {
        let sets = plan.ruleSets
        let jobs = plan.options.jobs
        let applicable = Parallel.map(documents.count, jobs: jobs) { d in
            sets.indices.filter { applies(set: $0, to: documents[d]) }
        }
        let appliedSets = Set(applicable.flatMap { $0 })
        let crossFileLookups = buildCrossFileLookups(for: appliedSets)
        let states = Parallel.map(documents.count, jobs: jobs) { d in
            prepare(document: documents[d], sets: applicable[d], lookups: crossFileLookups)
        }
        var work: [RuleWork] = []
        for (d, documentSets) in applicable.enumerated() {
            for s in documentSets {
                for (r, rule) in sets[s].rules.enumerated() {
                    guard let severity = plan.severity(of: rule) else { continue }
                    work.append(RuleWork(document: d, set: s, rule: r, severity: severity, state: states[d][s]!))
                }
            }
        }
        let evaluators = work.map(evaluator(for:))
        let sources = Parallel.map(work.count, jobs: jobs) { w in itemSource(for: work[w], evaluator: evaluators[w]) }
        let blocks = ItemBlocks(documents: work.map(\.document), matchCounts: sources.map(\.matches.count))
        let binders = WorkerBinders(workers: Parallel.workerCount(max(blocks.units.count, work.count), jobs: jobs), works: work.count)
        let parts = Parallel.map(blocks.units.count, jobs: jobs) { u, worker in
            blocks.units[u].works.map { w in
                judgePart(evaluators[w], document: work[w].document, source: sources[w], range: blocks.range(of: w, in: u),
                          binder: binders.binder(worker: worker, work: w) { binder(for: work[w]) })
            }
        }
        let outcomes = Parallel.map(work.count, jobs: jobs) { w, worker in
            let judgedInParts = sets[work[w].set].rules[work[w].rule].check.judgedInParts
            return finish(evaluators[w], source: sources[w], parts: blocks.parts(of: w, in: parts, source: sources[w], itemsNeeded: !judgedInParts),
                          binder: binders.binder(worker: worker, work: w) { binder(for: work[w]) })
        }
        var findings = files.flatMap { $0.problems.map(RunFindings.loadProblem) }
        var targets: [Scorecard.TargetResult] = []
        var itemsChecked: [String: Int] = [:]
        var matched = Set<String>()
        var deferred: [String: [CheckItem]] = [:]
        for outcome in outcomes {
            findings += outcome.findings
            targets += outcome.targets
            itemsChecked.merge(outcome.itemsChecked, uniquingKeysWith: +)
            matched.formUnion(outcome.matchedRules)
            deferred.merge(outcome.deferred) { $0 + $1 }
        }
        var descriptors: [RuleDescriptor] = []
        var calendars: [String: (calendar: WorkdayCalendar, location: SourceLocation)] = [:]
        for (s, set) in sets.enumerated() {
            let calendar = plan.calendar(of: set)
            if calendars[calendar.name] == nil || appliedSets.contains(s) {
                calendars[calendar.name] = (calendar, set.calendarLocation ?? calendars[calendar.name]?.location ?? .unknown)
            }
            for rule in set.rules {
                guard let severity = plan.severity(of: rule) else { continue }
                var descriptor = rule.descriptor
                descriptor.severity = severity
                descriptors.append(descriptor)
                guard appliedSets.contains(s) else { continue }
                if let items = deferred[rule.id] {
                    let reindexed = items.enumerated().map { i, item in var copy = item; copy.index = i; return copy }
                    let evaluator = makeEvaluator(rule, severity: severity, set: set, lookups: crossFileLookups[s] ?? [:])
                    let judged = evaluator.judge(reindexed, binder: ItemBinder(scope: rule.scope, variables: reindexed[0].variables))
                    findings += judged.findings
                    targets += judged.targets
                }
                if !matched.contains(rule.id) {
                    let selector = rule.selectors.first { $0.location != .unknown }
                    findings.append(Finding(
                        ruleID: RunFindings.unmatchedSelectorID, severity: .warning,
                        message: RuleSetMessages.selectorNeverMatches(rule.id, selector?.text ?? "$"),
                        location: selector?.location ?? rule.location))
                }
            }
            findings += emptyLookupFindings(set, lookups: crossFileLookups[s] ?? [:], applied: appliedSets.contains(s))
        }
        for (name, entry) in calendars.sorted(by: { $0.key < $1.key }) {
            let years = entry.calendar.uncoveredYearsUsed().sorted()
            guard !years.isEmpty else { continue }
            findings.append(Finding(ruleID: RunFindings.calendarCoverageID, severity: .warning,
                                    message: RuleSetMessages.uncoveredYears(name, years), location: entry.location))
        }
        targets.sort { ($0.location, $0.ruleID, $0.group ?? "") < ($1.location, $1.ruleID, $1.group ?? "") }
        // The items judged above do not keep their sources alive (see `CheckItem.source`).
        withExtendedLifetime(sources) {}
        return LintResult(
            findings: RunFindings.finish(findings),
            scorecard: Scorecard(targets: targets, itemsChecked: itemsChecked),
            rules: descriptors, files: files.map(\.file))
    }

    /// Whether a set applies to a document: its `files` match the path and its `match` holds
    /// (a `match` that fails counts as false).
    private func applies(set s: Int, to document: RunDocument) -> Bool {
        guard plan.setApplies(s, to: document.relativePath) else { return false }
        guard let match = plan.ruleSets[s].match else { return true }
        let activation = Activation(scope: plan.ruleSets[s].matchScope, item: document.root,
                                    variables: document.documentVariables(asOf: asOf))
        return (try? match.compiled.evaluate(activation).boolValue) == true
    }

    /// The lookups with `files`, built once from every document their globs match.
    private func buildCrossFileLookups(for sets: Set<Int>) -> [Int: [String: LookupState]] {
        var out: [Int: [String: LookupState]] = [:]
        for s in sets.sorted() {
            for (l, lookup) in plan.ruleSets[s].lookups.enumerated() {
                guard let selector = plan.lookupSelectors[s][l] else { continue }
                let sources = documents.filter { selector.matches($0.relativePath) }
                out[s, default: [:]][lookup.name] = LookupBuilder.build(lookup, from: sources, asOf: asOf)
            }
        }
        return out
    }

    private func makeEvaluator(_ rule: Rule, severity: Severity, set: RuleSet, lookups: [String: LookupState]) -> RuleEvaluator {
        RuleEvaluator(rule: rule, severity: severity, asOf: asOf, calendar: plan.calendar(of: set),
                      dateFormat: set.dateFormats.first ?? .iso, lookups: lookups)
    }

    /// What the rules of one set share on one document: its variables, its lookups, and the
    /// matches of each distinct selector.
    private struct SetState {
        var variables: [ExprValue]
        var lookups: [String: LookupState]
        var selections: [String: JSONPathMatches]
    }

    private func prepare(document: RunDocument, sets: [Int], lookups: [Int: [String: LookupState]]) -> [Int: SetState] {
        var out: [Int: SetState] = [:]
        for s in sets {
            let set = plan.ruleSets[s]
            var states = lookups[s] ?? [:]
            for lookup in set.lookups where states[lookup.name] == nil {
                states[lookup.name] = LookupBuilder.build(lookup, from: [document], asOf: asOf)
            }
            let variables = document.documentVariables(asOf: asOf)
                + set.variableNames.dropFirst(RuleSetCompiler.documentVariables.count).map { name in
                    ExprValue.lookup(states[name]?.table ?? LookupTable())
                }
            var selections: [String: JSONPathMatches] = [:]
            for rule in set.rules where plan.severity(of: rule) != nil {
                for selector in rule.selectors where selections[selector.text] == nil {
                    selections[selector.text] = selector.query.select(document.root)
                }
            }
            out[s] = SetState(variables: variables, lookups: states, selections: selections)
        }
        return out
    }

    /// One enabled rule on one document.
    private struct RuleWork {
        let document: Int
        let set: Int
        let rule: Int
        let severity: Severity
        let state: SetState
    }

    private func evaluator(for work: RuleWork) -> RuleEvaluator {
        let set = plan.ruleSets[work.set]
        return makeEvaluator(set.rules[work.rule], severity: work.severity, set: set, lookups: work.state.lookups)
    }

    /// A binder for the rule of `work`, with its document's variables.
    private func binder(for work: RuleWork) -> ItemBinder {
        ItemBinder(scope: plan.ruleSets[work.set].rules[work.rule].scope, variables: work.state.variables)
    }

    /// The rule's items in the document: its selection, with what its items share.
    private func itemSource(for work: RuleWork, evaluator: RuleEvaluator) -> CheckItemSource {
        let document = documents[work.document]
        return evaluator.itemSource(evaluator.select(in: document.root, selections: work.state.selections),
                                    document: document, variables: work.state.variables)
    }

    /// The rule's items among the matches at `range` (those that pass `where` and `effective`),
    /// judged when the check judges each item alone.
    private func judgePart(_ evaluator: RuleEvaluator, document: Int, source: CheckItemSource, range: Range<Int>,
                           binder: ItemBinder) -> ItemBlocks.Part {
        guard !range.isEmpty else { return ItemBlocks.Part(range: range, items: []) }
        var findings: [Finding] = []
        let items = evaluator.prepare(source, range: range, root: documents[document].root, binder: binder, findings: &findings)
        var part = ItemBlocks.Part(range: range, items: items)
        part.findings = findings
        if evaluator.rule.check.judgedInParts && !items.isEmpty {
            part.violations = evaluator.check(items, binder: binder).violations
        }
        return part
    }

    /// The rule's outcome on the document from its parts: the collection checks run over all
    /// items, and the violations become findings.
    private func finish(_ evaluator: RuleEvaluator, source: CheckItemSource, parts: ItemBlocks.Joined, binder: ItemBinder) -> DocumentOutcome {
        var outcome = DocumentOutcome()
        let rule = evaluator.rule
        if !source.matches.isEmpty { outcome.matchedRules.insert(rule.id) }
        outcome.findings = parts.findings
        outcome.itemsChecked[rule.id, default: 0] += parts.itemCount
        if rule.check.runScope {
            outcome.deferred[rule.id, default: []] += parts.items
        } else if !parts.items.isEmpty {
            let checked = rule.check.judgedInParts
                ? CheckOutcome(violations: parts.violations) : evaluator.check(parts.items, binder: binder)
            let judged = evaluator.report(checked, of: parts.items, binder: binder)
            outcome.findings += judged.findings
            outcome.targets += judged.targets
        }
        return outcome
    }

    /// One info finding per lookup that read no document while a reference check needed it.
    private func emptyLookupFindings(_ set: RuleSet, lookups: [String: LookupState], applied: Bool) -> [Finding] {
        guard applied else { return [] }
        let used = Set(set.rules.compactMap { rule in plan.severity(of: rule) == nil ? nil : (rule.check as? ReferenceCheck)?.lookup })
        return set.lookups.compactMap { lookup in
            guard used.contains(lookup.name), let state = lookups[lookup.name], !state.readAnyDocument else { return nil }
            return Finding(ruleID: RunFindings.emptyLookupID, severity: .info,
                           message: RuleSetMessages.emptyLookup(lookup.name, set.id), location: lookup.location)
        }
    }
}
