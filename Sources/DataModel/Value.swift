/// A node of a loaded document: its content, where it was written, and, for scalars, the text it
/// was written with.
///
/// `Value` is a value type: a tree of millions of nodes costs one allocation per list or map, none
/// per scalar (short literal texts are stored inline by `String`).
public struct Value: Sendable {
    /// What the node holds.
    public var kind: Kind {
        // A literal printed from the content would change with it: the node keeps its text.
        willSet { if literalForm == .printedByFormat { (storedLiteral, literalForm) = (literal, .asWritten) } }
    }
    // Declared right after `kind`, so that it takes a byte of the padding behind `kind`'s case
    // tag and a node stays 56 bytes.
    /// How `storedLiteral` gives the literal.
    var literalForm: LiteralForm
    /// Where the node was written.
    public var location: SourceLocation
    /// The literal as written, or the pattern of the format that prints it (see `LiteralForm`).
    @usableFromInline var storedLiteral: String?

    /// The content of a node.
    public enum Kind: Sendable {
        case null
        case bool(Bool)
        case int(Int)
        case double(Double)
        case string(String)
        case date(CivilDate)
        case dateTime(CivilDateTime)
        case list([Value])
        case map(ValueMap)
    }
}

extension Value {
    // Declared in an extension so that it can delegate to the memberwise initializer: an
    // initializer that assigns the stored properties one by one builds the node in a stack slot
    // and copies it out whole, and a copy of this recursive type is an expensive runtime call.
    /// A node holding `kind`, written at `location` as `literal`.
    public init(_ kind: Kind, at location: SourceLocation = .unknown, literal: String? = nil) {
        self.init(kind: kind, literalForm: .asWritten, location: location, storedLiteral: literal)
    }

    /// A null node with no location.
    public static let null = Value(.null)

    /// The text the scalar was written with: its literal, or a string's content, or a canonical form.
    public var text: String {
        if let literal { return literal }
        switch kind {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return Value.shortest(d)
        case .string(let s): return s
        case .date(let d): return d.description
        case .dateTime(let d): return d.description
        case .list, .map: return ""
        }
    }

    /// Whether the node is null.
    public var isNull: Bool { if case .null = kind { return true } else { return false } }

    /// Whether the node is null, an empty string or an empty list: a value not given, for
    /// `require` and `given()`.
    @inlinable public var isBlank: Bool {
        switch kind {
        case .null: true
        case .string(let s): s.isEmpty
        case .list(let l): l.isEmpty
        default: false
        }
    }

    /// The string content, when the node is a string.
    public var string: String? { if case .string(let s) = kind { return s } else { return nil } }

    /// The elements, when the node is a list.
    public var list: [Value]? { if case .list(let l) = kind { return l } else { return nil } }

    /// The entries, when the node is a map.
    public var map: ValueMap? { if case .map(let m) = kind { return m } else { return nil } }

    /// The member `key` of a map node; `nil` when the node is not a map or lacks the key.
    public subscript(key: String) -> Value? { map?[key] }

    /// The name of the node's type, as messages and the `types` check spell it.
    public var typeName: String {
        switch kind {
        case .null: return "null"
        case .bool: return "boolean"
        case .int: return "integer"
        case .double: return "number"
        case .string: return "string"
        case .date: return "date"
        case .dateTime: return "datetime"
        case .list: return "list"
        case .map: return "map"
        }
    }

    /// The shortest decimal text that reads back as `d` (`1.0` → `1.0`, `0.1` → `0.1`).
    public static func shortest(_ d: Double) -> String {
        if d.isNaN { return ".nan" }
        if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
        return d.description
    }
}

extension Value: Equatable {
    /// Structural equality of content (locations and literals are ignored); maps compare without
    /// regard to key order, ints and doubles compare by numeric value.
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs.kind, rhs.kind) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        case let (.int(a), .double(b)), let (.double(b), .int(a)): return Double(a) == b && b.magnitude < 9.3e18
        case let (.string(a), .string(b)): return a == b
        case let (.date(a), .date(b)): return a == b
        case let (.dateTime(a), .dateTime(b)): return a == b
        case let (.list(a), .list(b)): return a == b
        case let (.map(a), .map(b)):
            guard a.count == b.count else { return false }
            return a.entries.allSatisfy { entry in b[entry.key].map { $0 == entry.value } ?? false }
        default: return false
        }
    }
}
