import DataModel
import JSONPath
import Testing

/// Evaluation over hand-built documents: locations, dates, comparison semantics, functions.
@Suite struct JSONPathEvaluationTests {
    private static let file = FileID("registers/dossiers.yml")

    private static func at(_ line: Int, _ column: Int) -> DataModel.SourceLocation {
        DataModel.SourceLocation(file: file, line: line, column: column)
    }

    /// A register of three dossiers, as a loader would build it, with locations.
    private static let register: Value = {
        func dossier(_ line: Int, _ id: String, _ channel: String, _ days: Value, received: CivilDate) -> Value {
            Value(.map(ValueMap([
                .init(key: "dossier_id", value: Value(.string(id), at: at(line, 19))),
                .init(key: "channel", value: Value(.string(channel), at: at(line + 1, 14))),
                .init(key: "days", value: days),
                .init(key: "received", value: Value(.date(received), at: at(line + 3, 15), literal: received.description)),
            ])), at: at(line, 7))
        }
        let dossiers = [
            dossier(3, "HS-0001", "online", Value(.int(3), at: at(5, 11), literal: "3"), received: CivilDate(year: 2020, month: 2, day: 10)!),
            dossier(7, "HS-0002", "counter", Value(.double(12.5), at: at(9, 11), literal: "12.5"), received: CivilDate(year: 2020, month: 3, day: 2)!),
            dossier(11, "HS-0003", "online", Value(.int(12), at: at(13, 11), literal: "12"), received: CivilDate(year: 2021, month: 1, day: 5)!),
        ]
        return Value(.map(ValueMap([.init(key: "dossiers", value: Value(.list(dossiers), at: at(2, 3)))])), at: at(1, 1))
    }()

    private func select(_ query: String, from document: Value = register) throws -> [String] {
        try JSONPathQuery(query).evaluate(document).map(\.path.description)
    }

    @Test func filterSelectsNodesWithTheirSourceLocations() throws {
        let matches = try JSONPathQuery("$.dossiers[?@.channel == 'online'].dossier_id").evaluate(Self.register)
        #expect(matches.map(\.path.description) == ["$['dossiers'][0]['dossier_id']", "$['dossiers'][2]['dossier_id']"])
        #expect(matches.map(\.node.string) == ["HS-0001", "HS-0003"])
        #expect(matches.map(\.location) == [Self.at(3, 19), Self.at(11, 19)])
    }

