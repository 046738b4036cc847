/// Builds `String`s from bytes already known to be ASCII, skipping the UTF-8 validation of
/// `String(decoding:as:)`, which dominates the cost of the short texts most data cells hold.
///
/// A string of at most 15 UTF-8 bytes lives inline in the two words of a `String` (the "small"
/// form: the bytes, then the count and flags in the top byte of the second word), with no
/// allocation. `make` writes that form directly. The form is fixed by the Swift ABI on 64-bit
/// platforms; it is checked once against strings the standard library built, and should it ever
/// differ, every string is built by `String(decoding:as:)` instead.
enum ASCIIString {
    /// The longest text stored inline.
    static let smallCapacity = 15

    /// The string of `bytes`, which must all be ASCII (below 0x80).
    @inline(__always)
    static func make(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count <= smallCapacity, smallFormIsKnown else { return String(decoding: bytes, as: UTF8.self) }
        return unsafeBitCast(smallBits(bytes), to: String.self)
    }

    /// The two words of the small ASCII string of `bytes`: little-endian code units, and in the
    /// top byte the flags (immortal, small, ASCII: 0xE) and the count.
    @inline(__always)
    private static func smallBits(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var words: (UInt64, UInt64) = (0, 0)
        if !bytes.isEmpty {
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
        }
        words.1 |= (0xE0 | UInt64(bytes.count)) << 56
        return words
    }

    /// Whether `smallBits` matches the standard library's own small strings, for every length.
    static let smallFormIsKnown: Bool = {
        guard MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size else { return false }
        let sample = Array("0123456789abcdeXYZ".utf8)
        return (0...smallCapacity).allSatisfy { count in
            sample.withUnsafeBufferPointer { all in
                let bytes = UnsafeBufferPointer(rebasing: all[0..<count])
                let built = String(decoding: bytes, as: UTF8.self)
                let expected = unsafeBitCast(built, to: (UInt64, UInt64).self)
                let written = smallBits(bytes)
                return expected.0 == written.0 && expected.1 == written.1
            }
        }
    }()
}
