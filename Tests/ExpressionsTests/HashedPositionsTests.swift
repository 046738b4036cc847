import Expressions
import Testing

/// A table of positions by hash that keeps no keys: the caller tells keys of one hash apart.
struct HashedPositionsTests {
    @Test func findsEachPositionThroughGrowthAndSharedHashes() {
        var table = HashedPositions()
        // Keys 0..<5,000 whose hashes repeat every 7 keys (many share a hash) and spread over
        // both halves of the word, inserted through several growths.
        func hash(_ key: Int) -> Int { (key % 7) &* 0x1E37_79B9_7F4A_7C15 }
        for key in 0..<5_000 { table.insert(hash: hash(key), position: key) }
        for key in stride(from: 0, to: 5_000, by: 37) {
            #expect(table.first(hash: hash(key)) { $0 == key } == key)
        }
        // A key never inserted: its hash is present, but no stored position is accepted.
        #expect(table.first(hash: hash(5_000)) { $0 == 5_000 } == nil)
        // A hash never inserted meets an empty slot without asking about any position.
        var asked = 0
        #expect(table.first(hash: 12_345) { _ in asked += 1; return true } == nil)
        #expect(asked == 0)
    }

    @Test func theFirstAcceptedPositionIsTheEarliestInserted() {
        var table = HashedPositions(minimumCapacity: 4)
        for position in [3, 8, 1] { table.insert(hash: 42, position: position) }
        #expect(table.first(hash: 42) { _ in true } == 3)
        #expect(table.first(hash: 42) { $0 != 3 } == 8)
    }
}
