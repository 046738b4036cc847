/// Runs a `RegexProgram` over UTF-8 text the way ICU does: start positions left to right, and
/// at each the alternatives in the pattern's order of preference, backtracking on failure.
///
/// Each (instruction, position) pair is tried at most once: without back-references, whether a
/// match can go on from a pair does not depend on how it got there, so a pair that failed once
/// fails again. That bounds the work by the program's length times the text's, where plain
/// backtracking is exponential on patterns such as `(a*)*b`. Only pairs at instructions that
/// several paths lead to are remembered (`RegexProgram.memoRows`); the others follow from them.
struct RegexMatcher {
    /// How one search ended.
    enum Outcome {
        /// The first match; with captures asked for, the positions in each slot (-1: unset).
        case found(slots: [Int])
        case notFound
        /// The text holds a scalar only ICU can classify, or is too long for the memo.
        case undecided
    }

    let program: RegexProgram
    /// Beyond this many memo bits (merge points × text length) or pending jobs, ICU runs the
    /// search instead.
    static let maxMemoBits = 1 << 24
    static let maxJobs = 1 << 20

    /// The length of the longest text whose search for `program` (without captures) stays
    /// within the memo and the job stack, so that this matcher decides it whatever it holds.
    static func maxDecidedTextLength(_ program: RegexProgram) -> Int {
        let byMemo = program.memoRowCount == 0 ? Int.max : maxMemoBits / program.memoRowCount
        let byJobs = program.splitCount == 0 ? Int.max : (maxJobs - 1) / program.splitCount
        return min(byMemo, byJobs) - 1
    }

    /// The first match of the program in `text`; `captures` asks for the groups' positions.
    func firstMatch(in text: UnsafeBufferPointer<UInt8>, captures: Bool) -> Outcome {
        let width = text.count + 1
        let (bits, overflow) = program.memoRowCount.multipliedReportingOverflow(by: width)
        guard !overflow, bits <= Self.maxMemoBits else { return .undecided }
        // Each split and save runs at most once per position, and each pushes at most one job.
        let jobCapacity = min((program.splitCount + (captures ? program.saveCount : 0)) * width + 1, Self.maxJobs)
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(1, (bits + 63) >> 6)) { visited in
            visited.initialize(repeating: 0)
            return withUnsafeTemporaryAllocation(of: Job.self, capacity: jobCapacity) { jobs in
                program.instructions.withUnsafeBufferPointer { code in
                    program.memoRows.withUnsafeBufferPointer { memoRows in
                        var search = Search(
                            code: code, memoRows: memoRows, sets: program.sets, text: text, visited: visited.baseAddress!,
                            jobs: jobs, slots: Array(repeating: -1, count: captures ? program.slotCount : 0)
                        )
                        return search.run(anchored: program.isAnchoredAtStart, captures: captures)
                    }
                }
            }
        }
    }
}

/// A pending alternative (`instruction` ≥ 0, at `value` = position) or a capture slot to restore
/// on backtracking (`instruction` = -1 - slot, `value` = its old position).
private struct Job {
    var instruction: Int
    var value: Int
}

/// The state of one search: the memo of tried pairs, the stack of pending jobs, the groups.
private struct Search {
    let code: UnsafeBufferPointer<RegexInstruction>
    let memoRows: UnsafeBufferPointer<Int>
    let sets: [ScalarSet]
    let text: UnsafeBufferPointer<UInt8>
    let visited: UnsafeMutablePointer<UInt64>
    let jobs: UnsafeMutableBufferPointer<Job>
    var jobCount = 0
    var slots: [Int]

    init(
        code: UnsafeBufferPointer<RegexInstruction>, memoRows: UnsafeBufferPointer<Int>, sets: [ScalarSet],
        text: UnsafeBufferPointer<UInt8>, visited: UnsafeMutablePointer<UInt64>, jobs: UnsafeMutableBufferPointer<Job>, slots: [Int]
    ) {
        (self.code, self.memoRows, self.sets, self.text) = (code, memoRows, sets, text)
        (self.visited, self.jobs, self.slots) = (visited, jobs, slots)
    }

    private enum StepResult { case match, fail, undecided }

    mutating func run(anchored: Bool, captures: Bool) -> RegexMatcher.Outcome {
        var start = 0
        while true {
            switch attempt(at: start, captures: captures) {
            case .match: return .found(slots: slots)
            case .undecided: return .undecided
            case .fail: break
            }
            if anchored || start == text.count { return .notFound }
            start += UTF8Text.scalarLength(text[start])
        }
    }

    /// Adds a job; false if the stack is full, which the memo's bound rules out, but a wrong
    /// bound must not write past the stack.
    private mutating func push(_ instruction: Int, _ value: Int) -> Bool {
        guard jobCount < jobs.count else { return false }
        jobs[jobCount] = Job(instruction: instruction, value: value)
        jobCount += 1
        return true
    }

    private mutating func attempt(at start: Int, captures: Bool) -> StepResult {
        let width = text.count + 1
        guard push(0, start) else { return .undecided }
        while jobCount > 0 {
            jobCount -= 1
            let job = jobs[jobCount]
            guard job.instruction >= 0 else {
                slots[-1 - job.instruction] = job.value
                continue
            }
            var pc = job.instruction, pos = job.value
            thread: while true {
                let row = memoRows[pc]
                if row >= 0 {
                    let bit = row * width + pos
                    let mask: UInt64 = 1 << UInt64(bit & 63)
                    if visited[bit >> 6] & mask != 0 { break thread }
                    visited[bit >> 6] |= mask
                }
                switch code[pc] {
                case .scalar(let expected):
                    guard pos < text.count else { break thread }
                    if expected < 0x80 {
                        guard text[pos] == expected else { break thread }
                        pos += 1
                    } else {
                        let (scalar, length) = UTF8Text.decode(text, at: pos)
                        guard scalar == expected else { break thread }
                        pos += length
                    }
                    pc += 1
                case .set(let low, let high, let index):
                    guard pos < text.count else { break thread }
                    let byte = text[pos]
                    if byte < 64 {
                        guard low & (1 << UInt64(byte)) != 0 else { break thread }
                        pos += 1
                    } else if byte < 128 {
                        guard high & (1 << UInt64(byte - 64)) != 0 else { break thread }
                        pos += 1
                    } else {
                        let (scalar, length) = UTF8Text.decode(text, at: pos)
                        switch sets[index].contains(scalar) {
                        case true?: pos += length
                        case false?: break thread
                        case nil: return .undecided
                        }
                    }
                    pc += 1
                case .any:
                    guard pos < text.count else { break thread }
                    let (scalar, length) = UTF8Text.decode(text, at: pos)
                    guard !UTF8Text.isLineTerminator(scalar) else { break thread }
                    pos += length
                    pc += 1
                case .split(let preferred, let other):
                    guard push(other, pos) else { return .undecided }
                    pc = preferred
                case .jump(let target):
                    pc = target
                case .save(let slot):
                    if captures {
                        guard push(-1 - slot, slots[slot]) else { return .undecided }
                        slots[slot] = pos
                    }
                    pc += 1
                case .assert(let assertion):
                    guard UTF8Text.holds(assertion, in: text, at: pos) else { break thread }
                    pc += 1
                case .match:
                    return .match
                }
            }
        }
        return .fail
    }
}
