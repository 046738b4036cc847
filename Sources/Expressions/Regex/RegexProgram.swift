/// One step of a `RegexProgram`.
enum RegexInstruction: Sendable {
    /// Consume this scalar.
    case scalar(UInt32)
    /// Consume a scalar of `sets[index]`; its ASCII members are copied here for speed.
    case set(asciiLow: UInt64, asciiHigh: UInt64, index: Int)
    /// Consume any scalar but a line terminator.
    case any
    /// Go on at `preferred`; when that fails, at `other`.
    case split(preferred: Int, other: Int)
    case jump(Int)
    /// Record the position in capture slot `n` (group g has slots 2g and 2g+1; group 0 is the match).
    case save(Int)
    case assert(RegexAssertion)
    case match
}

/// A pattern compiled for `RegexMatcher`: a list of instructions for a backtracking matcher in
/// the style of a Thompson NFA (split and jump), built from the parsed tree.
struct RegexProgram: Sendable {
    let instructions: [RegexInstruction]
    let sets: [ScalarSet]
    /// Two per capture group, and two for the whole match.
    let slotCount: Int
    /// The `(?<name>...)` groups in pattern order, with their capture numbers.
    let namedGroups: [(name: String, group: Int)]
    /// Whether every match starts at the beginning of the text, so one start suffices.
    let isAnchoredAtStart: Bool
    /// Whether the groups this program reports are ICU's; false when a loop's body can match
    /// the empty string, where ICU's rule for ending such loops picks different groups.
    let capturesLikeICU: Bool
    /// How many `split` instructions there are (each can leave one pending alternative per position).
    let splitCount: Int
    let saveCount: Int
    /// For each instruction that several paths lead to, its row in the matcher's memo of tried
    /// positions; -1 for the others. An instruction with one way in is tried at a position at
    /// most as often as its one predecessor, so remembering the merge points is enough.
    let memoRows: [Int]
    let memoRowCount: Int

    /// Longer programs are left to ICU: the matcher's memory grows with the program's length.
    static let maxInstructions = 4000

    /// The program for `pattern`, or nil when it is outside the supported syntax or too long.
    init?(_ pattern: String) {
        // ICU misses matches in lazy loops whose body can match nothing (`()*?a|` finds no
        // match in ""), so those patterns stay with ICU.
        guard let parsed = RegexParser.parse(pattern), !parsed.root.hasNullableLoop(lazy: true) else { return nil }
        var emitter = Emitter()
        emitter.emit(.group(parsed.root, capture: 0))
        emitter.code.append(.match)
        guard emitter.code.count <= Self.maxInstructions else { return nil }
        instructions = emitter.code
        sets = emitter.sets
        slotCount = parsed.groupCount * 2 + 2
        namedGroups = parsed.namedGroups
        isAnchoredAtStart = parsed.root.isAnchoredAtStart
        capturesLikeICU = !parsed.root.hasNullableLoop()
        splitCount = instructions.count { if case .split = $0 { true } else { false } }
        saveCount = instructions.count { if case .save = $0 { true } else { false } }
        (memoRows, memoRowCount) = Self.memoRows(instructions)
    }

    private static func memoRows(_ code: [RegexInstruction]) -> ([Int], Int) {
        var waysIn = [Int](repeating: 0, count: code.count)
        waysIn[0] = 1
        for (pc, instruction) in code.enumerated() {
            switch instruction {
            case .split(let preferred, let other):
                waysIn[preferred] += 1
                waysIn[other] += 1
            case .jump(let target):
                waysIn[target] += 1
            case .match:
                break
            default:
                waysIn[pc + 1] += 1
            }
        }
        var rows = 0
        let memoRows = waysIn.map { ways in
            guard ways > 1 else { return -1 }
            defer { rows += 1 }
            return rows
        }
        return (memoRows, rows)
    }

    private struct Emitter {
        var code: [RegexInstruction] = []
        var sets: [ScalarSet] = []

        mutating func emit(_ node: RegexNode) {
            // Stop unrolling once the program is over the limit; it is dropped anyway.
            guard code.count <= RegexProgram.maxInstructions else { return }
            switch node {
            case .empty: break
            case .scalar(let scalar): code.append(.scalar(scalar))
            case .any: code.append(.any)
            case .assertion(let assertion): code.append(.assert(assertion))
            case .set(let set):
                let (low, high) = set.asciiMembers
                code.append(.set(asciiLow: low, asciiHigh: high, index: sets.count))
                sets.append(set)
            case .group(let body, let capture):
                if let capture { code.append(.save(2 * capture)) }
                emit(body)
                if let capture { code.append(.save(2 * capture + 1)) }
            case .concatenation(let parts):
                for part in parts { emit(part) }
            case .alternation(let choices):
                var jumpsToEnd: [Int] = []
                for (i, choice) in choices.enumerated() {
                    let split = code.count
                    if i < choices.count - 1 { code.append(.jump(0)) }
                    emit(choice)
                    guard i < choices.count - 1 else { break }
                    jumpsToEnd.append(code.count)
                    code.append(.jump(0))
                    code[split] = .split(preferred: split + 1, other: code.count)
                }
                for jump in jumpsToEnd { code[jump] = .jump(code.count) }
            case .repetition(let body, let min, let max, let greedy):
                for _ in 0..<min { emit(body) }
                if let max {
                    var splits: [Int] = []
                    for _ in min..<max {
                        splits.append(code.count)
                        code.append(.jump(0))
                        emit(body)
                    }
                    for split in splits { code[split] = branch(to: split + 1, orSkipTo: code.count, greedy: greedy) }
                } else {
                    let loop = code.count
                    code.append(.jump(0))
                    emit(body)
                    code.append(.jump(loop))
                    code[loop] = branch(to: loop + 1, orSkipTo: code.count, greedy: greedy)
                }
            }
        }

        private func branch(to body: Int, orSkipTo exit: Int, greedy: Bool) -> RegexInstruction {
            greedy ? .split(preferred: body, other: exit) : .split(preferred: exit, other: body)
        }
    }
}
