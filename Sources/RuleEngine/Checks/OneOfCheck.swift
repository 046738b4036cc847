import DataModel
import Expressions

/// `one-of: {f: [v, ...]}`: each present, non-null field equals one of the listed values.
struct OneOfCheck: Check {
    let fields: [FieldPath]
    let choices: [[Value]]
    /// The string choices of each field: a string equals only a string, so these decide for
    /// string values without comparing values of other types.
    private let stringChoices: [StringChoices]

    init?(_ spec: Value, _ compiler: CheckCompiler) {
        guard let entries = compiler.fieldEntries(spec, key: "one-of") else { return nil }
        var choices: [[Value]] = []
        for (path, list) in entries {
            guard let values = list.list, !values.isEmpty else {
                compiler.error(RuleSetMessages.expectedList(path.description, found: list), at: list.location)
                return nil
            }
            choices.append(values)
        }
        fields = entries.map(\.path)
        self.choices = choices
        stringChoices = choices.map { StringChoices($0.compactMap(\.string)) }
    }

    var defaultMessage: String { "'{field}' value '{value}' is not one of {expected}" }

    func evaluate(_ items: [CheckItem], _ context: CheckContext) -> CheckOutcome {
        // The choices are read where they lie and unretained: copying a field's choices per value
        // would count references to their arrays.
        stringChoices.withUnsafeBufferPointer { stringChoices in
            CheckOutcome(violations: FieldViolations.collect(items, fields: fields) { f, value in
                let allowed: Bool
                if case .string = value.pointee.kind {
                    allowed = Unmanaged.passUnretained(stringChoices[f])._withUnsafeGuaranteedRef { $0.contains(stringAt: value) }
                } else {
                    allowed = choices[f].contains { ValueOrder.equal($0, value.pointee) }
                }
                return allowed ? nil : ["expected": .list(choices[f].map { ExprValue($0) })]
            })
        }
    }
}

/// A field's string choices: a short list is searched by comparing texts, which costs less than
/// hashing the value; a long one is hashed. Short ASCII texts, the usual statuses and channels,
/// are compared by their inline words.
private final class StringChoices: Sendable {
    private let texts: [String]
    private let set: Set<String>?
    /// The choices' words, when every choice is a short ASCII text stored inline.
    private let inline: [InlineASCII]?

    init(_ texts: [String]) {
        self.texts = texts
        set = texts.count > 16 ? Set(texts) : nil
        let inline = texts.compactMap(InlineASCII.init)
        self.inline = set == nil && inline.count == texts.count ? inline : nil
    }

    /// Whether the string held by the node at `value` is a choice. The choices are read through
    /// optional chaining and the text where it lies, since binding either would count a reference.
    func contains(stringAt value: UnsafePointer<Value>) -> Bool {
        // An inline ASCII text equals an inline ASCII choice exactly when their words are equal.
        if let words = InlineASCII(stringAt: value), let found = inline?.contains(words) { return found }
        guard case .string(let text) = value.pointee.kind else { return false }
        if let found = set?.contains(text) { return found }
        return texts.contains(text)
    }
}
