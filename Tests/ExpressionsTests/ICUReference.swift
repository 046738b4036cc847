import Foundation
@testable import Expressions

/// What ICU (through `NSRegularExpression`) and the own matcher find, side by side.
enum ICUReference {
    /// The whole match and every numbered group of ICU's first match (nil for a group that took
    /// no part), or nil when nothing matches.
    static func groups(_ pattern: String, _ text: String) throws -> [String?]? {
        let regex = try NSRegularExpression(pattern: pattern)
        guard let match = regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) else { return nil }
        return (0..<match.numberOfRanges).map { i in substring(text, match.range(at: i)) }
    }

    /// ICU's named groups of the first match, in the order of `names`, or nil when nothing
    /// matches.
    static func namedGroups(_ pattern: String, _ text: String, names: [String]) throws -> [String?]? {
        let regex = try NSRegularExpression(pattern: pattern)
        guard let match = regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) else { return nil }
        return names.map { substring(text, match.range(withName: $0)) }
    }

    /// The scalars of `text` in a UTF-16 range (which may split a grapheme, as `.` can).
    static func substring(_ text: String, _ range: NSRange) -> String? {
        guard range.location != NSNotFound else { return nil }
        let utf16 = text.utf16
        let lower = utf16.index(utf16.startIndex, offsetBy: range.location)
        return String(text.unicodeScalars[lower..<utf16.index(lower, offsetBy: range.length)])
    }

    /// The same from the own matcher; `.undecided` when it leaves the text to ICU.
    static func ownGroups(_ program: RegexProgram, _ text: String, captures: Bool = true) -> RegexOutcome {
        var copy = text
        let outcome = copy.withUTF8 { RegexMatcher(program: program).firstMatch(in: $0, captures: captures) }
        switch outcome {
        case .notFound: return .notFound
        case .undecided: return .undecided
        case .found(let slots):
            guard captures else { return .found([]) }
            let utf8 = text.utf8
            return .found(stride(from: 0, to: slots.count, by: 2).map { i in
                guard slots[i] >= 0, slots[i + 1] >= 0 else { return nil }
                return String(text[utf8.index(utf8.startIndex, offsetBy: slots[i])..<utf8.index(utf8.startIndex, offsetBy: slots[i + 1])])
            })
        }
    }

    /// An outcome comparable with ICU's.
    enum RegexOutcome: Equatable, CustomStringConvertible {
        case found([String?])
        case notFound
        case undecided

        init(_ groups: [String?]?) { self = groups.map { .found($0) } ?? .notFound }

        var description: String {
            switch self {
            case .found(let groups): "found \(groups.map { $0.map { "\"\($0.debugDescription.dropFirst().dropLast())\"" } ?? "nil" })"
            case .notFound: "not found"
            case .undecided: "undecided"
            }
        }
    }
}
