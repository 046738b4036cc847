import DataModel
import Expressions
import Testing

@Suite("Evaluating for content gives what evaluating in full gives, resolved")
struct ContentEvaluationTests {
    /// The outcome as text: the value's CEL literal, or `error: reason`.
    private static func outcome(_ result: ExprResult) -> String {
        switch result {
        case .success(let v): return v.celLiteral()
        case .failure(let e): return "error: \(e.reason)"
        }
    }

    @Test("fields, lookup members, operators and conditions", arguments: [
        "status", "score", "received_at", "tags", "none", "nested.inner.value", "item.status", "missing",
        "procedure[code].processing_days", "procedure[code].missing", "procedure['nope'].processing_days",
        "procedure[score].code", "procedure[7].code", "procedure[days - 3].processing_days", "nested.inner.missing",
        "root.procedures[1].code", "code in procedure", "days in procedure", "days <= count", "score == 75.4",
        "!(days > 3)", "status == 'received' ? score : days", "status != 'received' ? score : tags",
        "procedure[code].processing_days == 15 ? 'calendar' : 'working'", "given(none) || days > 3",
        "tags[5]", "status < 3", "received_at < resolved_at",
    ])
    func sameOutcome(_ source: String) throws {
        let scope = Evaluate.scope()
        let compiled = try scope.compile(source)
        let full = compiled.result(Evaluate.activation(scope))
        let content = compiled.contentResult(Evaluate.activation(scope))
        #expect(Self.outcome(content) == Self.outcome(full.map(\.resolved)))
    }

    @Test("a lookup's error for an absent key names the key as it was written")
    func missingKeyAsWritten() throws {
        let scope = Evaluate.scope()
        let compiled = try scope.compile("procedure[score].processing_days")
        #expect(Self.outcome(compiled.contentResult(Evaluate.activation(scope))) == "error: no such key: 75.40")
    }

    @Test("a lookup's record is read in place")
    func recordInPlace() {
        let table = Evaluate.lookup()
        #expect(table.withRecord(.string("1.001780")) { $0?.pointee["processing_days"] } == Value(.int(15)))
        #expect(table.withRecord(.double(7)) { $0?.pointee["code"] } == "seven")
        #expect(table.withRecord(.string("absent")) { $0 == nil })
    }
}
