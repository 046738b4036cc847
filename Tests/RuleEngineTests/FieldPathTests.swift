import DataModel
@testable import RuleEngine
import Testing

@Suite("Field paths read in place as they resolve")
struct FieldPathTests {
    static let item: Value = .map([
        "code": "1.000001",
        "tags": ["a", nil, "b"],
        "none": nil,
        "publication": .map(["decided_on": "2020-06-17", "notes": ["x", "y"]]),
        "disclosures": [
            .map(["channel": "national_database"]),
            .map(["other": "no channel"]),
            "not a map",
            .map(["channel": nil]),
            .map(["channel": ["office_notice", "agency_website"]]),
            [.map(["channel": "in a nested list"])],
            .map(["channel": .map(["deep": ["list"]])]),
        ],
    ])

    /// What `resolve(in:)` reads, one level of lists flattened, nulls kept.
    static func resolvedValues(_ path: FieldPath, _ item: Value) -> [Value] {
        switch path.resolve(in: item) {
        case .missing: return []
        case .single(let value): return value.list ?? [value]
        case .projected(let values, _): return values.flatMap { $0.list ?? [$0] }
        }
    }

    @Test("each path visits the values resolve gives", arguments: [
        "code", "tags", "none", "missing", "publication.decided_on", "publication.notes", "publication.missing",
        "disclosures.channel", "disclosures.other", "disclosures.channel.deep", "code.length", "tags.name",
    ])
    func visitsResolvedValues(_ text: String) throws {
        let path = try #require(FieldPath(text))
        var visited: [Value] = []
        withUnsafePointer(to: Self.item) { item in path.forEachValue(in: item) { visited.append($0.pointee) } }
        #expect(visited.map(\.text) == Self.resolvedValues(path, Self.item).map(\.text))
        #expect(visited == Self.resolvedValues(path, Self.item))
    }
}
