import DataModel

// The compiled form of a query. The parser checks RFC 9535 well-typedness while building it,
// so every node here is already well-typed and evaluation needs no type checks.

/// A child segment (`.name`, `[...]`) or a descendant segment (`..name`, `..[...]`).
struct Segment: Sendable {
    var selectors: [Selector]
    var isDescendant: Bool
    /// Whether the segment is written without blanks inside its brackets; RFC 9535's
    /// `singular-query` grammar admits only such segments (`@['a']`, not `@[ 'a' ]`).
    var isCompact: Bool
}

/// One selector of a segment.
enum Selector: Sendable {
    case name(String)
    case wildcard
    case index(Int)
    case slice(Slice)
    case filter(LogicalExpression)
}

/// A query inside a filter: relative (`@...`) or absolute (`$...`).
struct FilterQuery: Sendable {
    var isRelative: Bool
    var segments: [Segment]
    /// The same query as a singular query (RFC 9535 §2.3.5.1) when it is one.
    var singular: SingularQuery?

    init(isRelative: Bool, segments: [Segment]) {
        self.isRelative = isRelative
        self.segments = segments
        singular = SingularQuery(isRelative: isRelative, segments: segments)
    }
}

/// A query that selects at most one node: names and indexes only.
struct SingularQuery: Sendable {
    var isRelative: Bool
    var steps: [SingularStep]

    /// The singular form of `segments`, or `nil` when they can select more than one node.
    init?(isRelative: Bool, segments: [Segment]) {
        var steps: [SingularStep] = []
        for segment in segments {
            guard !segment.isDescendant, segment.isCompact, segment.selectors.count == 1 else { return nil }
            switch segment.selectors[0] {
            case .name(let name): steps.append(.name(name))
            case .index(let index): steps.append(.index(index))
            case .wildcard, .slice, .filter: return nil
            }
        }
        self.isRelative = isRelative
        self.steps = steps
    }
}

/// A step of a singular query.
enum SingularStep: Sendable {
    case name(String)
    case index(Int)
}

/// A logical expression of a filter selector.
indirect enum LogicalExpression: Sendable {
    case or([LogicalExpression])
    case and([LogicalExpression])
    case not(LogicalExpression)
    case comparison(Comparand, ComparisonOperator, Comparand)
    /// An existence test: true when the query selects at least one node.
    case exists(FilterQuery)
    /// A `match()` or `search()` call used as a test.
    case regex(RegexTest)
}

/// A side of a comparison, or a ValueType function argument: it gives a value or Nothing.
indirect enum Comparand: Sendable {
    case literal(Value)
    case query(SingularQuery)
    case function(ValueFunction)
}

/// A comparison operator.
enum ComparisonOperator: String, Sendable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case lessOrEqual = "<="
    case greaterOrEqual = ">="
    case less = "<"
    case greater = ">"
}

/// A call of a function extension whose result is a ValueType.
indirect enum ValueFunction: Sendable {
    case length(Comparand)
    case count(FilterQuery)
    case value(FilterQuery)
}

/// A call of `match()` (anchored) or `search()`.
struct RegexTest: Sendable {
    /// Where the regular expression comes from.
    enum Pattern: Sendable {
        /// A string literal, compiled once at parse time; `nil` when it is not valid I-Regexp.
        case literal(CompiledIRegexp?)
        /// Any other value, compiled (and cached) when evaluated.
        case dynamic(Comparand)
    }

    var subject: Comparand
    var pattern: Pattern
    var isAnchored: Bool
}
