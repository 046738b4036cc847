import Expressions
import Testing

@Suite("ASCII key index hashes a text the same however it is stored")
struct ASCIIKeyIndexTests {
    /// `text` again, stored out of line: a string with reserved room keeps its bytes in a buffer
    /// even when they would fit inline.
    private static func outOfLine(_ text: String) -> String {
        var copy = String()
        copy.reserveCapacity(64)
        copy.append(contentsOf: text)
        return copy
    }

    @Test("inline and out-of-line copies of texts of every length up to 40 hash alike",
          arguments: 0...40)
    func sameHashEitherWay(length: Int) {
        let text = String("HS-2020-000001.abcdefghijklmnopqrstuvwxyz".prefix(length))
        let inline = String(decoding: Array(text.utf8), as: UTF8.self)
        let hash = ASCIIKeyIndex.asciiHash(inline)
        #expect(hash != nil)
        #expect(ASCIIKeyIndex.asciiHash(Self.outOfLine(text)) == hash)
        #expect(ASCIIKeyIndex.asciiHash("\(text)") == hash)
        #expect(ASCIIKeyIndex.asciiHash(String(Substring(text))) == hash)
    }

    @Test("texts with a non-ASCII byte have no ASCII hash, stored either way")
    func nonASCII() {
        for text in ["é", "Phê duyệt", "1.13619\u{0301}", String(repeating: "a", count: 20) + "ệ"] {
            #expect(ASCIIKeyIndex.asciiHash(text) == nil)
            #expect(ASCIIKeyIndex.asciiHash(Self.outOfLine(text)) == nil)
        }
    }

    @Test("keys inserted stored one way are found stored the other way, and different keys are not")
    func findsAcrossStorage() {
        var index = ASCIIKeyIndex(minimumCapacity: 8)
        let codes = (0..<500).map { "1.\(136_000 + $0)" }
        for (position, code) in codes.enumerated() { index.insert(Self.outOfLine(code), position: position) }
        for (position, code) in codes.enumerated() {
            #expect(index.position(of: code, hash: ASCIIKeyIndex.asciiHash(code)!) == position)
        }
        #expect(index.position(of: "1.136500", hash: ASCIIKeyIndex.asciiHash("1.136500")!) == nil)
        #expect(index.position(of: "1.13600", hash: ASCIIKeyIndex.asciiHash("1.13600")!) == nil)
    }

    @Test("inline words of short ASCII texts are equal exactly when the texts are")
    func inlineWords() {
        let texts = ["", "a", "late", "on_time", "in_progress", "withdrawn", "HS-2020-000001", "123456789012345"]
        for a in texts {
            #expect(InlineASCII(a) != nil)
            for b in texts {
                let built = String(decoding: Array(b.utf8), as: UTF8.self)
                #expect((InlineASCII(a) == InlineASCII(built)) == (a == b))
            }
        }
        #expect(InlineASCII("1234567890123456") == nil)
        #expect(InlineASCII("é") == nil)
        #expect(InlineASCII("\u{212A}") == nil)
        #expect(InlineASCII(Self.outOfLine("abc")) == nil)
    }
}
