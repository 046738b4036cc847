/// A 1-based line and column (in Unicode scalars) in a loaded file.
struct TextPoint {
    var line: Int
    var column: Int
}

/// One parse event of a YAML stream, with 1-based positions.
///
/// Its text fields point into memory owned by the `LibYAMLEventReader` that produced the event
/// and are valid until the reader's next call to `next()`; the event itself holds no references,
/// so passing it around costs no reference counting.
struct YAMLEvent {
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case alias, scalar, sequenceStart, sequenceEnd, mappingStart, mappingEnd
    }

    /// How a scalar was written, which decides how its text is typed.
    enum ScalarStyle {
        /// Unquoted: typed by the core schema (null, booleans, numbers, dates).
        case plain
        /// Quoted or a block scalar: always text (or a date in a configured format).
        case quotedOrBlock
    }

    var kind: Kind
    var start: TextPoint
    var end: TextPoint
    /// The anchor a node defines, or the anchor an alias names (NUL-terminated).
    var anchorText: UnsafePointer<UInt8>?
    /// The explicit tag of a node, fully resolved (`tag:yaml.org,2002:str`), NUL-terminated.
    var tagText: UnsafePointer<UInt8>?
    /// A scalar's content after escapes and folding.
    var scalar: UnsafeBufferPointer<UInt8>
    var style: ScalarStyle

    /// The anchor a node defines, or the anchor an alias names.
    var anchor: String? { anchorText.map { String(cString: $0) } }
    /// The explicit tag of a node, or `nil`.
    var tag: String? { tagText.map { String(cString: $0) } }
}

/// A syntax error reported by libyaml, with its 1-based position.
struct YAMLSyntaxError: Error {
    var message: String
    var position: TextPoint
}
