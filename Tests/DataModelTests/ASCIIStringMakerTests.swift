import Testing
@testable import DataModel

@Suite struct ASCIIStringMakerTests {
    @Test func smallFormMatchesTheStandardLibrary() {
        // Should a toolchain change the inline layout, the loaders fall back to the slow path;
        // this says so instead of letting the speed go unnoticed.
        #expect(ASCIIStringMaker.smallFormIsKnown)
    }

    @Test(arguments: 0...20)
    func buildsTheSameStringAsDecoding(length: Int) {
        let bytes = (0..<length).map { UInt8(0x21 + ($0 * 7) % 94) }
        let made = bytes.withUnsafeBufferPointer { ASCIIStringMaker().string($0) }
        let decoded = String(decoding: bytes, as: UTF8.self)
        #expect(made == decoded)
        #expect(Array(made.utf8) == bytes)
        #expect(made.count == length)
        #expect(made.hashValue == decoded.hashValue)
        #expect(made + "!" == decoded + "!")
    }

    @Test func controlCharactersAndSpacesSurvive() {
        let bytes: [UInt8] = [0x00, 0x09, 0x20, 0x7F, 0x41]
        let made = bytes.withUnsafeBufferPointer { ASCIIStringMaker().string($0) }
        #expect(Array(made.utf8) == bytes)
        #expect(made.unicodeScalars.map(\.value) == [0, 9, 32, 127, 65])
    }

    @Test func aSliceInTheMiddleOfABufferTakesOnlyItsBytes() {
        let bytes = Array("header,online,tail".utf8)
        let made = bytes.withUnsafeBufferPointer { ASCIIStringMaker().string(UnsafeBufferPointer(rebasing: $0[7..<13])) }
        #expect(made == "online")
        #expect(made.utf8.count == 6)
    }
}
