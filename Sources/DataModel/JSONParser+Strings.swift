extension JSONParser {
    /// Reads the string whose opening quote is at the current position; returns it in NFC.
    mutating func string() throws(LoadProblem) -> String {
        let open = position
        position += 1
        let contentStart = position
        var bits: UInt8 = 0
        while position < text.count {
            let byte = text[position]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            bits |= byte
            position += 1
        }
        guard position < text.count else { throw unterminatedString(openedAt: open) }
        guard text[position] == UInt8(ascii: "\"") else { return try escapedString(openedAt: open) }
        let content = UnsafeBufferPointer(rebasing: text[contentStart..<position])
        position += 1
        let string = String(decoding: content, as: UTF8.self)
        if bits < 0x80 { return string }
        countContinuations(in: content)
        return NormalizedString.normalizeIfNeeded(string)
    }

    /// The slow path for a string with escapes: decodes into `scratch`.
    private mutating func escapedString(openedAt open: Int) throws(LoadProblem) -> String {
        let contentStart = open + 1
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: text[contentStart..<position]))
        while true {
            guard position < text.count else { throw unterminatedString(openedAt: open) }
            let byte = text[position]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { throw problem(DataModelMessages.jsonControlCharacter(byte), at: position) }
            if byte == UInt8(ascii: "\\") {
                try unescape()
            } else {
                scratch.append(byte)
                position += 1
            }
        }
        countContinuations(in: UnsafeBufferPointer(rebasing: text[contentStart..<position]))
        position += 1
        return scratch.withUnsafeBufferPointer { NormalizedString.make($0) }
    }

    /// Decodes the escape at the current backslash into `scratch`.
    private mutating func unescape() throws(LoadProblem) {
        let backslash = position
        guard position + 1 < text.count else { throw unterminatedString(openedAt: backslash) }
        let code = text[position + 1]
        position += 2
        switch code {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(code)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4(escapeAt: backslash)
            if (0xDC00...0xDFFF).contains(scalar) { throw problem(DataModelMessages.jsonLoneSurrogate(scalar), at: backslash) }
            if (0xD800...0xDBFF).contains(scalar) {
                let next = position
                guard position + 1 < text.count, text[position] == UInt8(ascii: "\\"), text[position + 1] == UInt8(ascii: "u") else {
                    throw problem(DataModelMessages.jsonLoneSurrogate(scalar), at: backslash)
                }
                position += 2
                let low = try hex4(escapeAt: next)
                guard (0xDC00...0xDFFF).contains(low) else { throw problem(DataModelMessages.jsonLoneSurrogate(scalar), at: backslash) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            scratch.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
        default:
            let found = code < 0x80 && code >= 0x20 ? String(UnicodeScalar(code)) : "?"
            throw problem(DataModelMessages.jsonBadEscape(found), at: backslash)
        }
    }

    /// The four hex digits after `\u`.
    private mutating func hex4(escapeAt backslash: Int) throws(LoadProblem) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < text.count, let digit = hexDigit(text[position]) else {
                throw problem(DataModelMessages.jsonBadEscape("u"), at: backslash)
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    /// Adds the continuation bytes of `raw` to the line's count, so columns stay in scalars.
    private mutating func countContinuations(in raw: UnsafeBufferPointer<UInt8>) {
        var count = 0
        for byte in raw where byte & 0xC0 == 0x80 { count += 1 }
        continuationsOnLine += count
    }

    private func unterminatedString(openedAt open: Int) -> LoadProblem {
        var counter = TextPositionCounter(text)
        let (line, column) = counter.position(ofByte: open)
        return problem(DataModelMessages.jsonUnterminated("string", line: line, column: column), at: text.count)
    }
}
