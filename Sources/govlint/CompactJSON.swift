import DataModel
import Reporters

/// Writes a data node as compact, single-line JSON, for `govlint query` output.
///
/// Dates are written as the strings they were written as (JSON has no dates); JSON has no NaN
/// or infinity either, so those become `null`, as in the JSON report.
enum CompactJSON {
    /// The node as compact JSON text.
    static func text(of value: Value) -> String {
        var out = ""
        write(value, to: &out)
        return out
    }

    /// Appends the node as compact JSON.
    static func write(_ value: Value, to out: inout String) {
        switch value.kind {
        case .null: out += "null"
        case .bool(let bool): out += bool ? "true" : "false"
        case .int(let int): out += String(int)
        case .double(let double): out += double.isFinite ? String(double) : "null"
        case .string(let string): JSONWriter.appendStringLiteral(string, to: &out)
        case .date, .dateTime: JSONWriter.appendStringLiteral(value.text, to: &out)
        case .list(let elements):
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += "," }
                write(element, to: &out)
            }
            out += "]"
        case .map(let map):
            out += "{"
            for (index, entry) in map.entries.enumerated() {
                if index > 0 { out += "," }
                JSONWriter.appendStringLiteral(entry.key, to: &out)
                out += ":"
                write(entry.value, to: &out)
            }
            out += "}"
        }
    }
}
