/// Builds `String`s from bytes already known to be ASCII, skipping the UTF-8 validation of
/// `String(decoding:as:)`, which dominates the cost of the short texts most data cells hold.
///
/// A string of at most 15 UTF-8 bytes lives inline in the two words of a `String` (the "small"
/// form: the bytes, then the count and flags in the top byte of the second word), with no
/// allocation. `string(_:)` writes that form directly. The form is fixed by the Swift ABI on
/// 64-bit platforms; it is checked once against strings the standard library built, and should
/// it ever differ, every string is built by `String(decoding:as:)` instead.
struct ASCIIStringMaker {
    /// The longest text stored inline.
    static let smallCapacity = 15

    /// Whether the small form written here matches the standard library's, for every length.
    static let smallFormIsKnown: Bool = {
        guard MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size else { return false }
        let sample = Array("0123456789abcdeXYZ".utf8)
        return (0...smallCapacity).allSatisfy { count in
            sample.withUnsafeBufferPointer { all in
                let bytes = UnsafeBufferPointer(rebasing: all[0..<count])
                let expected = unsafeBitCast(String(decoding: bytes, as: UTF8.self), to: (UInt64, UInt64).self)
                let written = smallWords(bytes)
                return expected.0 == written.0 && expected.1 == written.1
            }
        }
    }()

    // Read once per maker, not behind the lazy global's check on every string.
    private let writesSmallForm = Self.smallFormIsKnown

    /// The string of `bytes`, which must all be ASCII (below 0x80).
    @inline(__always)
    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count <= Self.smallCapacity else { return String(decoding: bytes, as: UTF8.self) }
        return string(bytes, smallWords: Self.smallWords(bytes))
    }

    /// The string of `bytes` (ASCII, at most 15), whose `smallWords(_:)` the caller has already
    /// worked out.
    @inline(__always)
    func string(_ bytes: UnsafeBufferPointer<UInt8>, smallWords: (UInt64, UInt64)) -> String {
        guard writesSmallForm else { return String(decoding: bytes, as: UTF8.self) }
        // Moved out of the words rather than cast: a cast gives a borrowed string that the caller
        // would copy, a runtime call per string even though an inline string counts no references.
        var words = smallWords
        return withUnsafeMutablePointer(to: &words) { $0.withMemoryRebound(to: String.self, capacity: 1) { $0.move() } }
    }

    /// The two words of the small ASCII string of `bytes` (at most 15): little-endian code units,
    /// and in the top byte the flags (immortal, small, ASCII: 0xE) and the count.
    @inline(__always)
    static func smallWords(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        let count = bytes.count
        let flags = (0xE0 | UInt64(count)) << 56
        guard let base = bytes.baseAddress, count > 0 else { return (0, flags) }
        // Two loads that may overlap cover any length within their range, reading only `bytes`.
        let raw = UnsafeRawPointer(base)
        func load<T: FixedWidthInteger & UnsignedInteger>(_ type: T.Type, at offset: Int) -> UInt64 {
            UInt64(T(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self)))
        }
        switch count {
        case 8...:
            let last = load(UInt64.self, at: count - 8) >> ((16 - count) * 8)
            return (load(UInt64.self, at: 0), last | flags)
        case 4...:
            return (load(UInt32.self, at: 0) | load(UInt32.self, at: count - 4) << ((count - 4) * 8), flags)
        default:
            let middle = UInt64(base[count / 2]) << ((count / 2) * 8), last = UInt64(base[count - 1]) << ((count - 1) * 8)
            return (UInt64(base[0]) | middle | last, flags)
        }
    }
}
