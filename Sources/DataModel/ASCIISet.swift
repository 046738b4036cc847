/// A set of ASCII bytes held as a 128-bit mask, so that a byte is tested in a few instructions.
struct ASCIISet {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// Adds the ASCII bytes of `bytes` (bytes from 0x80 up cannot be members).
    mutating func insert(_ bytes: ClosedRange<UInt8>) {
        for byte in bytes where byte < 0x80 {
            if byte < 64 { low |= 1 << byte } else { high |= 1 << (byte - 64) }
        }
    }

    /// Whether `byte` is a member.
    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        if byte < 64 { return low >> byte & 1 != 0 }
        return byte < 0x80 && high >> (byte - 64) & 1 != 0
    }
}