    @Test func descendantSegmentVisitsInDocumentOrder() throws {
        #expect(try select("$..dossier_id") == [
            "$['dossiers'][0]['dossier_id']", "$['dossiers'][1]['dossier_id']", "$['dossiers'][2]['dossier_id']",
        ])
        let nested: Value = .list([.list([1, .list([2])]), 3])
        #expect(try select("$..[0]", from: nested) == ["$[0]", "$[0][0]", "$[0][1][0]"])
    }

    @Test func datesCompareAsTheTextTheyWereWrittenAs() throws {
        #expect(try select("$.dossiers[?@.received == '2020-02-10'].dossier_id") == ["$['dossiers'][0]['dossier_id']"])
        #expect(try select("$.dossiers[?@.received < '2020-12-31'].dossier_id").count == 2)
        #expect(try select("$.dossiers[?length(@.received) == 10]").count == 3)
        #expect(try select("$.dossiers[?match(@.received, '2020-.*')]").count == 2)
        #expect(try select("$.dossiers[?@.received == 20200210]").isEmpty)
    }

    @Test func numbersCompareByValueAcrossIntegersAndDoubles() throws {
        #expect(try select("$.dossiers[?@.days == 3.0]") == ["$['dossiers'][0]"])
        #expect(try select("$.dossiers[?@.days > 12]") == ["$['dossiers'][1]"])
        #expect(try select("$.dossiers[?@.days >= 12]") == ["$['dossiers'][1]", "$['dossiers'][2]"])
        #expect(try select("$.dossiers[?@.days == '3']").isEmpty)
        let large: Value = [Value(.int(9_007_199_254_740_993)), Value(.double(9_007_199_254_740_992))]
        #expect(try select("$[?@ == 9007199254740992]", from: large) == ["$[1]"])
        #expect(try select("$[?@ > 9007199254740992.0]", from: large) == ["$[0]"])
    }

    @Test func nothingEqualsNothingOnly() throws {
        #expect(try select("$.dossiers[?@.missing == @.absent]").count == 3)
        #expect(try select("$.dossiers[?@.missing <= @.absent]").count == 3)
        #expect(try select("$.dossiers[?@.missing < @.absent]").isEmpty)
        #expect(try select("$.dossiers[?@.missing == null]").isEmpty)
        #expect(try select("$.dossiers[?@.missing != 1]").count == 3)
    }

    @Test func stringsCompareByUnicodeScalars() throws {
        let precomposed = "\u{E9}", decomposed = "e\u{301}"
        let document = Value.map([precomposed: 1, "list": .list([Value(.string(decomposed)), Value(.string(precomposed))])])
        #expect(try select("$['\u{E9}']", from: document) == ["$['\u{E9}']"])
        #expect(try select("$['e\u{301}']", from: document).isEmpty)
        #expect(try select("$.list[?@ == 'e\u{301}']", from: document) == ["$['list'][0]"])
        #expect(try select("$.list[?@ > 'f']", from: document) == ["$['list'][1]"])
    }

    @Test func countValueAndLength() throws {
        #expect(try select("$.dossiers[?count(@.*) == 4]").count == 3)
        #expect(try select("$[?count(@[*]) == 3]") == ["$['dossiers']"])
        #expect(try select("$.dossiers[?value(@..channel) == 'counter']") == ["$['dossiers'][1]"])
        #expect(try select("$.dossiers[?length(@.dossier_id) == 7]").count == 3)
        #expect(try select("$.dossiers[?length(@.days) == 1]").isEmpty)
    }

    @Test(arguments: [
        ("match(@, 'a.c')", ["$[0]"]),
        ("search(@, 'b')", ["$[0]"]),
        ("match(@, 'a\\\\.c')", []),
        ("search(@, '^a')", ["$[0]", "$[1]", "$[2]", "$[3]"]),
        ("search(@, 'c$')", ["$[0]"]),
        ("match(@, '[a-c]+')", ["$[0]"]),
        ("match(@, '[^\\\\n]+')", ["$[0]", "$[2]", "$[3]"]),
        ("match(@, 'a\\\\p{Lu}[$]')", ["$[3]"]),
        ("match(@, 'a.')", []),
        ("match(@, 'a..')", ["$[0]", "$[3]"]),
        ("match(@, 'a(\\\\n|\\\\r)')", ["$[1]", "$[2]"]),
        ("search(@, '[$]')", ["$[3]"]),
        ("match(@, 'a\\\\nb?')", ["$[1]"]),
        ("match(@, '(ab|a)(c|\\\\r)')", ["$[0]", "$[2]"]),
        ("match(@, 'a{1,2}[b\\\\-c]{2}')", ["$[0]"]),
    ])
    func regexFunctionsFollowIRegexp(filter: String, expected: [String]) throws {
        let strings: Value = ["abc", "a\n", "a\r", "aB$"]
        #expect(try select("$[?\(filter)]", from: strings) == expected)
    }

    @Test(arguments: ["\\\\$", "\\\\d", "(?:a)", "a**", "[]", "[z-a]", "a{2,1}", "\\\\p{Xx}", "(a", "a)", "\\\\b", "[a-\\\\p{L}]"])
    func patternsOutsideIRegexpGiveFalse(pattern: String) throws {
        let strings: Value = ["a", "1", "aa", "b"]
        #expect(try select("$[?match(@, '\(pattern)')]", from: strings).isEmpty)
        #expect(try select("$[?!search(@, '\(pattern)')]", from: strings).count == 4)
    }

    @Test func patternsMayComeFromTheDocument() throws {
        let document = Value.map(["pattern": "HS-000[13]", "ids": ["HS-0001", "HS-0002", "HS-0003"]])
        #expect(try select("$.ids[?match(@, $.pattern)]", from: document) == ["$['ids'][0]", "$['ids'][2]"])
    }

    @Test func slicesNormalizeBoundsAndStepBackwards() throws {
        let list: Value = [0, 1, 2, 3, 4, 5]
        #expect(try select("$[::-1]", from: list) == ["$[5]", "$[4]", "$[3]", "$[2]", "$[1]", "$[0]"])
        #expect(try select("$[5:1:-2]", from: list) == ["$[5]", "$[3]"])
        #expect(try select("$[-2:]", from: list) == ["$[4]", "$[5]"])
        #expect(try select("$[-100:2]", from: list) == ["$[0]", "$[1]"])
        #expect(try select("$[1:100:9007199254740991]", from: list) == ["$[1]"])
        #expect(try select("$[::0]", from: list).isEmpty)
    }

    @Test func deeplyNestedDocumentsAreWalkedWithoutRecursion() throws {
        var document: Value = .map(["x": 1])
        for _ in 0..<20_000 { document = .list([document]) }
        let matches = try JSONPathQuery("$..x").evaluate(document)
        #expect(matches.count == 1)
        #expect(matches.first?.path.elements.count == 20_001)
    }

    @Test func oneCompiledQueryEvaluatesManyDocuments() throws {
        let query = try JSONPathQuery("$[?@.a]")
        #expect(query.evaluate([.map(["a": 1]), .map(["b": 1])]).count == 1)
        #expect(query.evaluate([.map(["a": nil]), .map(["a": false])]).count == 2)
        #expect(query.evaluate("scalar").isEmpty)
    }
}
