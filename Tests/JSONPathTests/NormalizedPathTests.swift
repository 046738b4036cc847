import DataModel
import JSONPath
import Testing

/// Normalized paths are written as RFC 9535 §2.7 prescribes.
@Suite struct NormalizedPathTests {
    @Test func rootAndIndexes() {
        #expect(NormalizedPath.root.description == "$")
        #expect(NormalizedPath([.name("dossiers"), .index(12)]).description == "$['dossiers'][12]")
    }

    @Test(arguments: [
        ("it's", #"$['it\'s']"#),
        (#"back\slash"#, #"$['back\\slash']"#),
        ("\u{08}\u{0C}\n\r\t", #"$['\b\f\n\r\t']"#),
        ("\u{00}\u{01}\u{1F}", #"$['\u0000\u0001\u001f']"#),
        ("\u{7F}é\u{1F600}\"", "$['\u{7F}é\u{1F600}\"']"),
        ("", "$['']"),
    ])
    func escapesNames(name: String, expected: String) {
        #expect(NormalizedPath([.name(name)]).description == expected)
    }

    @Test func matchesCarryEscapedPathsOfTheSelectedNodes() throws {
        let document = Value.map(["a'b": .list([1, .map(["\n": true])])])
        let paths = try JSONPathQuery("$..*").evaluate(document).map(\.path.description)
        #expect(paths == [#"$['a\'b']"#, #"$['a\'b'][0]"#, #"$['a\'b'][1]"#, #"$['a\'b'][1]['\n']"#])
    }
}
