/// Finds the next byte a CSV scan must stop at, eight bytes at a time.
///
/// A scan stops at the bytes that end or quote a field (`,` outside quotes, `"`, LF, CR) and at
/// every byte from 0x80 up, where a column count in Unicode scalars must look at the byte. Plain
/// ASCII text between them is passed over a word at a time.
enum CSVStopSearch {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The offset of the first byte from `start` on that is a stop (a comma only when
    /// `stopsAtComma`), or `bytes.count` when there is none.
    @inline(__always)
    static func next(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, stopsAtComma: Bool) -> Int {
        var index = start
        let end = bytes.count
        if let base = bytes.baseAddress {
            while index + 8 <= end {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                var stops = matches(word, UInt8(ascii: "\"")) | matches(word, UInt8(ascii: "\n"))
                    | matches(word, UInt8(ascii: "\r")) | (word & highBits)
                if stopsAtComma { stops |= matches(word, UInt8(ascii: ",")) }
                if stops != 0 { return index + stops.trailingZeroBitCount >> 3 }
                index += 8
            }
        }
        while index < end {
            let byte = bytes[index]
            if byte >= 0x80 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
                || (stopsAtComma && byte == UInt8(ascii: ",")) {
                return index
            }
            index += 1
        }
        return end
    }

    /// The high bit of each byte of `word` that equals `byte`, and of no other byte.
    @inline(__always)
    static func exactMatches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        let lowBits = ~highBits
        return ~(((difference & lowBits) &+ lowBits) | difference | lowBits)
    }

    /// The high bit of the first byte of `word` that a plain row cannot hold (`"`, a byte from
    /// 0x80 up) or that ends it (LF, CR), possibly with flags above it; zero when there is none.
    @inline(__always)
    static func plainRowStops(_ word: UInt64) -> UInt64 {
        matches(word, UInt8(ascii: "\"")) | matches(word, UInt8(ascii: "\n")) | matches(word, UInt8(ascii: "\r")) | (word & highBits)
    }

    /// The high bit of each byte of `word` that equals `byte`. A borrow can also flag bytes above
    /// a match, never below one, so the lowest flag is always exact.
    @inline(__always)
    private static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & highBits
    }
}
