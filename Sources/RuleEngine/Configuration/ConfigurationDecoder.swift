import DataModel

/// Reads a loaded `.govlint.yml` strictly: unknown keys (with a did-you-mean), wrong types and
/// invalid values are errors at their location; every error is reported, not only the first.
public enum ConfigurationDecoder {
    /// The keys a configuration may hold, in documentation order.
    public static let keys = [
        "version", "rules", "include", "exclude", "as-of", "calendar", "date-formats", "severity",
        "baseline", "fail-on", "formats",
    ]

    /// The configuration in `file` (its load problems become errors), whose folder is `root`.
    public static func decode(_ file: LoadedFile, root: String) -> Result<Configuration, ConfigurationErrors> {
        var errors = file.problems.map { ConfigurationError($0.message, at: $0.location) }
        var configuration = Configuration(path: file.path, root: root)
        if file.documents.count > 1 {
            errors.append(ConfigurationError(ProjectFileMessages.severalDocuments, at: file.documents[1].root.location))
        }
        if let document = file.documents.first, !document.root.isNull {
            if let map = document.root.map {
                var reader = ConfigurationFieldReader()
                for entry in map.entries { reader.read(entry, into: &configuration) }
                errors += reader.errors
            } else {
                errors.append(ConfigurationError(ProjectFileMessages.notAMapping, at: document.root.location))
            }
        }
        errors.sort { $0.location < $1.location }
        return errors.isEmpty ? .success(configuration) : .failure(ConfigurationErrors(errors: errors))
    }
}

/// All the problems of one configuration file, in file order.
public struct ConfigurationErrors: Error, Sendable {
    /// The problems.
    public var errors: [ConfigurationError]
}
