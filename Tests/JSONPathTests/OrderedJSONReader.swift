import DataModel

/// Reads JSON into `Value`s keeping member order, for the compliance suite's documents.
struct OrderedJSONReader {
    private let bytes: [UInt8]
    private var position = 0

    struct Failure: Error {
        var offset: Int
    }

    static func read(_ bytes: [UInt8]) throws -> Value {
        var reader = OrderedJSONReader(bytes: bytes)
        let value = try reader.readValue()
        reader.skipWhitespace()
        guard reader.position == bytes.count else { throw Failure(offset: reader.position) }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard position < bytes.count, bytes[position] == byte else { throw Failure(offset: position) }
        position += 1
    }

    private mutating func readValue() throws -> Value {
        skipWhitespace()
        guard position < bytes.count else { throw Failure(offset: position) }
        switch bytes[position] {
        case UInt8(ascii: "{"):
            position += 1
            var map = ValueMap()
            skipWhitespace()
            if bytes[position] == UInt8(ascii: "}") { position += 1; return Value(.map(map)) }
            repeat {
                skipWhitespace()
                let key = try readString()
                skipWhitespace()
                try expect(UInt8(ascii: ":"))
                map.insert(.init(key: key, value: try readValue()))
                skipWhitespace()
            } while try separator(closing: UInt8(ascii: "}"))
            return Value(.map(map))
        case UInt8(ascii: "["):
            position += 1
            var elements: [Value] = []
            skipWhitespace()
            if bytes[position] == UInt8(ascii: "]") { position += 1; return Value(.list(elements)) }
            repeat {
                elements.append(try readValue())
                skipWhitespace()
            } while try separator(closing: UInt8(ascii: "]"))
            return Value(.list(elements))
        case UInt8(ascii: "\""):
            return Value(.string(try readString()))
        case UInt8(ascii: "t"): return try word("true", Value(.bool(true)))
        case UInt8(ascii: "f"): return try word("false", Value(.bool(false)))
        case UInt8(ascii: "n"): return try word("null", Value(.null))
        default:
            let start = position
            while position < bytes.count, "+-.0123456789eE".utf8.contains(bytes[position]) { position += 1 }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            if let int = Int(text) { return Value(.int(int)) }
            guard let double = Double(text) else { throw Failure(offset: start) }
            return Value(.double(double))
        }
    }

    /// Consumes `,` (true: another member follows) or `closing` (false).
    private mutating func separator(closing: UInt8) throws -> Bool {
        guard position < bytes.count else { throw Failure(offset: position) }
        position += 1
        if bytes[position - 1] == UInt8(ascii: ",") { return true }
        guard bytes[position - 1] == closing else { throw Failure(offset: position - 1) }
        return false
    }

    private mutating func word(_ text: String, _ value: Value) throws -> Value {
        for byte in text.utf8 { try expect(byte) }
        return value
    }

    private mutating func readString() throws -> String {
        try expect(UInt8(ascii: "\""))
        var units: [UInt16] = []
        var raw: [UInt8] = []
        func flush() { units += String(decoding: raw, as: UTF8.self).utf16; raw.removeAll() }
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                flush()
                return String(decoding: units, as: UTF16.self)
            case UInt8(ascii: "\\"):
                flush()
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "b"): units.append(8)
                case UInt8(ascii: "f"): units.append(12)
                case UInt8(ascii: "n"): units.append(10)
                case UInt8(ascii: "r"): units.append(13)
                case UInt8(ascii: "t"): units.append(9)
                case UInt8(ascii: "u"):
                    guard let unit = UInt16(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
                    else { throw Failure(offset: position) }
                    units.append(unit)
                    position += 4
                default: units.append(UInt16(escaped))
                }
            default:
                raw.append(byte)
            }
        }
        throw Failure(offset: position)
    }
}
