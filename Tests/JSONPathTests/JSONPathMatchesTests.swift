import DataModel
import JSONPath
import Testing

/// `select(_:)` gives what `evaluate(_:)` gives, whether it reads a list's elements in place or
/// holds matches of its own.
@Suite struct JSONPathMatchesTests {
    private static let file = FileID("registers/matches.yml")

    private static let document: Value = {
        func at(_ line: Int) -> DataModel.SourceLocation { DataModel.SourceLocation(file: file, line: line, column: 3) }
        let rows = (0..<5).map { Value(.map(ValueMap([.init(key: "id", value: Value(.string("R\($0)"), at: at(10 + $0)))])), at: at(10 + $0)) }
        return Value(.map(ValueMap([
            .init(key: "rows", value: Value(.list(rows), at: at(2))),
            .init(key: "codes", value: Value(.map(ValueMap([.init(key: "a", value: Value(.int(1), at: at(4)))])), at: at(3))),
        ])), at: at(1))
    }()

    @Test("select agrees with evaluate", arguments: ["$.rows[*]", "$.codes[*]", "$.missing[*]", "$.rows[1:3]", "$..id", "$[*]"])
    func selectAgreesWithEvaluate(query: String) throws {
        let parsed = try JSONPathQuery(query)
        let expected = parsed.evaluate(Self.document)
        let selected = parsed.select(Self.document)
        #expect(selected.count == expected.count)
        #expect(selected.map(\.path) == expected.map(\.path))
        #expect(selected.indices.map { selected.path(at: $0) } == expected.map(\.path))
        #expect(selected.map(\.location) == expected.map(\.location))
        #expect(selected.map(\.node.text) == expected.map(\.node.text))
    }

    @Test("a list's elements are read where the list holds them")
    func elementsInPlace() throws {
        let selected = try JSONPathQuery("$.rows[*]").select(Self.document)
        let texts: [String?] = selected.withNodeLayout { first, stride in
            (0..<selected.count).map { (first! + $0 * stride).assumingMemoryBound(to: Value.self).pointee["id"]?.string }
        }
        #expect(texts == ["R0", "R1", "R2", "R3", "R4"])
        #expect(selected.path(at: 3).description == "$['rows'][3]")
    }
}
