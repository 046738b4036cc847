import Foundation

/// `\d`, `\w` and `\s` as ICU defines them: Unicode decimal digits (`\p{Nd}`), word characters
/// (`[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200c\u200d]`) and white space (`\p{White_Space}`).
enum UnicodeClass: Sendable, Equatable {
    case digit, word, space

    /// Whether `scalar` is in the class; nil when the scalar is newer than the Unicode version
    /// both this runtime and Foundation's ICU know, so that only ICU can say.
    func contains(_ scalar: UInt32) -> Bool? {
        guard let s = Unicode.Scalar(scalar) else { return false }
        let properties = s.properties
        if scalar >= 128 {
            guard let age = properties.age, UnicodeAge(age) <= UnicodeAge.sharedWithICU else { return nil }
        }
        switch self {
        case .digit:
            return properties.generalCategory == .decimalNumber
        case .space:
            return properties.isWhitespace
        case .word:
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
            default: return properties.isAlphabetic || scalar == 0x200C || scalar == 0x200D
            }
        }
    }
}

/// A Unicode version, ordered, for comparing a scalar's age with what ICU knows.
struct UnicodeAge: Comparable, Sendable {
    let major: Int, minor: Int

    init(_ age: Unicode.Version) { (major, minor) = (age.major, age.minor) }

    init(_ major: Int, _ minor: Int) { (self.major, self.minor) = (major, minor) }

    static func < (a: UnicodeAge, b: UnicodeAge) -> Bool { (a.major, a.minor) < (b.major, b.minor) }

    /// One scalar first assigned in each recent version, newest first.
    static let probes: [(age: UnicodeAge, scalar: UInt32)] = [
        (UnicodeAge(17, 0), 0x088F), (UnicodeAge(16, 0), 0x0897), (UnicodeAge(15, 1), 0x2FFC),
        (UnicodeAge(15, 0), 0x0CF3), (UnicodeAge(14, 0), 0x061D), (UnicodeAge(13, 0), 0x08BE),
        (UnicodeAge(12, 1), 0x32FF), (UnicodeAge(12, 0), 0x0C77),
    ]

    /// The newest version whose scalars both the standard library and ICU have assigned, found
    /// once by asking ICU about one scalar of each version. Classes are decided by the standard
    /// library's properties only for scalars this old; the two libraries often differ by a
    /// Unicode version, and ICU's answer is the one that counts.
    static let sharedWithICU: UnicodeAge = {
        guard let unassigned = try? NSRegularExpression(pattern: #"\p{Cn}"#) else { return UnicodeAge(1, 1) }
        for probe in probes {
            guard let scalar = Unicode.Scalar(probe.scalar), let age = scalar.properties.age,
                  UnicodeAge(age) == probe.age else { continue }
            let text = String(scalar)
            if unassigned.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) == nil {
                return probe.age
            }
        }
        return UnicodeAge(1, 1)
    }()
}
