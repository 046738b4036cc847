// Writes a Swift source holding the given files of the rules folder as string literals:
//   EmbedRulesTool RULES_DIR OUTPUT.swift RELATIVE_PATH...
// Top-level files become rule sets and files under calendars/ become calendars, each named by
// its file name without `.yml`.
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("EmbedRulesTool: error: \(message)\n".utf8))
    exit(1)
}

/// `text` as a Swift string literal that yields exactly the same scalars.
func swiftLiteral(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F:
            out += "\\u{\(String(scalar.value, radix: 16))}"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 2 else { fail("usage: EmbedRulesTool RULES_DIR OUTPUT.swift RELATIVE_PATH...") }
let rulesDirectory = URL(fileURLWithPath: arguments[arguments.startIndex])
let outputURL = URL(fileURLWithPath: arguments[arguments.startIndex + 1])

var ruleSets: [(name: String, text: String)] = []
var calendars: [(name: String, text: String)] = []
for relativePath in arguments.dropFirst(2).sorted() {
    let url = rulesDirectory.appendingPathComponent(relativePath)
    guard let data = FileManager.default.contents(atPath: url.path) else { fail("cannot read \(url.path)") }
    guard let text = String(data: data, encoding: .utf8) else { fail("\(url.path) is not valid UTF-8") }
    let components = relativePath.split(separator: "/")
    let name = String(components.last!.dropLast(".yml".count))
    switch components.count {
    case 1: ruleSets.append((name, text))
    case 2 where components[0] == "calendars": calendars.append((name, text))
    default: fail("\(relativePath): only Rules/*.yml and Rules/calendars/*.yml are built in")
    }
}

func dictionary(_ entries: [(name: String, text: String)]) -> String {
    if entries.isEmpty { return "[:]" }
    return "[\n" + entries.map { "        \(swiftLiteral($0.name)): \(swiftLiteral($0.text)),\n" }.joined() + "    ]"
}

let source = """
    // Generated at build time from the package's Rules/ folder by the EmbedRules plugin. Do not edit.

    extension BuiltinRules {
        static let embeddedRuleSets: [String: String] = \(dictionary(ruleSets))

        static let embeddedCalendars: [String: String] = \(dictionary(calendars))
    }

    """
let newData = Data(source.utf8)
// Rewriting identical content would only make the compiler redo work.
if FileManager.default.contents(atPath: outputURL.path) != newData {
    do { try newData.write(to: outputURL, options: .atomic) } catch { fail("cannot write \(outputURL.path): \(error)") }
}
