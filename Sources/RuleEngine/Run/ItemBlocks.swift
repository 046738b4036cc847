/// How a run judges items in blocks: every rule of a document over one block of its items before
/// the next block, so a block's rows stay in the processor's cache from rule to rule. Rule after
/// rule over a whole register would read the register from memory once per rule, which costs more
/// than judging it.
///
/// A unit of work is one block of one document, for all the rules on it; a rule's parts from the
/// units of its document are then joined in order.
struct ItemBlocks {
    /// Matches per block: a block of rows and what the rules read with them fits in a core's cache.
    static let size = 256

    /// One block of a document: which works (rules on the document) it holds, in order.
    struct Unit {
        let block: Int
        let works: [Int]
    }

    /// What a rule gave on one block of its matches: which of them are its items, the violations
    /// of an item check, and the findings of `where` and `effective`.
    ///
    /// The items are kept as match positions, not as `CheckItem`s: a run keeps every block's part
    /// until the rule's blocks are joined, and items of every rule on every row would take new
    /// memory in proportion to rules times rows.
    struct Part {
        /// The block's matches.
        let range: Range<Int>
        /// The positions of the matches that are items, when `where` or `effective` dropped some;
        /// `nil` when every match of `range` is an item.
        let kept: [Int32]?
        /// The item check's violations, by item number within the block.
        var violations: [Violation] = []
        var findings: [Finding] = []

        /// The part of `items`, prepared from the matches at `range`.
        init(range: Range<Int>, items: [CheckItem]) {
            self.range = range
            kept = items.count == range.count ? nil : items.map { Int32($0.match) }
        }

        /// How many items the block holds.
        var itemCount: Int { kept?.count ?? range.count }
    }

    /// A rule's parts on one document, joined in block order.
    struct Joined {
        /// The items, numbered from 0; empty when they were not needed.
        var items: [CheckItem] = []
        /// The violations, by item number.
        var violations: [Violation] = []
        var findings: [Finding] = []
        /// How many items there are, whether or not `items` holds them.
        var itemCount = 0
    }

    /// The units, document by document and block by block.
    private(set) var units: [Unit] = []
    /// Per work, its units in block order and its position in each.
    private var unitsOfWork: [[(unit: Int, position: Int)]]
    /// Per work, how many matches it judges.
    private let matchCounts: [Int]

    /// The blocks of works (rules on documents) on `documents` (by work) with `matchCounts`
    /// matches each.
    init(documents: [Int], matchCounts: [Int]) {
        self.matchCounts = matchCounts
        unitsOfWork = Array(repeating: [], count: documents.count)
        var worksOfDocument: [Int: [Int]] = [:]
        for (w, d) in documents.enumerated() { worksOfDocument[d, default: []].append(w) }
        for d in worksOfDocument.keys.sorted() {
            let works = worksOfDocument[d]!
            let blocks = (works.map { matchCounts[$0] }.max()! + Self.size - 1) / Self.size
            for block in 0..<blocks {
                for (position, w) in works.enumerated() { unitsOfWork[w].append((units.count, position)) }
                units.append(Unit(block: block, works: works))
            }
        }
    }

    /// The matches of work `w` that unit `u` judges.
    func range(of w: Int, in u: Int) -> Range<Int> {
        let start = min(units[u].block * Self.size, matchCounts[w])
        return start..<min(start + Self.size, matchCounts[w])
    }

    /// Work `w`'s parts joined in block order, as items of `source` with violations renumbered.
    /// The items are made only when `itemsNeeded` or a part has violations: the violations of an
    /// item check are all that is reported, so an item check that found none needs only the
    /// items' count.
    func parts(of w: Int, in parts: [[Part]], source: CheckItemSource, itemsNeeded: Bool) -> Joined {
        var joined = Joined()
        let units = unitsOfWork[w].map { parts[$0.unit][$0.position] }
        joined.itemCount = units.reduce(0) { $0 + $1.itemCount }
        let joinsItems = itemsNeeded || units.contains { !$0.violations.isEmpty }
        if joinsItems { joined.items.reserveCapacity(joined.itemCount) }
        var offset = 0
        for part in units {
            joined.findings += part.findings
            for var violation in part.violations {
                violation.item += offset
                joined.violations.append(violation)
            }
            if joinsItems {
                if let kept = part.kept {
                    for match in kept { joined.items.append(CheckItem(source: source, match: Int(match), index: joined.items.count)) }
                } else {
                    for match in part.range { joined.items.append(CheckItem(source: source, match: match, index: joined.items.count)) }
                }
            }
            offset += part.itemCount
        }
        return joined
    }
}
