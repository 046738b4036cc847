import DataModel
import Expressions
import JSONPath

/// Evaluates one rule on one document: selects its items, applies `effective` and `where`,
/// computes keys, runs the check, and turns violations into findings.
///
/// A class, made once per rule and document: a run hands it to the rule's every block, and
/// copying the rule and lookups it holds would count a reference to each of their parts.
final class RuleEvaluator: Sendable {
    let rule: Rule
    let severity: Severity
    /// What the check consults beyond its items, handed to it with every block.
    private let environment: CheckEnvironment
    /// The format dates in messages and keys are printed in: the rule set's first.
    var dateFormat: DateFormat { environment.firstDateFormat }

    init(rule: Rule, severity: Severity, asOf: CivilDate, calendar: WorkdayCalendar, dateFormat: DateFormat,
         lookups: [String: LookupState]) {
        self.rule = rule
        self.severity = severity
        environment = CheckEnvironment(asOf: asOf, calendar: calendar, lookups: lookups, firstDateFormat: dateFormat)
    }

    /// The items of a document, selected by the rule's `for-each` (each node once); `selections`
    /// holds the document's matches by selector text, shared by the rules that use the same one.
    func select(in root: Value, selections: [String: JSONPathMatches] = [:]) -> JSONPathMatches {
        func matches(_ selector: Selector) -> JSONPathMatches { selections[selector.text] ?? selector.query.select(root) }
        if rule.selectors.count == 1 { return matches(rule.selectors[0]) }
        var seen = Set<NormalizedPath>()
        return JSONPathMatches(rule.selectors.flatMap(matches).filter { seen.insert($0.path).inserted })
    }

    /// What the items selected by `matches` in `document` share.
    func itemSource(_ matches: JSONPathMatches, document: RunDocument, variables: [ExprValue]) -> CheckItemSource {
        let selectsByName = rule.selectors.allSatisfy(\.query.isSingular)
        let collection = matches.first.map { Self.collectionLocation(of: $0, in: document.root, selectedByName: selectsByName) }
            ?? document.root.location
        return CheckItemSource(matches: matches, variables: variables, document: document.index, collectionLocation: collection)
    }

    /// The matches of `source` at positions `range` that pass `effective` and `where`, as check
    /// items numbered from 0; failures become findings. `root` is the document's root, read only
    /// for `effective`.
    func prepare(_ source: CheckItemSource, range: Range<Int>, root: @autoclosure () -> Value, binder: ItemBinder,
                 findings: inout [Finding]) -> [CheckItem] {
        // A rule that filters nothing takes every match, without binding an activation.
        guard rule.effective != nil || rule.condition != nil else {
            return range.map { CheckItem(source: source, match: $0, index: $0 - range.lowerBound) }
        }
        var items: [CheckItem] = []
        items.reserveCapacity(range.count)
        let documentYear = rule.effective == nil ? nil : Effective.documentYear(root())
        for m in range {
            let item = CheckItem(source: source, match: m, index: items.count)
            let activation = binder.bind(item)
            if let effective = rule.effective {
                let date: ExprValue?
                if let expression = effective.date {
                    switch expression.evaluate(activation) {
                    case .success(let v): date = v
                    case .failure(let e):
                        findings.append(ruleError(e.reason, at: item.node.location, item: item, binder: binder))
                        continue
                    }
                } else {
                    date = documentYear.map { ExprValue($0) }
                }
                if let date, let span = Effective.span(date), !effective.admits(span.0, span.1) { continue }
            }
            if let outcome = rule.condition?.evaluateContent(activation) {
                switch outcome {
                case .failure(let e):
                    findings.append(ruleError(e.reason, at: item.node.location, item: item, binder: binder))
                    continue
                case .success(let v):
                    guard let truth = v.boolValue else {
                        findings.append(ruleError(RuleSetMessages.notBoolean("where", v), at: item.node.location, item: item, binder: binder))
                        continue
                    }
                    if !truth { continue }
                }
            }
            items.append(item)
        }
        return items
    }

