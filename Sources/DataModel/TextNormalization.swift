import Foundation

/// Unicode NFC normalization for loaded text, with fast paths for the text agencies actually write.
enum TextNormalization {
    /// The NFC form of the UTF-8 text in `bytes`; `isASCII` skips every check.
    static func nfcString(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        let string = String(decoding: bytes, as: UTF8.self)
        if isASCII || isKnownComposed(bytes) { return string }
        return string.precomposedStringWithCanonicalMapping
    }

    /// Whether every scalar of the UTF-8 text is one NFC leaves alone whatever surrounds it:
    /// ASCII, Latin-1 to IPA (U+0080–U+02FF), Latin Extended Additional (U+1E00–U+1EFF, where
    /// precomposed Vietnamese letters live) and general punctuation (U+2010–U+205F). Other text
    /// (combining marks, Hangul, CJK compatibility) goes through the full algorithm.
    static func isKnownComposed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
            } else if lead < 0xE0 {
                // Two-byte scalars up to U+02FF have lead bytes C2–CB.
                guard lead <= 0xCB else { return false }
                i += 2
            } else if lead == 0xE1 || lead == 0xE2, i + 2 < n {
                let scalar = (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                guard (0x1E00...0x1EFF).contains(scalar) || (0x2010...0x205F).contains(scalar) else { return false }
                i += 3
            } else {
                return false
            }
        }
        return true
    }
}
