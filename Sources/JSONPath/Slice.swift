/// An array slice selector `start:end:step`, with RFC 9535 §2.3.4.2 bound normalization.
struct Slice: Sendable {
    var start: Int?
    var end: Int?
    var step: Int?

    /// Calls `body` with each index the slice selects from an array of `count` elements, in order.
    func forEachIndex(count: Int, _ body: (Int) -> Void) {
        let step = self.step ?? 1
        guard step != 0, count > 0 else { return }
        func normalized(_ i: Int) -> Int { i >= 0 ? i : count + i }
        if step > 0 {
            let lower = min(max(normalized(start ?? 0), 0), count)
            let upper = min(max(normalized(end ?? count), 0), count)
            var i = lower
            while i < upper {
                body(i)
                i += step
            }
        } else {
            let upper = min(max(start.map(normalized) ?? count - 1, -1), count - 1)
            let lower = min(max(end.map(normalized) ?? -1, -1), count - 1)
            var i = upper
            while lower < i {
                body(i)
                i += step
            }
        }
    }
}