    /// Runs the check over prepared items and reports its violations and targets.
    func judge(_ items: [CheckItem], binder: ItemBinder) -> (findings: [Finding], targets: [Scorecard.TargetResult]) {
        report(check(items, binder: binder), of: items, binder: binder)
    }

    /// What the check finds among `items`.
    func check(_ items: [CheckItem], binder: ItemBinder) -> CheckOutcome {
        rule.check.evaluate(items, CheckContext(environment: environment, binder: binder))
    }

    /// The findings and targets of what the check found among `items`.
    func report(_ outcome: CheckOutcome, of items: [CheckItem], binder: ItemBinder)
        -> (findings: [Finding], targets: [Scorecard.TargetResult])
    {
        var findings: [Finding] = []
        findings.reserveCapacity(outcome.violations.count)
        var messageActivation: Activation?
        let provided = rule.kind.providedNames
        var keys: [Int: String]?
        for violation in outcome.violations {
            let item = items[violation.item]
            var key: String
            var path = item.path
            if violation.aboutCollection {
                path = item.path.parent
                key = violation.provided["group"].flatMap { $0.isNull ? nil : $0.messageText(dateFormat: dateFormat) } ?? path.description
            } else {
                if keys == nil {
                    keys = numberedKeys(of: Set(outcome.violations.lazy.filter { !$0.aboutCollection }.map(\.item)), in: items, binder: binder)
                }
                key = keys![violation.item]!
            }
            if let reason = violation.failure {
                findings.append(ruleError(reason, at: violation.location, key: key, path: item.path))
                continue
            }
            let activation: Activation
            if let existing = messageActivation {
                activation = existing
            } else {
                activation = Activation(scope: rule.messageScope, item: item.node,
                                        variables: item.variables + Array(repeating: .null, count: provided.count))
                messageActivation = activation
            }
            for (slot, value) in item.variables.enumerated() { activation.setVariable(slot, value) }
            for (offset, name) in provided.enumerated() {
                activation.setVariable(item.variables.count + offset, violation.provided[name] ?? .null)
            }
            activation.rebind(item: item.node)
            let template = rule.message ?? rule.defaultMessages[min(violation.variant, rule.defaultMessages.count - 1)]
            var location = violation.location
            if let at = rule.at, case .single(let field) = at.resolve(in: item.node) { location = field.location }
            findings.append(Finding(
                ruleID: rule.id, severity: severity, message: template.render(activation, dateFormat: dateFormat),
                location: location, key: key, path: path.description))
        }
        let targets = outcome.targets.map {
            Scorecard.TargetResult(ruleID: rule.id, group: $0.group, location: $0.location, measure: $0.measure,
                                   matched: $0.matched, total: $0.total, bound: $0.bound, passed: $0.passed)
        }
        return (findings, targets)
    }

    /// The item's identity: its `key` expression's value, else its normalized path.
    private func key(of item: CheckItem, binder: ItemBinder) -> String {
        // A bare field holding a string written as itself is its own key: read in place.
        if let text = plainKey(of: item) { return text }
        if let key = rule.key,
           let value = item.withNode({ key.withPresentField(of: $0) { ExprValue.data($0.pointee) } }) ?? (try? key.evaluate(binder.bind(item)).get()),
           !value.isNull {
            return value.messageText(dateFormat: dateFormat)
        }
        return item.path.description
    }

