/// The RFC 9535 normalized path of a node: the unique query that selects exactly that node,
/// such as `$['dossiers'][12]`.
public struct NormalizedPath: Hashable, Sendable {
    /// One step of a normalized path: a member name or an array index.
    public enum Element: Hashable, Sendable {
        /// The member with this name.
        case name(String)
        /// The array element at this index (never negative).
        case index(Int)
    }

    /// The steps before the last. The members of one collection share them, so selecting a
    /// hundred thousand rows makes no array per row.
    private let parentElements: [Element]
    /// The last step; `nil` for the root.
    private let lastElement: Element?

    /// The steps from the root to the node, in order; empty for the root itself.
    public var elements: [Element] { lastElement.map { parentElements + [$0] } ?? [] }

    /// The path made of `elements`.
    public init(_ elements: [Element] = []) {
        parentElements = Array(elements.dropLast())
        lastElement = elements.last
    }

    /// The path of the node reached by `last` from the node at `parent` steps from the root.
    public init(parent: [Element], last: Element) {
        parentElements = parent
        lastElement = last
    }

    /// The path of the node holding this one; the root's is the root.
    public var parent: NormalizedPath { NormalizedPath(parentElements) }

    /// The path of the root node, `$`.
    public static let root = NormalizedPath()
}

extension NormalizedPath: CustomStringConvertible {
    /// The normalized path text, with names escaped as RFC 9535 §2.7 prescribes.
    public var description: String {
        var text = "$"
        func append(_ element: Element) {
            switch element {
            case .index(let index):
                text += "[\(index)]"
            case .name(let name):
                text += "['"
                Self.appendEscaped(name, to: &text)
                text += "']"
            }
        }
        parentElements.forEach(append)
        if let lastElement { append(lastElement) }
        return text
    }

    /// Appends `name` in normal-single-quoted form: `'` and `\` escaped, the five short control
    /// escapes, every other control character as `\u00xx` in lowercase hex.
    private static func appendEscaped(_ name: String, to text: inout String) {
        for scalar in name.unicodeScalars {
            switch scalar {
            case "'": text += "\\'"
            case "\\": text += "\\\\"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                text += "\\u00" + (hex.count == 1 ? "0" : "") + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
    }
}
