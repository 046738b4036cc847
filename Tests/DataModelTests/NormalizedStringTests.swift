import Testing
@testable import DataModel

@Suite struct NormalizedStringTests {
    @Test(arguments: [
        ("Ủy ban nhân dân", "Ủy ban nhân dân"),                  // precomposed Vietnamese stays as is
        ("U\u{31B}\u{309}y ban", "\u{1EEC}y ban"),                // decomposed Vietnamese is composed
        ("Cafe\u{301}", "Café"),
        ("\u{1100}\u{1161}\u{11A8}", "\u{AC01}"),                // Hangul jamo compose into a syllable
        ("行政手続", "行政手続"),
        ("“Quyết định” – số 2424", "“Quyết định” – số 2424"),
        ("\u{2000}", "\u{2002}"),                                  // EN QUAD is a singleton
        ("\u{212B}", "\u{C5}"),                                  // ANGSTROM SIGN is a singleton
        ("plain ascii", "plain ascii"),
    ])
    func normalizesToNFC(input: String, expected: String) {
        let bytes = Array(input.utf8)
        let made = bytes.withUnsafeBufferPointer { NormalizedString.make($0) }
        #expect(Array(made.unicodeScalars) == Array(expected.unicodeScalars))
    }
}
