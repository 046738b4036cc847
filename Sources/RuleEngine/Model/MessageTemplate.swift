import DataModel
import Expressions

/// A message with `{expression}` placeholders, compiled once: `dossier {dossier_id} is late`.
/// `{{` and `}}` are literal braces; a placeholder that fails on an item prints `{?}`.
struct MessageTemplate: Sendable {
    enum Part: Sendable {
        case text(String)
        case expression(CompiledExpression)
    }

    let parts: [Part]
    /// The room a message usually takes: its texts' bytes and some for each placeholder, reserved
    /// at once so that writing a message does not grow the string part by part.
    private let usualLength: Int

    /// Compiles `template`; errors are reported at the placeholder's place in the file.
    init?(_ value: Value, compiler: ExpressionCompiler, sink: DiagnosticSink) {
        guard let template = value.string else {
            sink.error(RuleSetMessages.expectedString("message", found: value), at: value.location)
            return nil
        }
        let scalars = Array(template.unicodeScalars)
        var parts: [Part] = []
        var text = String.UnicodeScalarView()
        var i = 0
        var ok = true
        while i < scalars.count {
            let c = scalars[i]
            if c == "{", i + 1 < scalars.count, scalars[i + 1] == "{" { text.append("{"); i += 2; continue }
            if c == "}", i + 1 < scalars.count, scalars[i + 1] == "}" { text.append("}"); i += 2; continue }
            if c == "}" {
                sink.error(RuleSetMessages.badTemplate("unmatched '}'; write '}}' for a literal brace"),
                           at: compiler.location(of: value, column: i + 1))
                return nil
            }
            guard c == "{" else { text.append(c); i += 1; continue }
            guard let end = Self.closingBrace(scalars, from: i + 1) else {
                sink.error(RuleSetMessages.badTemplate("unclosed '{'; write '{{' for a literal brace"),
                           at: compiler.location(of: value, column: i + 1))
                return nil
            }
            if !text.isEmpty { parts.append(.text(String(text))); text = String.UnicodeScalarView() }
            var source = String.UnicodeScalarView()
            source.append(contentsOf: scalars[(i + 1)..<end])
            do {
                parts.append(.expression(try compiler.scope.compile(String(source))))
            } catch {
                sink.error(RuleSetMessages.badExpression(ExpressionCompiler.reason(error)),
                           at: compiler.location(of: value, column: i + 1 + error.column))
                ok = false
            }
            i = end + 1
        }
        if !text.isEmpty { parts.append(.text(String(text))) }
        guard ok else { return nil }
        self.parts = parts
        usualLength = parts.reduce(0) { length, part in
            switch part {
            case .text(let t): length + t.utf8.count
            case .expression: length + 24
            }
        }
    }

    /// The index of the `}` closing a placeholder opened before `start`, skipping string
    /// literals and nested map literals.
    private static func closingBrace(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var depth = 0
        var quote: Unicode.Scalar?
        var i = start
        while i < s.count {
            let c = s[i]
            if let q = quote {
                if c == "\\" { i += 2; continue }
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "{" {
                depth += 1
            } else if c == "}" {
                if depth == 0 { return i }
                depth -= 1
            }
            i += 1
        }
        return nil
    }

    /// The message for the activation's item.
    func render(_ activation: Activation, dateFormat: DateFormat) -> String {
        var out = ""
        out.reserveCapacity(usualLength)
        for part in parts {
            switch part {
            case .text(let t): out += t
            case .expression(let e):
                switch e.result(activation) {
                case .success(let v): out += v.messageText(dateFormat: dateFormat)
                case .failure: out += "{?}"
                }
            }
        }
        return out
    }

    /// `text` with its braces doubled, so it reads literally inside a template.
    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            out.append(c)
            if c == "{" || c == "}" { out.append(c) }
        }
        return out
    }
}