    /// The keys of the items at `wanted` (the items with findings) by item position; the second
    /// and later items of a document sharing a key are numbered `#2`, `#3`.
    ///
    /// The numbering counts the earlier items with the same key, so every item's key is read,
    /// but only keys equal to a wanted one are counted, and a bare field's text is compared
    /// where it lies: building every item's key would cost more than the rule's check. The sought
    /// keys' hashes rule out most items: a short ASCII key is hashed from its words, read in
    /// place, and its hash looked for among the sought ones without reading a key.
    private func numberedKeys(of wanted: Set<Int>, in items: [CheckItem], binder: ItemBinder) -> [Int: String] {
        var keys: [Int: String] = Dictionary(minimumCapacity: wanted.count)
        var sought = Set<DocumentKey>(minimumCapacity: wanted.count)
        var soughtTexts = ASCIIKeyIndex(minimumCapacity: 2 * wanted.count)
        for index in wanted {
            let key = key(of: items[index], binder: binder)
            keys[index] = key
            sought.insert(DocumentKey(document: items[index].document, key: key))
            if let hash = ASCIIKeyIndex.asciiHash(key), soughtTexts.position(of: key, hash: hash) == nil {
                soughtTexts.insert(key, position: index)
            }
        }
        let wantedInOrder = wanted.sorted()
        var nextWanted = 0
        var seen: [DocumentKey: Int] = Dictionary(minimumCapacity: wanted.count)
        for (index, item) in items.enumerated() {
            let key: String
            if nextWanted < wantedInOrder.count && wantedInOrder[nextWanted] == index {
                nextWanted += 1
                key = keys[index].unsafelyUnwrapped
            } else {
                if let words = plainInlineKey(of: item), !soughtTexts.mayContain(hash: ASCIIKeyIndex.asciiHash(words)) { continue }
                let text = self.key(of: item, binder: binder)
                if let hash = ASCIIKeyIndex.asciiHash(text), soughtTexts.position(of: text, hash: hash) == nil { continue }
                key = text
            }
            let id = DocumentKey(document: item.document, key: key)
            guard sought.contains(id) else { continue }
            let count = (seen[id] ?? 0) + 1
            seen[id] = count
            if count > 1, keys[index] != nil { keys[index] = "\(key)#\(count)" }
        }
        return keys
    }

    /// The words of the item's key when it is a bare field holding a short ASCII string written
    /// as itself (see `plainKey(of:)`), read in place.
    private func plainInlineKey(of item: CheckItem) -> InlineASCII? {
        withPlainKeyField(of: item) { InlineASCII(stringAt: $0) }
    }

    /// The item's key when it is a bare field holding a string written as itself, whose key is
    /// its text; `nil` for any other key.
    private func plainKey(of item: CheckItem) -> String? {
        withPlainKeyField(of: item) { field in
            guard case .string(let text) = field.pointee.kind else { return nil }
            return text
        }
    }

    /// `read` of the item's key field, in place, when the rule's key is a bare field whose value
    /// has no literal (it is written as itself); `nil` for any other key.
    private func withPlainKeyField<Result>(of item: CheckItem, _ read: (UnsafePointer<Value>) -> Result?) -> Result? {
        item.withNode { node in
            rule.key?.withPresentField(of: node) { field in field.pointee.hasLiteral ? nil : read(field) } ?? nil
        }
    }

    /// An item key within its document.
    private struct DocumentKey: Hashable {
        let document: Int
        let key: String
    }

    private func ruleError(_ reason: String, at location: SourceLocation, item: CheckItem, binder: ItemBinder) -> Finding {
        ruleError(reason, at: location, key: key(of: item, binder: binder), path: item.path)
    }

    private func ruleError(_ reason: String, at location: SourceLocation, key: String, path: NormalizedPath) -> Finding {
        Finding(ruleID: RunFindings.ruleErrorID, severity: .error, message: RuleSetMessages.ruleError(rule.id, reason),
                location: location, key: key, path: path.description)
    }

    /// Where the collection holding a match was written: the key naming it (`procedures:`),
    /// else the collection node itself (a CSV's root, at its header row). A node selected by
    /// name (`$.report.procedures`) is itself the collection: its own key.
    static func collectionLocation(of match: JSONPathMatch, in root: Value, selectedByName: Bool) -> SourceLocation {
        let elements = match.path.elements
        guard !elements.isEmpty else { return match.node.location }
        var node = root
        var keyLocation: SourceLocation?
        for element in elements.dropLast() {
            switch element {
            case .name(let name):
                guard let entry = node.map?.entry(name) else { return root.location }
                keyLocation = entry.keyLocation
                node = entry.value
            case .index(let i):
                guard let list = node.list, i < list.count else { return root.location }
                keyLocation = nil
                node = list[i]
            }
        }
        if selectedByName, case .name(let name)? = elements.last, let entry = node.map?.entry(name) { return entry.keyLocation }
        return keyLocation ?? node.location
    }
}
