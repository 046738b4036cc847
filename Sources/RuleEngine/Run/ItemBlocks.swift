/// How a run judges items in blocks: every rule of a document over one block of its items before
/// the next block, so a block's rows stay in the processor's cache from rule to rule. Rule after
/// rule over a whole register would read the register from memory once per rule, which costs more
/// than judging it.
///
/// A unit of work is one block of one document, for all the rules on it; a rule's parts from the
/// units of its document are then joined in order.
struct ItemBlocks {
    /// Matches per block: a block of rows and what the rules read with them fits in a core's cache.
    static let size = 512

    /// One block of a document: which works (rules on the document) it holds, in order.
    struct Unit {
        let block: Int
        let works: [Int]
    }

    /// What a rule gave on some of its items: the items (numbered from 0), the violations of an
    /// item check, and the findings of `where` and `effective`.
    struct Part {
        var items: [CheckItem] = []
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

    /// Work `w`'s parts joined in block order, items and violations renumbered. The items are
    /// joined only when `itemsNeeded` or a part has violations: the violations of an item check
    /// are all that is reported, so an item check that found none needs only the items' count.
    func parts(of w: Int, in parts: [[Part]], itemsNeeded: Bool) -> Part {
        var joined = Part()
        let units = unitsOfWork[w].map { parts[$0.unit][$0.position] }
        joined.itemCount = units.reduce(0) { $0 + $1.items.count }
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
                for var item in part.items {
                    item.index += offset
                    joined.items.append(item)
                }
            }
            offset += part.items.count
        }
        return joined
    }
}
