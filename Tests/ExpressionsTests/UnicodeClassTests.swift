import Foundation
import Testing
@testable import Expressions

/// `\d`, `\w`, `\s` and `.` hold the same scalars as ICU's, checked over every scalar.
struct UnicodeClassTests {
    /// Every scalar, in order.
    static let allScalars: String = {
        var scalars = String.UnicodeScalarView()
        for value in UInt32(0)...0x10FFFF { if let scalar = Unicode.Scalar(value) { scalars.append(scalar) } }
        return String(scalars)
    }()

    /// The scalar at a UTF-16 offset of `allScalars` (which skips the surrogate block).
    static func scalar(atUTF16Offset offset: Int) -> Int {
        offset < 0xD800 ? offset : offset < 0xF800 ? offset + 0x800 : 0x10000 + (offset - 0xF800) / 2
    }

    /// Whether each scalar is one ICU's `pattern` (a class with `+`) matches in `allScalars`.
    static func icuMembers(_ pattern: String) throws -> [Bool] {
        let regex = try NSRegularExpression(pattern: pattern)
        var members = [Bool](repeating: false, count: 0x110000)
        let length = allScalars.utf16.count
        for match in regex.matches(in: allScalars, range: NSRange(location: 0, length: length)) {
            for value in scalar(atUTF16Offset: match.range.location)..<scalar(atUTF16Offset: NSMaxRange(match.range)) {
                members[value] = true
            }
        }
        return members
    }

    @Test(arguments: [(#"\d+"#, UnicodeClass.digit), (#"\w+"#, .word), (#"\s+"#, .space)])
    func classMatchesICU(_ pattern: String, _ unicodeClass: UnicodeClass) throws {
        let icu = try Self.icuMembers(pattern)
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF where !(0xD800...0xDFFF).contains(value) {
            if let own = unicodeClass.contains(value), own != icu[Int(value)] { mismatches.append(String(value, radix: 16)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
        #expect(icu.count { $0 } > 20)
    }

    @Test func dotExcludesExactlyICUsLineTerminators() throws {
        let icu = try Self.icuMembers(".+")
        let excluded = (0...0x10FFFF).filter { !(0xD800...0xDFFF).contains($0) && !icu[$0] }
        #expect(excluded == [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029])
        #expect(excluded.allSatisfy { UTF8Text.isLineTerminator(UInt32($0)) })
    }

    @Test func ageProbesHaveTheirAge() {
        for probe in UnicodeAge.probes {
            let age = Unicode.Scalar(probe.scalar)!.properties.age.map(UnicodeAge.init)
            // A runtime older than the probe has not assigned it yet.
            #expect(age == probe.age || age == nil)
        }
        #expect(UnicodeAge.sharedWithICU >= UnicodeAge(12, 0))
    }
}
