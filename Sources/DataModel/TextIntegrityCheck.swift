/// The checks every data file passes before its format's reader sees it: not empty, not binary,
/// valid UTF-8 (a leading UTF-8 byte-order mark is accepted and skipped).
enum TextIntegrityCheck {
    /// The text after an optional UTF-8 byte-order mark, or the problem that makes the file
    /// unreadable as text.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>, file: FileID) -> Result<UnsafeBufferPointer<UInt8>, LoadProblem> {
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let text = UnsafeBufferPointer(rebasing: bytes[(hasBOM ? 3 : 0)...])
        func problem(_ message: (Int, Int) -> String, atByte offset: Int) -> Result<UnsafeBufferPointer<UInt8>, LoadProblem> {
            var counter = TextPositionCounter(text)
            let (line, column) = counter.position(ofByte: offset)
            let location = SourceLocation(file: file, line: line, column: column)
            return .failure(LoadProblem(.parseError, message(line, column), at: location))
        }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return problem({ _, _ in DataModelMessages.utf16File }, atByte: 0)
        }
        if isBlank(text) { return problem({ _, _ in DataModelMessages.emptyFile }, atByte: 0) }
        guard let (offset, isNUL) = firstDefect(in: text) else { return .success(text) }
        if isNUL { return problem(DataModelMessages.binaryFile, atByte: offset) }
        return problem({ _, _ in DataModelMessages.invalidUTF8(byte: text[offset]) }, atByte: offset)
    }

    /// Whether the text holds only spaces, tabs and line breaks.
    private static func isBlank(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// The offset of the first NUL byte or malformed UTF-8 sequence, and which of the two it is.
    static func firstDefect(in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, isNUL: Bool)? {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        var i = 0
        while i < count {
            // Eight ASCII bytes without a NUL at a time: the common case for data files.
            if i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let hasHighBit = word & 0x8080_8080_8080_8080 != 0
                let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
                if !hasHighBit && !hasZero {
                    i += 8
                    continue
                }
            }
            let lead = base[i]
            if lead == 0 { return (i, true) }
            if lead < 0x80 {
                i += 1
                continue
            }
            guard let length = sequenceLength(base + i, available: count - i) else { return (i, false) }
            i += length
        }
        return nil
    }

    /// The length of the well-formed UTF-8 sequence at `p` (RFC 3629: no overlong forms, no
    /// surrogates, nothing above U+10FFFF), or `nil` when it is malformed.
    @inline(__always)
    private static func sequenceLength(_ p: UnsafePointer<UInt8>, available: Int) -> Int? {
        let lead = p[0]
        guard available >= 2 else { return nil }
        let second = p[1]
        if lead >= 0xC2 && lead <= 0xDF { return second & 0xC0 == 0x80 ? 2 : nil }
        // The second byte's range depends on the lead byte; later bytes are plain continuations.
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        let length: Int
        switch lead {
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard available >= length, second >= low, second <= high, p[2] & 0xC0 == 0x80 else { return nil }
        guard length == 3 || p[3] & 0xC0 == 0x80 else { return nil }
        return length
    }
}
