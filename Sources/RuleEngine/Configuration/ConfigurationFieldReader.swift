import DataModel
import Expressions

/// Reads the members of a configuration mapping one by one, collecting type and value errors.
struct ConfigurationFieldReader {
    private(set) var errors: [ConfigurationError] = []

    mutating func read(_ entry: ValueMap.Entry, into configuration: inout Configuration) {
        let value = entry.value
        switch entry.key {
        case "version":
            if value.text != "1" || value.string != nil {
                errors.append(ConfigurationError(ProjectFileMessages.unsupportedVersion(value.text), at: value.location))
            }
        case "rules": configuration.rules = strings(entry)
        case "include": configuration.include = globs(entry)
        case "exclude": configuration.exclude = globs(entry) ?? []
        case "formats": configuration.formats = strings(entry)
        case "calendar": configuration.calendar = string(entry)
        case "baseline": configuration.baseline = string(entry)
        case "as-of": configuration.asOf = date(entry)
        case "date-formats":
            configuration.dateFormats = stringItems(entry).map { items in
                items.compactMap { pattern, node in
                    if let format = DateFormat(pattern) { return format }
                    errors.append(ConfigurationError(ProjectFileMessages.badDateFormat(pattern), at: node.location))
                    return nil
                }
            }
        case "fail-on":
            guard let text = string(entry) else { return }
            if let threshold = FailThreshold(rawValue: text) { configuration.failOn = threshold } else {
                errors.append(ConfigurationError(ProjectFileMessages.badFailOn(text), at: value.location))
            }
        case "severity": configuration.severity = levels(entry)
        default:
            let suggestion = Suggestion.closest(to: entry.key, among: ConfigurationDecoder.keys)
            errors.append(ConfigurationError(ProjectFileMessages.unknownKey(entry.key, suggestion: suggestion), at: entry.keyLocation))
        }
    }

    private mutating func string(_ entry: ValueMap.Entry) -> String? {
        guard let text = entry.value.string else {
            errors.append(wrongType(entry.key, "a string", entry.value))
            return nil
        }
        if text.isEmpty { errors.append(ConfigurationError(ProjectFileMessages.emptyString(entry.key), at: entry.value.location)) }
        return text
    }

    private mutating func strings(_ entry: ValueMap.Entry) -> [String]? {
        stringItems(entry)?.map(\.text)
    }

    /// The list's string items with their nodes; other items are reported and left out.
    private mutating func stringItems(_ entry: ValueMap.Entry) -> [(text: String, node: Value)]? {
        guard let list = entry.value.list else {
            errors.append(wrongType(entry.key, "a list of strings", entry.value))
            return nil
        }
        var out: [(text: String, node: Value)] = []
        for item in list {
            if let text = item.string, !text.isEmpty { out.append((text, item)) } else {
                errors.append(wrongType(entry.key + " item", "a non-empty string", item))
            }
        }
        return out
    }

    private mutating func globs(_ entry: ValueMap.Entry) -> [Glob]? {
        stringItems(entry).map { items in
            items.compactMap { pattern, node in
                do throws(GlobError) {
                    return try Glob(pattern)
                } catch {
                    errors.append(ConfigurationError(ProjectFileMessages.badGlob(error.message), at: node.location))
                    return nil
                }
            }
        }
    }

    private mutating func date(_ entry: ValueMap.Entry) -> CivilDate? {
        switch entry.value.kind {
        case .date(let date): return date
        case .string(let text):
            for format in [DateFormat.iso, .dayFirst] {
                if case .date(let date)? = format.parse(text) { return date }
            }
            errors.append(ConfigurationError(ProjectFileMessages.badDate(text), at: entry.value.location))
        default:
            errors.append(ConfigurationError(ProjectFileMessages.badDate(entry.value.text), at: entry.value.location))
        }
        return nil
    }

    private mutating func levels(_ entry: ValueMap.Entry) -> [String: RuleLevel] {
        guard let map = entry.value.map else {
            errors.append(wrongType(entry.key, "a mapping of rule ids to levels", entry.value))
            return [:]
        }
        var out: [String: RuleLevel] = [:]
        for member in map.entries {
            if let text = member.value.string, let level = RuleLevel(text) { out[member.key] = level } else {
                errors.append(ConfigurationError(ProjectFileMessages.badLevel(member.key, member.value.text), at: member.value.location))
            }
        }
        return out
    }

    private func wrongType(_ key: String, _ expected: String, _ value: Value) -> ConfigurationError {
        ConfigurationError(ProjectFileMessages.wrongType(key, expected: expected, found: Self.describe(value)), at: value.location)
    }

    private static func describe(_ value: Value) -> String {
        switch value.kind {
        case .list: "a list"
        case .map: "a mapping"
        case .null: "empty"
        case .string(let s): "the string '\(s)'"
        default: "\(value.typeName) \(value.text)"
        }
    }
}
