import Foundation

/// Builds `String`s from loaded UTF-8 text in Unicode Normalization Form C, as the rule
/// semantics require, without paying for normalization on text that is already NFC.
enum NormalizedString {
    /// The NFC string for the UTF-8 `bytes` (which must be valid UTF-8).
    @inline(__always)
    static func make(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let string = String(decoding: bytes, as: UTF8.self)
        return isASCII(bytes) ? string : normalizeIfNeeded(string)
    }

    /// `string` in NFC; unchanged when every scalar is known to be stable under NFC.
    static func normalizeIfNeeded(_ string: String) -> String {
        for scalar in string.unicodeScalars where !isNFCStable(scalar.value) {
            return string.precomposedStringWithCanonicalMapping
        }
        return string
    }

    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var bits: UInt8 = 0
        for byte in bytes { bits |= byte }
        return bits < 0x80
    }

    /// Whether a scalar can neither change nor combine with its neighbour under NFC (NFC_QC=Yes
    /// and combining class 0). The ranges cover Latin (including Vietnamese precomposed
    /// letters), CJK ideographs and Hangul syllables; anything else takes the slow path.
    @inline(__always)
    private static func isNFCStable(_ value: UInt32) -> Bool {
        value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x4E00...0x9FFF).contains(value)
            || (0xAC00...0xD7A3).contains(value)
    }
}
