/// Reading scalars and testing positions in valid UTF-8 text, as `RegexMatcher` needs.
enum UTF8Text {
    /// `body` over the UTF-8 bytes of `text`, made contiguous when they are not.
    @inline(__always)
    static func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// The number of bytes of the scalar that starts with `lead`.
    @inline(__always)
    static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar at `position` (which starts one) and its length in bytes.
    @inline(__always)
    static func decode(_ text: UnsafeBufferPointer<UInt8>, at position: Int) -> (UInt32, Int) {
        let lead = UInt32(text[position])
        if lead < 0x80 { return (lead, 1) }
        let b1 = UInt32(text[position + 1]) & 0x3F
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | b1, 2) }
        let b2 = UInt32(text[position + 2]) & 0x3F
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | b1 << 6 | b2, 3) }
        let b3 = UInt32(text[position + 3]) & 0x3F
        return ((lead & 0x07) << 18 | b1 << 12 | b2 << 6 | b3, 4)
    }

    /// ICU's line terminators: LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
    @inline(__always)
    static func isLineTerminator(_ scalar: UInt32) -> Bool {
        (0x0A...0x0D).contains(scalar) || scalar == 0x85 || scalar == 0x2028 || scalar == 0x2029
    }

    /// Whether `assertion` holds at `position`, with ICU's default flags.
    static func holds(_ assertion: RegexAssertion, in text: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        switch assertion {
        case .start:
            return position == 0
        case .absoluteEnd:
            return position == text.count
        case .end:
            if position == text.count { return true }
            let (scalar, length) = decode(text, at: position)
            if position + length == text.count {
                // Before a final terminator, but not between the CR and LF of a final CR LF.
                return isLineTerminator(scalar) && !(scalar == 0x0A && position > 0 && text[position - 1] == 0x0D)
            }
            return scalar == 0x0D && position + 2 == text.count && text[position + 1] == 0x0A
        }
    }
}
