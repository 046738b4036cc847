import DataModel

/// One problem in a configuration file, at the place it was written.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// Where.
    public var location: SourceLocation

    /// A problem `message` at `location`.
    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `file:line:col: error: message`.
    public var description: String { "\(location): error: \(message)" }
}

/// Every message configuration reading produces, in one place.
enum ConfigurationMessages {
    static func unknownKey(_ key: String, suggestion: String?) -> String {
        "unknown key '\(key)' in .govlint.yml" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
            + " (known keys: \(ConfigurationDecoder.keys.joined(separator: ", ")))"
    }
    static func wrongType(_ key: String, expected: String, found: String) -> String {
        "'\(key)' must be \(expected), not \(found)"
    }
    static let notAMapping = "a .govlint.yml must be a mapping of settings (rules:, include:, …)"
    static let severalDocuments = "a .govlint.yml holds one document; remove the extra '---'"
    static func unsupportedVersion(_ version: String) -> String {
        "configuration version \(version) is not supported (this govlint reads version 1)"
    }
    static func badDate(_ text: String) -> String { "'as-of' must be a date such as 2020-12-31, not '\(text)'" }
    static func badDateFormat(_ text: String) -> String {
        "'\(text)' is not a date format; use a pattern such as yyyy-MM-dd or dd/MM/yyyy (optionally with HH:mm)"
    }
    static func badGlob(_ reason: String) -> String { "invalid glob: \(reason)" }
    static func badLevel(_ rule: String, _ text: String) -> String {
        "the level of '\(rule)' must be error, warning, info or off, not '\(text)'"
    }
    static func badFailOn(_ text: String) -> String { "'fail-on' must be error, warning, info or never, not '\(text)'" }
    static func emptyString(_ key: String) -> String { "'\(key)' must not be empty" }
}
