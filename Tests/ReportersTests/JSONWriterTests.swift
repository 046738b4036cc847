import Foundation
import Reporters
import Testing

@Suite("JSON writer")
struct JSONWriterTests {
    @Test("members in call order, two-space indent, empty containers on one line, numbers as the report writes them")
    func layout() {
        let text = JSONWriter.document { json in
            json.object { json in
                json.member("name", "govlint")
                json.member("missing", nil)
                json.member("count", -42)
                json.member("lowest", Int.min)
                json.member("whole", 3.0)
                json.member("large", 123_456_789_012_345.0)
                json.member("huge", 1e20)
                json.member("fraction", 0.25)
                json.member("nan", Double.nan)
                json.member("infinite", -Double.infinity)
                json.member("passed", true)
                json.array("none") { _ in }
                json.object("nothing") { _ in }
                json.array("list") { json in
                    json.value("")
                    json.object { $0.member("depth", 3) }
                    json.array { $0.array { _ in } }
                }
                json.object("byRule") { $0.member(JSONWriter.Key(escaping: "set/\"odd\"\nrule"), 2) }
            }
        }
        #expect(text == """
            {
              "name": "govlint",
              "missing": null,
              "count": -42,
              "lowest": -9223372036854775808,
              "whole": 3,
              "large": 123456789012345,
              "huge": 1e+20,
              "fraction": 0.25,
              "nan": null,
              "infinite": null,
              "passed": true,
              "none": [],
              "nothing": {},
              "list": [
                "",
                {
                  "depth": 3
                },
                [
                  []
                ]
              ],
              "byRule": {
                "set/\\"odd\\"\\nrule": 2
              }
            }

            """)
    }

    /// Strings are checked for escapes eight bytes at a time, the last eight overlapping, and
    /// shorter ones padded; so each character that matters is tried at every position of strings
    /// around those lengths.
    @Test("any string survives a round trip through a JSON parser, and no control character or line separator is left raw")
    func roundTrip() throws {
        let characters = (0..<128).map { String(UnicodeScalar(UInt8($0))) } + ["\u{2028}", "\u{2029}", "\u{2027}", "é", "Ủ", "€", "😀"]
        for character in characters {
            for length in [0, 1, 6, 7, 8, 9, 15, 16, 17] {
                for position in 0...length {
                    let string = String(repeating: "a", count: position) + character + String(repeating: "b", count: length - position)
                    let text = JSONWriter.document { $0.value(string) }
                    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed) as? String
                    #expect(parsed == string)
                    let raw = text.dropLast().unicodeScalars.filter { $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{2028}" || $0 == "\u{2029}" }
                    #expect(raw.isEmpty, "\(Array(string.unicodeScalars))")
                }
            }
        }
    }
}
