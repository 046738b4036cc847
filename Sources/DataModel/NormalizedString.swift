import Foundation

/// Builds `String`s from loaded UTF-8 text in Unicode Normalization Form C, as the rule
/// semantics require, without paying for normalization on text that is already NFC.
enum NormalizedString {
    /// The NFC string for the UTF-8 `bytes` (which must be valid UTF-8).
    @inline(__always)
    static func make(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // ASCII is NFC and needs no validation: most keys and short values are built inline.
        isASCII(bytes) ? asciiStrings.string(bytes) : normalizeIfNeeded(String(decoding: bytes, as: UTF8.self))
    }

    private static let asciiStrings = ASCIIStringMaker()

    /// `string` in NFC; unchanged when every scalar is known to be stable under NFC.
    static func normalizeIfNeeded(_ string: String) -> String {
        var copy = string
        let stable = copy.withUTF8 { isNFCStable($0) }
        return stable ? string : string.precomposedStringWithCanonicalMapping
    }

    /// Whether `bytes` hold only ASCII, eight bytes at a time.
    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var bits: UInt64 = 0
        var i = 0
        while i + 8 <= bytes.count {
            bits |= UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            i += 8
        }
        while i < bytes.count {
            bits |= UInt64(base[i])
            i += 1
        }
        return bits & 0x8080_8080_8080_8080 == 0
    }

    /// Whether every scalar of the UTF-8 `bytes` can neither change nor combine with its
    /// neighbour under NFC (NFC_QC=Yes and combining class 0), judged from the encoded bytes:
    /// U+0000–U+02FF (Latin), U+1E00–U+1EFF (Vietnamese precomposed letters), U+2010–U+205F
    /// (dashes, quotes and other punctuation), U+4E00–U+9FFF (CJK ideographs) and U+AC00–U+D77F
    /// (Hangul syllables). Anything else takes the slow path.
    private static func isNFCStable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let count = bytes.count
        while i < count {
            let lead = bytes[i]
            let next = i + 1 < count ? bytes[i + 1] : 0
            switch lead {
            case 0x00...0x7F: i += 1
            case 0xC2...0xCB: i += 2  // U+0080–U+02FF
            case 0xE1 where next >= 0xB8 && next <= 0xBB: i += 3  // U+1E00–U+1EFF
            case 0xE2 where next == 0x80 && i + 2 < count && bytes[i + 2] >= 0x90: i += 3  // U+2010–U+203F
            case 0xE2 where next == 0x81 && i + 2 < count && bytes[i + 2] <= 0x9F: i += 3  // U+2040–U+205F
            case 0xE4 where next >= 0xB8: i += 3  // U+4E00–U+4FFF
            case 0xE5...0xE9: i += 3  // U+5000–U+9FFF
            case 0xEA where next >= 0xB0: i += 3  // U+AC00–U+AFFF
            case 0xEB, 0xEC: i += 3  // U+B000–U+CFFF
            case 0xED where next < 0x9E: i += 3  // U+D000–U+D77F
            default: return false
            }
        }
        return true
    }
}
