/// A deterministic automaton that tells whether a `RegexProgram` matches anywhere in ASCII text,
/// one table lookup per byte, without backtracking or a memo.
///
/// Whether a match exists does not depend on which alternatives ICU prefers, so the set of
/// instructions the backtracking matcher's threads could stand at is all that matters; those
/// sets are the states, built ahead by `RegexDFABuilder`. A position's context (start of the
/// text, `$` holding before a final line terminator, the very end) changes which assertions
/// pass: the first state is the start's own, a final terminator has its own columns, and each
/// state has a column for the end of the text.
///
/// Text with a byte outside ASCII, and text longer than the backtracking matcher takes, is
/// left to that matcher (`matches` gives nil), so every answer is the one it would give.
///
/// A class, so that a match borrows the tables rather than copying (and retaining) them.
final class RegexDFA: Sendable {
    /// Row after row of next states, each given by its row's offset in this table. A row has a
    /// column per byte class, then four for the line terminators LF, VT, FF, CR where `$` holds
    /// before them, then one for the end of the text that leads to `accept` or `dead`.
    private let table: [Int32]
    /// The byte class of each byte; every byte outside ASCII is in the last class.
    private let byteClasses: [UInt8]
    private let width: Int
    /// The columns of the first terminator, LF, and of the end of the text.
    private let terminatorColumn: Int, endColumn: Int
    private let initial: Int
    private let maxTextLength: Int

    /// The rows every state can fall into, which lead only to themselves: no match can follow,
    /// a match was found, a byte outside ASCII was read.
    static let deadRow = 0, acceptRow = 1, bailRow = 2, sinkRows = 3
    /// The line terminators, from LF to CR, that `$` can stand before at the end of ASCII text.
    static let terminators: ClosedRange<UInt8> = 0x0A...0x0D

    /// The automaton for `program`, or nil when it would need too many states.
    init?(_ program: RegexProgram) {
        guard let built = RegexDFABuilder.build(program) else { return nil }
        width = built.width
        (terminatorColumn, endColumn) = (width - 1 - Self.terminators.count, width - 1)
        byteClasses = built.byteClasses
        table = built.rows.map { Int32($0 * built.width) }
        initial = built.initialRow * built.width
        maxTextLength = RegexMatcher.maxDecidedTextLength(program)
    }

    /// The number of states, sinks included.
    var stateCount: Int { table.count / width }

    /// Whether the program matches anywhere in `text`; nil when the text holds a byte outside
    /// ASCII or is longer than the backtracking matcher decides.
    func matches(_ text: String) -> Bool? {
        UTF8Text.withBytes(of: text) { matches($0) }
    }

    /// Whether the program matches anywhere in the UTF-8 `text`, as `matches(_:)` on a string.
    func matches(_ text: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard text.count <= maxTextLength else { return nil }
        return table.withUnsafeBufferPointer { table in
            byteClasses.withUnsafeBufferPointer { classes in
                // Where `$` holds before a final terminator (not between a final CR and LF),
                // the terminator's own columns apply.
                var end = text.count
                if let last = text.last, Self.terminators.contains(last) {
                    end -= last == 0x0A && end >= 2 && text[end - 2] == 0x0D ? 2 : 1
                }
                let sinks = Self.sinkRows * width
                var state = initial
                var position = 0
                while position < end {
                    // Offsets stay within the table, which holds Int32s.
                    state = Int(table[state &+ Int(classes[Int(text[position])])])
                    if state < sinks { break }
                    position += 1
                }
                if end < text.count {
                    state = Int(table[state + terminatorColumn + Int(text[end] - Self.terminators.lowerBound)])
                    if end + 2 == text.count { state = Int(table[state + Int(classes[Int(text[end + 1])])]) }
                }
                switch Int(table[state + endColumn]) {
                case Self.acceptRow * width: return true
                case Self.deadRow * width: return false
                default: return nil
                }
            }
        }
    }
}
