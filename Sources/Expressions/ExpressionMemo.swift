import DataModel

/// The contents an expression gave, by the text of the one item field it reads.
///
/// An expression whose only reading of the item is one field (`procedure[procedure_code].days`,
/// `status != "withdrawn"`) has the same content for every item whose field holds the same text,
/// as long as the variables stay the same; and the items of a register repeat a few thousand
/// codes and a handful of statuses a hundred thousand times. Remembering the content costs one
/// probe; computing it again costs the lookup, the member and the operators.
///
/// Keys are compared by the bits of their `String`, which is exact: equal bits are the same
/// inline text or the same storage, which the memo keeps alive. Equal texts in different storage
/// merely miss. A memo whose texts rarely repeat (ids, timestamps) stops being consulted.
///
/// The expressions of a rule that read the same field share one memo, each in a column of its
/// own (`procedure_code in procedure`, `procedure[procedure_code].days` and the deadline's unit):
/// their contents for one text lie side by side, so the second and third probe for an item find
/// in the cache what the first brought there.
final class ExpressionMemo {
    /// The name of the field whose texts key the memo.
    let field: String
    /// How many expressions remember their contents here, each in its own column.
    private(set) var columnCount = 0
    // Exclusivity is checked statically for these: a memo belongs to one activation, used by
    // one thread one call at a time, and the dynamic check would cost more than the probe.
    /// The remembered texts and contents by slot, a text and its contents side by side so that
    /// a probe reads one place: the memos of a rule are probed for every item, and an entry
    /// spread over several arrays would cost a miss of the cache for each. The count is a power
    /// of two; an empty slot has the bits of no text.
    @exclusivity(unchecked) private var entries = [Entry](repeating: .empty, count: 64)
    /// The remembered texts, kept alive: the entries hold only their bits.
    @exclusivity(unchecked) private var keys: [String] = []
    @exclusivity(unchecked) private var lookups = 0
    @exclusivity(unchecked) private var hits = 0
    /// Whether the memo is worth consulting: it is not once a sample of lookups mostly missed.
    @exclusivity(unchecked) private(set) var isEnabled = true

    /// The most expressions sharing one memo.
    static let columns = 3
    /// The most contents kept; later ones are computed each time.
    static let capacity = 1 << 15
    /// The lookups after which a memo that never hit stops (texts that never repeat).
    private static let firstSample = 1024
    /// The lookups after which a memo that hit less than one time in `minimumHitShare` stops:
    /// enough for a few thousand codes drawn at random to have repeated.
    private static let fullSample = 8192
    private static let minimumHitShare = 4

    /// An empty memo for the expressions reading the field named `field`.
    init(field: String) { self.field = field }

    /// Whether another expression may take a column.
    var hasFreeColumn: Bool { columnCount < Self.columns }

    /// A column for one more expression (while `hasFreeColumn`).
    func addColumn() -> Int {
        columnCount += 1
        return columnCount - 1
    }

    /// What a probe of the memo found.
    enum Probe {
        /// The content remembered for the field's text.
        case hit(ExprValue)
        /// Nothing yet: the content is to be computed and remembered for this text.
        case miss(String)
        /// The field is absent or not a string: the expression is computed and not remembered.
        case unkeyed
    }

    /// Looks up the text of the field at `node` in `column`, counting the lookup; only while
    /// `isEnabled`.
    ///
    /// The text's bits are read where the node holds them (`Value.stringPointer(at:)`): copying
    /// the text out would count a reference to it on every hit.
    @inline(__always)
    func probe(_ node: UnsafePointer<Value>?, column: Int) -> Probe {
        guard let node, let text = Value.stringPointer(at: node) else { return .unkeyed }
        lookups &+= 1
        if lookups == Self.firstSample && hits == 0 || lookups == Self.fullSample && hits * Self.minimumHitShare < lookups {
            release()
            return .unkeyed
        }
        let bits = UnsafeRawPointer(text).load(as: Bits.self)
        let found: ExprValue? = entries.withUnsafeBufferPointer { entries in
            let mask = entries.count - 1
            var slot = Self.hash(bits) & mask
            // The entries are read in place: copying one out would copy its content at every step.
            while true {
                let entry = entries.baseAddress.unsafelyUnwrapped + slot
                if entry.pointee.key == bits { return entry.pointee[column] }
                if entry.pointee.key == .none { return nil }
                slot = (slot + 1) & mask
            }
        }
        if let found {
            hits &+= 1
            return .hit(found)
        }
        return .miss(text.pointee)
    }

    /// Remembers `content` for `key` in `column` (where it is not remembered yet), when it is
    /// a scalar: a list or map may hold the item's own nodes, which differ from item to item.
    func remember(_ content: ExprValue, for key: String, column: Int) {
        guard isEnabled else { return }
        switch content {
        case .null, .bool, .int, .double, .string, .date, .dateTime: break
        default: return
        }
        let bits = Self.bits(key)
        if let slot = slot(of: bits) {
            entries[slot][column] = content
            return
        }
        guard keys.count < Self.capacity else { return }
        if (keys.count + 1) * 2 > entries.count { grow() }
        keys.append(key)
        var entry = Entry.empty
        entry.key = bits
        entry[column] = content
        place(entry)
    }

    /// The slot holding the text with `bits`, if any.
    private func slot(of bits: Bits) -> Int? {
        let mask = entries.count - 1
        var slot = Self.hash(bits) & mask
        while entries[slot].key != .none {
            if entries[slot].key == bits { return slot }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private func place(_ entry: Entry) {
        let mask = entries.count - 1
        var slot = Self.hash(entry.key) & mask
        while entries[slot].key != .none { slot = (slot + 1) & mask }
        entries[slot] = entry
    }

    private func grow() {
        let old = entries
        entries = [Entry](repeating: .empty, count: old.count * 2)
        for entry in old where entry.key != .none { place(entry) }
    }

    /// Stops consulting the memo and frees what it kept.
    private func release() {
        isEnabled = false
        entries = []
        keys = []
    }

    private struct Bits: Equatable {
        let low: UInt64
        let high: UInt64

        /// The bits of no `String`, which marks an empty slot: a string's second word holds its
        /// flags (inline) or its storage's address, never zero together with the first.
        static let none = Bits(low: 0, high: 0)
    }

    /// A remembered text's bits and each column's content, `nil` while not remembered.
    private struct Entry {
        var key: Bits
        var first: ExprValue?
        var second: ExprValue?
        var third: ExprValue?

        static let empty = Entry(key: .none, first: nil, second: nil, third: nil)

        subscript(column: Int) -> ExprValue? {
            get {
                switch column {
                case 0: first
                case 1: second
                default: third
                }
            }
            set {
                switch column {
                case 0: first = newValue
                case 1: second = newValue
                default: third = newValue
                }
            }
        }
    }

    /// The two words of a `String`: its inline text, or its count, flags and storage address.
    @inline(__always)
    private static func bits(_ text: String) -> Bits { unsafeBitCast(text, to: Bits.self) }

    @inline(__always)
    private static func hash(_ bits: Bits) -> Int {
        let mixed = (bits.low ^ (bits.high &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
        return Int(truncatingIfNeeded: mixed ^ (mixed >> 32))
    }
}
