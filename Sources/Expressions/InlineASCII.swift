import DataModel

/// The two words of a `String` that holds up to 15 ASCII bytes inline, as the standard library
/// stores short texts: the bytes, zero-padded, then the count in the top byte with flags.
///
/// Two such texts are equal exactly when their words are, since ASCII text has one spelling
/// only, so comparing them costs two word comparisons instead of a call into `String`'s
/// Unicode-aware comparison. A text stored any other way (longer, not ASCII, or out of line)
/// has no `InlineASCII`, and must be compared as a `String`. `ASCIIKeyIndexTests` checks the
/// layout against texts stored both ways.
public struct InlineASCII: Equatable, Sendable {
    /// Bytes 0–7 of the text.
    @usableFromInline let low: UInt64
    /// Bytes 8–14 of the text, then the flags and count byte.
    @usableFromInline let high: UInt64

    /// The words of `text`, when it is stored inline and known to be ASCII.
    @inlinable @inline(__always)
    public init?(_ text: String) {
        let words = unsafeBitCast(text, to: (UInt64, UInt64).self)
        // The top byte of an inline string known to be ASCII: flags 1110, then its count.
        guard words.1 >> 60 == 0xE else { return nil }
        (low, high) = words
    }

    /// The words of the string held by the node at `value`, read in place (`Value.stringPointer(at:)`),
    /// when the node is a string stored inline and known to be ASCII.
    @inlinable @inline(__always)
    public init?(stringAt value: UnsafePointer<Value>) {
        guard let text = Value.stringPointer(at: value) else { return nil }
        let words = UnsafeRawPointer(text).load(as: (UInt64, UInt64).self)
        guard words.1 >> 60 == 0xE else { return nil }
        (low, high) = words
    }

    /// The number of bytes.
    var count: Int { Int(truncatingIfNeeded: high >> 56 & 0xF) }
}
