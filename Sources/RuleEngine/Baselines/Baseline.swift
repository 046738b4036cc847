import Foundation

/// Findings recorded so later runs hide them: by rule, file and item identity, never by line.
public struct Baseline: Sendable, Equatable {
    /// The file format version this code reads and writes.
    public static let formatVersion = 1

    /// Findings of one rule about one item of one file.
    public struct Entry: Sendable, Equatable, Hashable, Codable {
        /// The rule id.
        public var rule: String
        /// The file, relative to the baseline's folder, with `/` separators.
        public var file: String
        /// The item's identity (`Finding.identity`).
        public var key: String
        /// How many findings the item had (more than one when a rule reports an item several times).
        public var count: Int

        /// An entry for `count` findings.
        public init(rule: String, file: String, key: String, count: Int = 1) {
            self.rule = rule
            self.file = file
            self.key = key
            self.count = count
        }

        /// The fields that identify the entry, without the count.
        var identity: BaselineIdentity { BaselineIdentity(rule: rule, file: file, key: key) }

        private enum CodingKeys: String, CodingKey { case rule, file, key, count }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            rule = try container.decode(String.self, forKey: .rule)
            file = try container.decode(String.self, forKey: .file)
            key = try container.decode(String.self, forKey: .key)
            count = try container.decodeIfPresent(Int.self, forKey: .count) ?? 1
        }
    }

    /// The entries, in file order.
    public var entries: [Entry]

    /// A baseline of `entries`, in the order given.
    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The baseline recording `findings`, with file paths made relative by `paths`.
    public init(recording findings: [Finding], paths: PathRelativizer) {
        var counts: [BaselineIdentity: Int] = [:]
        for finding in findings {
            counts[BaselineIdentity(rule: finding.ruleID, file: paths.relative(finding.location.path), key: finding.identity), default: 0] += 1
        }
        let entries = counts.map { Entry(rule: $0.key.rule, file: $0.key.file, key: $0.key.key, count: $0.value) }
        self.init(entries: entries.sorted { ($0.file, $0.rule, $0.key) < ($1.file, $1.rule, $1.key) })
    }
}

/// Rule, file and key: what a finding and a baseline entry are matched on.
struct BaselineIdentity: Hashable {
    var rule: String
    var file: String
    var key: String
}
