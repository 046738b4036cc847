/// The syntax tree of a pattern in the part of ICU's syntax the own matcher runs.
indirect enum RegexNode: Sendable {
    /// Matches the empty string (an empty alternative or group).
    case empty
    /// One scalar, written as itself or as an escape.
    case scalar(UInt32)
    /// One scalar of a class: `[...]`, `\d`, `\w`, `\s` and their negations.
    case set(ScalarSet)
    /// `.`: any scalar but a line terminator.
    case any
    /// A zero-width test of the position.
    case assertion(RegexAssertion)
    /// `(...)` (with its capture number, counting from 1) or `(?:...)` (`capture` nil).
    case group(RegexNode, capture: Int?)
    /// The parts in order.
    case concatenation([RegexNode])
    /// The alternatives, the first that leads to a match winning.
    case alternation([RegexNode])
    /// `x*`, `x+`, `x?`, `x{n,m}` and their lazy forms; `max` nil is unbounded.
    case repetition(RegexNode, min: Int, max: Int?, greedy: Bool)

    /// Whether the node can match without consuming input.
    var isNullable: Bool {
        switch self {
        case .empty, .assertion: true
        case .scalar, .set, .any: false
        case .group(let body, _): body.isNullable
        case .concatenation(let parts): parts.allSatisfy(\.isNullable)
        case .alternation(let choices): choices.contains { $0.isNullable }
        case .repetition(let body, let min, _, _): min == 0 || body.isNullable
        }
    }

    /// Whether a repetition that may loop has a body that can match the empty string (of any
    /// kind when `lazy` is nil): ICU ends such a loop after an empty pass, so its groups can
    /// differ from the own matcher's, and lazy ones can even miss matches.
    func hasNullableLoop(lazy: Bool? = nil) -> Bool {
        switch self {
        case .empty, .assertion, .scalar, .set, .any: false
        case .group(let body, _): body.hasNullableLoop(lazy: lazy)
        case .concatenation(let parts), .alternation(let parts): parts.contains { $0.hasNullableLoop(lazy: lazy) }
        case .repetition(let body, _, let max, let greedy):
            ((max ?? 2) > 1 && body.isNullable && (lazy == nil || lazy == !greedy)) || body.hasNullableLoop(lazy: lazy)
        }
    }

    /// Whether every match must start at the beginning of the text (`^` or `\A` first).
    var isAnchoredAtStart: Bool {
        switch self {
        case .assertion(.start): true
        case .group(let body, _): body.isAnchoredAtStart
        case .concatenation(let parts): parts.first?.isAnchoredAtStart ?? false
        case .alternation(let choices): choices.allSatisfy(\.isAnchoredAtStart)
        default: false
        }
    }
}

/// The zero-width tests of the supported syntax, with ICU's meaning under its default flags.
enum RegexAssertion: Sendable, Equatable {
    /// `^` and `\A`: the start of the text (`^` is not multi-line by default).
    case start
    /// `$` and `\Z`: the end of the text, or before a line terminator (or CR LF) that ends it.
    case end
    /// `\z`: the very end of the text.
    case absoluteEnd
}
