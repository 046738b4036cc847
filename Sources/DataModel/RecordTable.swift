/// The rows of a table whose records all have the same keys (the rows of a CSV file), their
/// cells stored in one buffer, row after row.
///
/// A row's map refers to its place in the table instead of holding members, so a cell costs no
/// key and no per-row array: a register of a million cells loads in half the memory. A table is
/// filled by one loader and only read afterwards, which is what makes sharing it between threads
/// safe. Its buffer is sized once for the most rows the loader can produce and never moves, so
/// a row may keep the address of its cells.
@usableFromInline
final class RecordTable: @unchecked Sendable {
    /// The keys of every row, in column order, in place: a row reads them without reference
    /// counting.
    @usableFromInline let keyNames: UnsafeMutablePointer<String>
    /// The number of cells in a row.
    @usableFromInline let width: Int
    /// The key positions of a table too wide to scan.
    let index: [String: Int]?
    /// The cells, row after row.
    private let cells: LargeBuffer<Value>
    // Exclusivity is checked statically for these: only the loader changes them, one call at a
    // time, and a run-time check on every cell would cost more than storing the cell.
    /// The number of complete rows.
    @exclusivity(unchecked) private(set) var rowCount = 0
    /// Cells stored for the row being filled, not yet part of the table.
    @exclusivity(unchecked) private var pendingCells = 0

    /// Tables wider than this look keys up in an index rather than by scanning.
    static let indexThreshold = 16

    /// An empty table of rows with `keys`, with room for `maximumRows` rows: the loader's bound,
    /// which it must not exceed.
    init(keys: [String], maximumRows: Int) {
        width = keys.count
        keyNames = .allocate(capacity: keys.count)
        keyNames.initialize(from: keys, count: keys.count)
        index = keys.count > Self.indexThreshold ? Self.positions(of: keys) : nil
        cells = LargeBuffer(capacity: max(1, maximumRows * keys.count))
    }

    deinit {
        cells.base.deinitialize(count: rowCount * width + pendingCells)
        cells.free()
        keyNames.deinitialize(count: width)
        keyNames.deallocate()
    }

    /// Adds `value` as the next cell of the row being filled.
    @inline(__always)
    func appendCell(_ value: consuming Value) {
        let slot = rowCount * width + pendingCells
        precondition(slot < cells.capacity, "more rows than the table was sized for")
        (cells.base + slot).initialize(to: value)
        pendingCells += 1
    }

    /// Ends the row being filled, which must have a cell for every key; returns its row number.
    func commitRow() -> Int {
        precondition(pendingCells == width, "a table row needs one cell per key")
        pendingCells = 0
        rowCount += 1
        return rowCount - 1
    }

    /// Drops the cells of the row being filled (a row that is reported and left out).
    func discardRow() {
        (cells.base + rowCount * width).deinitialize(count: pendingCells)
        pendingCells = 0
    }

    /// The position of each key, the first where one repeats: the index of a wide table or map.
    static func positions(of keys: some Sequence<String>) -> [String: Int] {
        Dictionary(keys.enumerated().map { ($1, $0) }) { first, _ in first }
    }

    /// The keys of every row, in column order.
    var keys: [String] { Array(UnsafeBufferPointer(start: keyNames, count: width)) }

    /// The column of the key `key`.
    func position(of key: String) -> Int? {
        if let index { return index[key] }
        return UnsafeBufferPointer(start: keyNames, count: width).firstIndex(of: key)
    }

    /// The first cell of `row`, in place: valid while the table lives.
    func cells(ofRow row: Int) -> UnsafePointer<Value> {
        UnsafePointer(cells.base + row * width)
    }
}
