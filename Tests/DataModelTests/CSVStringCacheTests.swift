import Testing
@testable import DataModel

@Suite struct CSVStringCacheTests {
    /// Looks `text` up in `column`, counting how often the cache had to build the string.
    private func lookUp(_ text: String, column: Int = 0, in cache: inout CSVStringCache, builds: inout Int) -> String {
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            cache.string(for: bytes, column: column) {
                builds += 1
                return String(decoding: bytes, as: UTF8.self)
            }
        }
    }

    @Test func aRepeatedTextIsBuiltOnce() {
        var cache = CSVStringCache(columnCount: 1)
        var builds = 0
        for _ in 0..<5 { #expect(lookUp("Sở Tư pháp tỉnh Trà Vinh", in: &cache, builds: &builds) == "Sở Tư pháp tỉnh Trà Vinh") }
        #expect(builds == 1)
    }

    @Test func textsSharingASlotNeverMix() {
        // One slot per column: every text lands in the same slot, as texts sharing a hash do.
        var cache = CSVStringCache(columnCount: 1, slotsPerColumn: 1)
        var builds = 0
        let texts = ["Cấp giấy phép xây dựng", "Cấp giấy phép xây dựnh", "Cấp giấy phép xây dựng ", "Đăng ký khai sinh"]
        for round in 0..<3 {
            for text in texts { #expect(lookUp(text, in: &cache, builds: &builds) == text, "round \(round)") }
        }
        #expect(builds == 12)
    }

    @Test func columnsKeepTheirOwnStrings() {
        var cache = CSVStringCache(columnCount: 2, slotsPerColumn: 1)
        var builds = 0
        #expect(lookUp("Ủy ban nhân dân huyện", column: 0, in: &cache, builds: &builds) == "Ủy ban nhân dân huyện")
        #expect(lookUp("Ủy ban nhân dân tỉnh", column: 1, in: &cache, builds: &builds) == "Ủy ban nhân dân tỉnh")
        #expect(lookUp("Ủy ban nhân dân huyện", column: 0, in: &cache, builds: &builds) == "Ủy ban nhân dân huyện")
        #expect(builds == 2)
    }

    @Test func aStringThatNormalizationChangedIsNotKept() {
        var cache = CSVStringCache(columnCount: 1)
        let decomposed = Array("Tra\u{300} Vinh, tỉnh Trà Vinh".utf8)
        var builds = 0
        for _ in 0..<3 {
            let string = decomposed.withUnsafeBufferPointer { bytes in
                cache.string(for: bytes, column: 0) {
                    builds += 1
                    return NormalizedString.normalizeIfNeeded(String(decoding: bytes, as: UTF8.self))
                }
            }
            #expect(string.unicodeScalars.first { $0.value == 0x300 } == nil)
            #expect(string == "Trà Vinh, tỉnh Trà Vinh")
        }
        #expect(builds == 3)
    }

    @Test func aColumnWhoseTextsDoNotRepeatStopsCaching() {
        var cache = CSVStringCache(columnCount: 1)
        var builds = 0
        for index in 0..<300 { _ = lookUp("28/09/2020 14:\(index)", in: &cache, builds: &builds) }
        // The sample of 256 lookups found no repeat: from then on even a repeat is built again.
        _ = lookUp("28/09/2020 14:299", in: &cache, builds: &builds)
        #expect(builds == 301)
    }

    @Test func longTextsAreBuiltEachTime() {
        var cache = CSVStringCache(columnCount: 1)
        var builds = 0
        let long = String(repeating: "Quyết định số 2424/QĐ-UBND ", count: 20)
        for _ in 0..<3 { #expect(lookUp(long, in: &cache, builds: &builds) == long) }
        #expect(builds == 3)
    }
}
