/// Converts byte offsets in UTF-8 text to 1-based lines and columns counted in Unicode scalars.
///
/// Offsets asked in increasing order cost amortized O(1) each, so a 50 MB single line is counted
/// once, not once per question.
struct TextPositionCounter {
    private let text: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private var line = 1
    private var column = 1

    /// A counter over `text`.
    init(_ text: UnsafeBufferPointer<UInt8>) { self.text = text }

    /// The line and column of the byte at `target` (the end of the text is a valid target).
    mutating func position(ofByte target: Int) -> (line: Int, column: Int) {
        if target < offset { (offset, line, column) = (0, 1, 1) }
        let end = min(target, text.count)
        guard let base = text.baseAddress else { return (line, column) }
        while offset < end {
            // Eight bytes without a line feed at a time: columns advance by the bytes that start
            // a scalar (all but the 10xxxxxx continuation bytes).
            if end - offset >= 8 {
                let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                let linefeeds = word ^ 0x0A0A_0A0A_0A0A_0A0A
                if (linefeeds &- 0x0101_0101_0101_0101) & ~linefeeds & 0x8080_8080_8080_8080 == 0 {
                    let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
                    column += 8 - continuations.nonzeroBitCount
                    offset += 8
                    continue
                }
            }
            let byte = base[offset]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            offset += 1
        }
        return (line, column)
    }
}
