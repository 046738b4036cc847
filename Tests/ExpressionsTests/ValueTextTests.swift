import DataModel
import Expressions
import Testing

/// The CEL literal form `govlint eval` prints, and the text messages print.
struct ValueTextTests {
    @Test(arguments: [
        ("3", "3"),
        ("3.0", "3.0"),
        ("1e20", "1e+20"),
        ("-0.5", "-0.5"),
        ("'text'", "\"text\""),
        ("'say \"hi\"\\n\\t\\\\'", "\"say \\\"hi\\\"\\n\\t\\\\\""),
        ("'\\x01'", "\"\\x01\""),
        ("[1, 2]", "[1, 2]"),
        ("{'k': true}", "{\"k\": true}"),
        ("null", "null"),
        ("date('2020-02-10')", "date(\"2020-02-10\")"),
        ("score", "75.4"),
        ("received_at", "date(\"2020-01-20\")"),
        ("nested", "{\"inner\": {\"value\": 5}}"),
        ("string", "string"),
        ("double('-Infinity')", "double(\"-Infinity\")"),
        ("double('NaN')", "double(\"NaN\")"),
    ])
    func celLiteral(source: String, expected: String) {
        #expect(Evaluate.text(source) == expected)
    }

    private func message(_ source: String) throws -> String {
        let scope = Evaluate.scope()
        return try scope.compile(source).evaluate(Evaluate.activation(scope)).messageText(dateFormat: .dayFirst)
    }

    @Test(arguments: [
        ("received_at", "20/01/2020"),              // as written in the file
        ("add_days(received_at, 1)", "21/01/2020"), // computed: the first date format
        ("resolved_at", "10/02/2020 09:30"),
        ("score", "75.40"),                         // the literal, trailing zero kept
        ("score * 2.0", "150.8"),
        ("3.0", "3"),
        ("0.1 + 0.2", "0.30000000000000004"),
        ("days", "10"),
        ("none", "(none)"),
        ("null", "(none)"),
        ("tags", "a, b, c"),
        ("['national_database', 'office_notice']", "national_database, office_notice"),
        ("[received_at, add_days(received_at, 1)]", "20/01/2020, 21/01/2020"),
        ("code", "1.001780"),
        ("true", "true"),
        ("{'a': 1}", "{\"a\": 1}"),
        ("type(1)", "int"),
    ])
    func messageText(source: String, expected: String) throws {
        #expect(try message(source) == expected)
    }

    @Test func dataValuesKeepTheirNodes() throws {
        let location = SourceLocation(file: FileID("data/d.yml"), line: 4, column: 9)
        let node = Value(.double(75.4), at: location, literal: "75.40")
        let scope = ExpressionScope(variables: [])
        let activation = Activation(scope: scope, item: .map(["score": node]), variables: [])
        let result = try scope.compile("score").evaluate(activation)
        #expect(result.value?.location == location)
        #expect(result.value?.literal == "75.40")
        #expect(ExprValue.int(3).value?.location == .unknown)
        #expect(ExprValue.type(.int).value == nil)
        #expect(ExprValue.list([.int(1), .string("a")]).value == [1, "a"])
        #expect(ExprValue(node).celLiteral() == "75.4")
        #expect(ExprValue.bool(true).boolValue == true)
        #expect(ExprValue.data(.null).isNull)
    }
}
