/// Builds the table of a `RegexDFA` from a `RegexProgram` by subset construction.
///
/// A state is the set of instructions the search's threads stand at right after a byte was
/// consumed: the ones following the consuming instructions that took it. Its row follows, for
/// each byte class, every thread through the instructions that consume nothing (splits, jumps,
/// saves, and the assertions that hold in the position's context) to the consuming
/// instructions, and on past those that take the class. Unless the program is anchored at the
/// start, a new thread starts at every position, as the search tries every start. Reaching
/// `match` makes the row lead to the accepting sink.
struct RegexDFABuilder {
    /// The table with next states as row numbers (`RegexDFA` turns them into offsets).
    struct Built {
        let rows: [Int]
        let width: Int
        let byteClasses: [UInt8]
        let initialRow: Int
    }

    /// Beyond this many states, or this many steps of building (instructions followed, threads
    /// moved, instructions of states looked up), the pattern is left to the backtracking
    /// matcher: patterns such as `(a|b)*a(a|b){20}` need exponentially many states, and ones
    /// such as `\d{1000}` many states of many threads. The steps bound the building to a few
    /// million machine instructions; `^.{1,255}$`, with 256 states, takes a fifth of them.
    static let maxStates = 512
    static let maxWork = 1 << 15

    /// The threads' instructions after a byte; the first state, at the start of the text, has
    /// its own context and so is told apart from a later state with the same instructions.
    private struct State: Equatable {
        let instructions: [Int]
        let isInitial: Bool

        var hash: Int {
            instructions.reduce(isInitial ? 1 : 0) { ($0 &* 31 &+ $1) ^ ($0 >> 17) }
        }
    }

    /// Which assertions hold at a position.
    private struct Context {
        let atStart: Bool
        /// `$` and `\Z`: at the end, or before a line terminator that ends the text.
        let endHolds: Bool
        let atAbsoluteEnd: Bool

        func holds(_ assertion: RegexAssertion) -> Bool {
            switch assertion {
            case .start: atStart
            case .end: endHolds
            case .absoluteEnd: atAbsoluteEnd
            }
        }
    }

    /// Where the threads of a state get to without consuming.
    private struct Reach {
        var matched = false
        /// The consuming instructions reached.
        var consumers: [Int] = []
        /// Whether `$`, `\Z` or `\z` stopped a thread, which at the end of the text may go on.
        var stoppedAtEnd = false
    }

    private let code: [RegexInstruction]
    private let restarts: Bool
    private let classes: ASCIIByteClasses
    private var states: [State] = []
    /// An open-addressing table of the states' rows by hash (-1: free), twice as large as the
    /// states may be many (a power of two). A plain array rather than a dictionary, whose first
    /// use with a new key type costs the runtime a search of all protocol conformances.
    private var rowsByHash = [Int](repeating: -1, count: 2 * maxStates)
    /// Whether a state beyond `maxStates` was asked for.
    private var tooManyStates = false
    private var rows: [Int] = []
    private var work = 0
    /// The instructions visited by the current closure are the ones marked with `stamp`.
    private var marks: [Int]
    private var stamp = 0

    /// The table for `program`, or nil when it needs too many states.
    static func build(_ program: RegexProgram) -> Built? {
        var builder = RegexDFABuilder(program)
        return builder.build()
    }

    private init(_ program: RegexProgram) {
        code = program.instructions
        restarts = !program.isAnchoredAtStart
        classes = ASCIIByteClasses(code)
        marks = Array(repeating: 0, count: code.count)
    }

    /// The columns of a row: the ASCII classes, the class outside ASCII, the terminators, the end.
    private var width: Int { classes.representatives.count + 1 + RegexDFA.terminators.count + 1 }

    private mutating func build() -> Built? {
        for sink in 0..<RegexDFA.sinkRows { rows += Array(repeating: sink, count: width) }
        let initialRow = row(of: State(instructions: [0], isInitial: true))
        var next = 0
        while next < states.count {
            appendRow(of: states[next])
            guard !tooManyStates, work <= Self.maxWork else { return nil }
            next += 1
        }
        return Built(rows: rows, width: width, byteClasses: classes.classOf, initialRow: initialRow)
    }

    private mutating func appendRow(of state: State) {
        let seeds = restarts && !state.isInitial ? state.instructions + [0] : state.instructions
        let start = state.isInitial
        let middle = reach(from: seeds, Context(atStart: start, endHolds: false, atAbsoluteEnd: false))
        // A match found where no assertion holds but those known to is a match whatever
        // follows; otherwise a byte outside ASCII is left to the backtracking matcher.
        if middle.matched {
            rows += Array(repeating: RegexDFA.acceptRow, count: classes.representatives.count + 1)
        } else {
            rows += classes.representatives.map { row(after: middle.consumers, take: $0) }
            rows.append(RegexDFA.bailRow)
        }
        // Where no end assertion stopped a thread, the end of the text changes nothing.
        let beforeTerminator = middle.stoppedAtEnd
            ? reach(from: seeds, Context(atStart: start, endHolds: true, atAbsoluteEnd: false)) : middle
        if beforeTerminator.matched {
            rows += Array(repeating: RegexDFA.acceptRow, count: RegexDFA.terminators.count)
        } else {
            rows += RegexDFA.terminators.map { row(after: beforeTerminator.consumers, take: $0) }
        }
        let atEnd = middle.stoppedAtEnd
            ? reach(from: seeds, Context(atStart: start, endHolds: true, atAbsoluteEnd: true)) : middle
        rows.append(atEnd.matched ? RegexDFA.acceptRow : RegexDFA.deadRow)
    }

    /// The row of the state the threads at `consumers` go to on `byte`.
    private mutating func row(after consumers: [Int], take byte: UInt8) -> Int {
        work += consumers.count
        let instructions = consumers.filter { code[$0].takes(byte) }.map { $0 + 1 }.sorted()
        if instructions.isEmpty && !restarts { return RegexDFA.deadRow }
        return row(of: State(instructions: instructions, isInitial: false))
    }

    private mutating func row(of state: State) -> Int {
        work += state.instructions.count
        let mask = rowsByHash.count - 1
        var slot = state.hash & mask
        while rowsByHash[slot] >= 0 {
            if states[rowsByHash[slot] - RegexDFA.sinkRows] == state { return rowsByHash[slot] }
            slot = (slot + 1) & mask
        }
        guard states.count < Self.maxStates else {
            tooManyStates = true
            return RegexDFA.deadRow
        }
        let row = RegexDFA.sinkRows + states.count
        states.append(state)
        rowsByHash[slot] = row
        return row
    }

    /// Follows the threads at `seeds` through every instruction that consumes nothing.
    private mutating func reach(from seeds: [Int], _ context: Context) -> Reach {
        stamp += 1
        var reached = Reach()
        var pending = seeds
        while let pc = pending.popLast() {
            guard marks[pc] != stamp else { continue }
            marks[pc] = stamp
            work += 1
            switch code[pc] {
            case .scalar, .set, .any:
                reached.consumers.append(pc)
            case .split(let preferred, let other):
                pending.append(other)
                pending.append(preferred)
            case .jump(let target):
                pending.append(target)
            case .save:
                pending.append(pc + 1)
            case .assert(let assertion):
                if context.holds(assertion) {
                    pending.append(pc + 1)
                } else if assertion != .start {
                    reached.stoppedAtEnd = true
                }
            case .match:
                // A match is all that counts then.
                reached.matched = true
                return reached
            }
        }
        return reached
    }
}
