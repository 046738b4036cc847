import Testing
@testable import DataModel

@Suite struct JSONLoaderTests {
    @Test func valuesTypesAndLiterals() throws {
        let doc = try #require(root("""
            {"int": 42, "neg": -0, "big": 92233720368547758070, "dec": 75.40, "exp": 1E+3,
             "t": true, "f": false, "n": null, "s": "a\\"b\\\\c\\/\\n\\u00e9\\ud83d\\ude00",
             "date": "2020-02-10", "list": [], "map": {}}
            """, path: "t.json"))
        #expect(doc == .map([
            "int": 42, "neg": 0, "big": 92233720368547758070.0, "dec": 75.4, "exp": 1000.0, "t": true, "f": false,
            "n": nil, "s": "a\"b\\c/\né😀", "date": Value(.date(CivilDate(year: 2020, month: 2, day: 10)!)),
            "list": [], "map": .map([:]),
        ]))
        #expect(doc["int"]?.typeName == "integer")
        #expect(doc["big"]?.typeName == "number")
        #expect(doc["exp"]?.typeName == "number")
        #expect(doc["dec"]?.literal == "75.40")
        #expect(doc["exp"]?.literal == "1E+3")
        #expect(doc["n"]?.literal == "null")
        #expect(doc["date"]?.literal == "2020-02-10")
        #expect(doc["s"]?.literal == nil)
        #expect(doc.map?.keys == ["int", "neg", "big", "dec", "exp", "t", "f", "n", "s", "date", "list", "map"])
    }

    @Test func locationsOfValuesAndKeys() throws {
        let doc = try #require(root("""
            {
              "tên": "Ủy ban", "n": [1, {"x": null}],
              "e": "\\u0041é"  ,  "z": 2
            }
            """, path: "t.json"))
        #expect(span(doc.location) == "1:1-4:2")
        #expect(span(try #require(doc.map?.entry("tên")).keyLocation) == "2:3-2:8")
        #expect(span(try #require(doc["tên"]).location) == "2:10-2:18")
        #expect(span(try #require(doc.map?.entry("n")).keyLocation) == "2:20-2:23")
        let list = try #require(doc["n"])
        #expect(span(list.location) == "2:25-2:41")
        #expect(span(try #require(list.list?[0]).location) == "2:26-2:27")
        #expect(span(try #require(list.list?[1]).location) == "2:29-2:40")
        #expect(span(try #require(list.list?[1]["x"]).location) == "2:35-2:39")
        #expect(span(try #require(doc["e"]).location) == "3:8-3:17")
        #expect(doc["e"] == "Aé")
        #expect(span(try #require(doc["z"]).location) == "3:27-3:28")
    }

    @Test(arguments: [
        ("[1, 2,]", "1:6 trailing comma is not allowed in JSON"),
        ("{\"a\": 1,\n }", "1:8 trailing comma is not allowed in JSON"),
        ("{\"a\": 1} // note", "1:10 comments are not allowed in JSON"),
        ("[1, /* x */ 2]", "1:5 comments are not allowed in JSON"),
        ("{'a': 1}", "1:2 JSON strings must use double quotes"),
        ("[1, 'a']", "1:5 JSON strings must use double quotes"),
        ("[01]", "1:2 numbers must not have leading zeros in JSON"),
        ("[-007]", "1:3 numbers must not have leading zeros in JSON"),
        ("[1.]", "1:4 invalid number: expected a digit after '.', found ']'"),
        ("[1e]", "1:4 invalid number: expected a digit after the exponent, found ']'"),
        ("[-]", "1:3 invalid number: expected a digit, found ']'"),
        ("[.5]", "1:2 expected a value, found '.'"),
        ("[+1]", "1:2 expected a value, found '+'"),
        ("\"a\\x\"", "1:3 invalid escape '\\x' in string"),
        ("\"ab\\u12G4\"", "1:4 invalid escape '\\u' in string"),
        ("[\"\\ud800\"]", "1:3 lone surrogate \\uD800 in string"),
        ("[\"x\\ud800\\u0041\"]", "1:4 lone surrogate \\uD800 in string"),
        ("[\"\\udc00\"]", "1:3 lone surrogate \\uDC00 in string"),
        ("[\"a\tb\"]", "1:4 control character U+0009 must be escaped in a JSON string"),
        ("[\"é\\n\nb\"]", "1:6 control character U+000A must be escaped in a JSON string"),
        ("{\"a\": 1} x", "1:10 unexpected 'x' after the JSON value"),
        ("1 2", "1:3 unexpected '2' after the JSON value"),
        ("[1 2]", "1:4 expected ',' or ']', found '2'"),
        ("{\"a\" 1}", "1:6 expected ':' after the key, found '1'"),
        ("{\"a\": 1 \"b\": 2}", "1:9 expected ',' or '}', found '\"'"),
        ("{a: 1}", "1:2 object keys must be strings in double quotes"),
        ("{1: 1}", "1:2 object keys must be strings in double quotes"),
        ("[tru]", "1:2 unknown literal 'tru'; JSON has only true, false and null"),
        ("[NaN]", "1:2 unknown literal 'NaN'; JSON has only true, false and null"),
        ("[,1]", "1:2 expected a value, found ','"),
        ("[1,\n  [2,\n", "3:1 unexpected end of file: array opened at line 2, column 3 is not closed"),
        ("{\"a\": ", "1:7 unexpected end of file: object opened at line 1, column 1 is not closed"),
        ("[\"abc", "1:6 unexpected end of file: string opened at line 1, column 2 is not closed"),
        ("]", "1:1 expected a value, found ']'"),
    ])
    func syntaxErrorsAtTheOffendingCharacter(input: String, expected: String) {
        let loaded = load(input, path: "t.json")
        #expect(loaded.documents.isEmpty)
        #expect(loaded.problems.map { "\($0.location.line):\($0.location.column) \($0.message)" } == [expected])
        #expect(loaded.problems.allSatisfy { $0.kind == .parseError && $0.location.path == "t.json" })
    }

    @Test func duplicateKeysKeepTheFirstValue() throws {
        let loaded = load("{\"a\": 1,\n \"b\": {\"c\": 1, \"c\": 2},\n \"a\": 3}", path: "t.json")
        #expect(describe(loaded.problems) == [
            "2:16 govlint/duplicate-key duplicate key 'c' (first written at line 2, column 8)",
            "3:2 govlint/duplicate-key duplicate key 'a' (first written at line 1, column 2)",
        ])
        #expect(loaded.documents.first?.root == .map(["a": 1, "b": .map(["c": 1])]))
    }

    @Test func depthLimitIsAProblem() {
        let options = LoadOptions(maxDepth: 3)
        #expect(root("[[[1]]]", path: "t.json", options: options) == [[[1]]])
        #expect(describe(load("[[[[1]]]]", path: "t.json", options: options).problems) == [
            "1:4 govlint/parse-error nesting is deeper than 3 levels",
        ])
    }

    @Test func stringsAreNFCAndDatesFollowTheConfiguredFormats() throws {
        let doc = try #require(root("{\"a\": \"U\\u031b\\u0309\", \"b\": \"10/02/2020 08:30\", \"c\": \"10/02/2020\"}",
                                    path: "t.json", options: LoadOptions(dateFormats: [.dayFirst])))
        #expect(doc["a"]?.string?.unicodeScalars.map(\.value) == [0x1EEC])
        #expect(doc["b"]?.typeName == "datetime")
        #expect(doc["b"]?.literal == "10/02/2020 08:30")
        #expect(doc["c"]?.typeName == "date")
        #expect(root("[\"2020-02-10\"]", path: "t.json", options: LoadOptions(dateFormats: []))?.list?.first == "2020-02-10")
    }
}
