/// Remembers, per column, what the typer made of short ASCII cell texts, so that a column whose
/// values repeat (dates, codes, amounts) parses each distinct text once rather than once per row.
///
/// A text of 1 to 15 ASCII bytes is known exactly by the two words of its inline string
/// (`ASCIIStringMaker.smallWords`): its bytes and its length. A column's slots, chosen by a hash
/// of those words, are allocated at its first lookup; a column whose texts rarely repeat stops
/// being looked up after a sample and gives its slots back.
final class CSVKindCache {
    /// A scalar kind the typer gives, as plain bits.
    enum Typed {
        case null, bool(Bool), int(Int), double(Double), date(CivilDate), dateTime(CivilDateTime)

        /// The typer's result `kind`; `nil` for a string, which the typer gives as `nil`, and for
        /// kinds it never gives (a list or a map).
        init?(_ kind: Value.Kind?) {
            switch kind {
            case .null?: self = .null
            case .bool(let value)?: self = .bool(value)
            case .int(let value)?: self = .int(value)
            case .double(let value)?: self = .double(value)
            case .date(let value)?: self = .date(value)
            case .dateTime(let value)?: self = .dateTime(value)
            case nil, .string?, .list?, .map?: return nil
            }
        }

        /// The kind the typer gave.
        var kind: Value.Kind {
            switch self {
            case .null: .null
            case .bool(let value): .bool(value)
            case .int(let value): .int(value)
            case .double(let value): .double(value)
            case .date(let value): .date(value)
            case .dateTime(let value): .dateTime(value)
            }
        }
    }

    private struct Slot {
        /// The words of the text typed, or zeros for an empty slot (a text's words never are).
        var words: (UInt64, UInt64) = (0, 0)
        var typed = Typed.null
    }

    private struct Column {
        /// The slots, `nil` before the first lookup and once the column stopped caching.
        var slots: UnsafeMutablePointer<Slot>?
        var sampling = CacheHitSampler(sampleLookups: CSVKindCache.sampleLookups)
    }

    // Held in place rather than in an array, and exclusivity checked statically: the one loader
    // that owns the cache uses it one call at a time, and reference counting or a run-time check
    // would cost as much as the lookup.
    @exclusivity(unchecked) private var columns: UnsafeMutablePointer<Column>
    @exclusivity(unchecked) private var columnCount = 0
    /// A column's slots number `1 << slotBits`.
    @exclusivity(unchecked) private var slotBits = minimumSlotBits

    /// Enough slots for the few thousand distinct values of a code or date column; a small file
    /// gets fewer, as many as its rows.
    private static let maximumSlotBits = 11, minimumSlotBits = 4
    private var slotsPerColumn: Int { 1 << slotBits }
    /// Enough lookups to see the repeats of a column of a few thousand distinct values.
    private static let sampleLookups = 4096

    /// A cache for no column yet (see `start(columnCount:rows:)`).
    init() {
        columns = .allocate(capacity: 0)
    }

    deinit {
        clear()
        columns.deallocate()
    }

    /// Forgets every column and makes room for `columnCount` new ones, of at most `rows` rows.
    func start(columnCount: Int, rows: Int) {
        clear()
        slotBits = min(max(Int.bitWidth - max(rows, 1).leadingZeroBitCount, Self.minimumSlotBits), Self.maximumSlotBits)
        columns.deallocate()
        columns = .allocate(capacity: columnCount)
        columns.initialize(repeating: Column(), count: columnCount)
        self.columnCount = columnCount
    }

    /// Whether `column` still caches: a column whose texts rarely repeat, or are mostly strings
    /// (which cost little to type), stops after a sample.
    @inline(__always)
    func isCaching(column: Int) -> Bool {
        precondition(column < columnCount)
        return columns[column].sampling.isEnabled
    }

    /// What the text with the words `words` in `column` was typed as, when it is remembered.
    @inline(__always)
    func typed(_ words: (UInt64, UInt64), column: Int) -> Typed? {
        precondition(column < columnCount)
        let state = columns + column
        guard let slots = state.pointee.slots else { return nil }
        let slot = slots + slotIndex(words)
        guard slot.pointee.words == words else { return nil }
        if !state.pointee.sampling.count(hit: true) { release(state) }
        return slot.pointee.typed
    }

    /// Remembers that the text with the words `words` in `column`, not remembered before, was
    /// typed as `kind`, while the column caches. A string is not kept: its typing costs less
    /// than a lookup that misses.
    @inline(__always)
    func remember(_ kind: Value.Kind?, for words: (UInt64, UInt64), column: Int) {
        precondition(column < columnCount)
        let state = columns + column
        guard state.pointee.sampling.isEnabled else { return }
        if let typed = Typed(kind) {
            (state.pointee.slots ?? allocateSlots(state))[slotIndex(words)] = Slot(words: words, typed: typed)
        }
        if !state.pointee.sampling.count(hit: false) { release(state) }
    }

    @inline(__always)
    private func slotIndex(_ words: (UInt64, UInt64)) -> Int {
        let mixed = ((words.0 &* 0x9E37_79B9_7F4A_7C15) ^ words.1) &* 0xFF51_AFD7_ED55_8CCD
        return Int(truncatingIfNeeded: mixed >> (64 - slotBits))
    }

    @inline(never)
    private func allocateSlots(_ column: UnsafeMutablePointer<Column>) -> UnsafeMutablePointer<Slot> {
        let slots = UnsafeMutablePointer<Slot>.allocate(capacity: slotsPerColumn)
        slots.initialize(repeating: Slot(), count: slotsPerColumn)
        column.pointee.slots = slots
        return slots
    }

    @inline(never)
    private func release(_ column: UnsafeMutablePointer<Column>) {
        guard let slots = column.pointee.slots else { return }
        slots.deallocate()
        column.pointee.slots = nil
    }

    private func clear() {
        for column in 0..<columnCount { release(columns + column) }
        columns.deinitialize(count: columnCount)
        columnCount = 0
    }
}
