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
        while offset < end {
            let byte = text[offset]
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
