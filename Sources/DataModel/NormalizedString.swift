import Foundation

/// Builds `String`s from loaded YAML and JSON text in Unicode Normalization Form C (through
/// `TextNormalization`), skipping the check for pure-ASCII text eight bytes at a time.
enum NormalizedString {
    /// The NFC string for the UTF-8 `bytes` (which must be valid UTF-8).
    @inline(__always)
    static func make(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        TextNormalization.nfcString(bytes, isASCII: isASCII(bytes))
    }

    /// `string` in NFC; unchanged when every scalar is known to be stable under NFC.
    static func normalizeIfNeeded(_ string: String) -> String {
        var copy = string
        let stable = copy.withUTF8 { TextNormalization.isKnownComposed($0) }
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
}
