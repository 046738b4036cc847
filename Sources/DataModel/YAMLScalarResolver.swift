/// Types YAML scalars: the YAML 1.2 core schema for plain scalars (plus ISO dates), the
/// configured date formats for all text, and the explicit core tags `!!str !!int !!float
/// !!bool !!null`.
struct YAMLScalarResolver {
    private let isoDates = DateRecognizer(formats: [.iso])
    private let configuredDates: DateRecognizer
    /// Builds the literals of typed scalars, which are ASCII: numbers, booleans, null and dates
    /// are spelled in ASCII only.
    private let literals = ASCIIStringMaker()

    /// A resolver that reads text matching `dateFormats` as dates.
    init(dateFormats: [DateFormat]) { configuredDates = DateRecognizer(formats: dateFormats) }

    /// The typed node for a scalar, or the message saying why its explicit tag does not fit.
    func resolve(
        _ bytes: UnsafeBufferPointer<UInt8>, style: YAMLEvent.ScalarStyle, tag: String?, at location: SourceLocation
    ) -> Result<Value, TagMismatch> {
        guard let tag else {
            return .success(style == .plain ? resolvePlain(bytes, at: location) : resolveText(bytes, at: location))
        }
        let core: Value.Kind?
        switch tag {
        case "!":
            // The non-specific tag makes a plain scalar text (YAML 1.2, 6.9.1).
            return .success(resolveText(bytes, at: location))
        case "tag:yaml.org,2002:str": return .success(Value(.string(NormalizedString.make(bytes)), at: location))
        case "tag:yaml.org,2002:null": core = CoreSchema.isNull(bytes) ? .null : nil
        case "tag:yaml.org,2002:bool": core = CoreSchema.bool(bytes).map(Value.Kind.bool)
        case "tag:yaml.org,2002:int": core = CoreSchema.int(bytes)
        case "tag:yaml.org,2002:float":
            core = CoreSchema.float(bytes) ?? CoreSchema.int(bytes).map { kind in
                if case .int(let i) = kind { return .double(Double(i)) } else { return kind }
            }
        default:
            // Application tags (`!money`, `!!set`, ...) carry meaning govlint does not know:
            // the scalar is typed as if untagged.
            return .success(style == .plain ? resolvePlain(bytes, at: location) : resolveText(bytes, at: location))
        }
        let literal = String(decoding: bytes, as: UTF8.self)
        guard let core else { return .failure(TagMismatch(text: literal, tag: "!!" + tag.dropFirst(18))) }
        return .success(Value(core, at: location, literal: literal))
    }

    /// Why a tagged scalar could not be read as its tag says.
    struct TagMismatch: Error {
        var text: String
        var tag: String
    }

    /// An unquoted scalar: null, boolean, integer, float, ISO or configured date, else text.
    @inline(__always)
    func resolvePlain(_ bytes: UnsafeBufferPointer<UInt8>, at location: SourceLocation) -> Value {
        if bytes.isEmpty { return Value(.null, at: location) }
        let first = bytes[0]
        // Only scalars starting with a digit, sign, dot, '~' or a letter of null/true/false can be
        // anything but text; the rest skip straight to the string path.
        let mayBeTyped = (first >= 0x30 && first <= 0x39) || first == 0x2D || first == 0x2B || first == 0x2E
            || first == 0x7E || first == 0x6E || first == 0x4E || first == 0x74 || first == 0x54
            || first == 0x66 || first == 0x46
        if mayBeTyped {
            if let kind = CoreSchema.typed(bytes) ?? isoDates.recognize(bytes) ?? configuredDates.recognize(bytes) {
                return Value(kind, at: location, literal: literals.string(bytes))
            }
        } else if let kind = configuredDates.recognize(bytes) {
            return Value(kind, at: location, literal: literals.string(bytes))
        }
        return Value(.string(NormalizedString.make(bytes)), at: location)
    }

    /// A quoted or block scalar: a date when it matches a configured format, else text.
    @inline(__always)
    func resolveText(_ bytes: UnsafeBufferPointer<UInt8>, at location: SourceLocation) -> Value {
        if let kind = configuredDates.recognize(bytes) {
            return Value(kind, at: location, literal: literals.string(bytes))
        }
        return Value(.string(NormalizedString.make(bytes)), at: location)
    }
}
