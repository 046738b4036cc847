extension JSONParser {
    /// A parse error at the byte `offset`.
    func problem(_ message: String, at offset: Int) -> LoadProblem {
        var counter = TextPositionCounter(text)
        let (line, column) = counter.position(ofByte: offset)
        return LoadProblem(.parseError, message, at: SourceLocation(file: file, line: line, column: column))
    }

    /// The error for the character at the current position, which cannot come here; comments
    /// and single quotes get messages of their own. Without `expecting`, the JSON value has ended.
    func unexpected(expecting: String?) -> LoadProblem {
        let byte = peek()
        if byte == UInt8(ascii: "/") { return problem(DataModelMessages.jsonComment, at: position) }
        if byte == UInt8(ascii: "'") { return problem(DataModelMessages.jsonSingleQuote, at: position) }
        let found = DataModelMessages.describe(byte)
        guard let expecting else { return problem(DataModelMessages.jsonTrailingContent(found), at: position) }
        return problem(DataModelMessages.jsonExpected(expecting, found: found), at: position)
    }

    /// The error for a file that ends inside the innermost open array or object.
    func unexpectedEnd(_ stack: [Frame]) -> LoadProblem {
        guard let top = stack.last else { return problem(DataModelMessages.jsonExpected("a value", found: "end of file"), at: text.count) }
        let message = DataModelMessages.jsonUnterminated(top.isObject ? "object" : "array", line: top.start.line, column: top.start.column)
        return problem(message, at: text.count)
    }
}
