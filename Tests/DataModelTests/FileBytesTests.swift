import Foundation
import Testing
import TestSupport
@testable import DataModel

@Suite struct FileBytesTests {
    /// Files below and above the size read into huge-page memory load as their bytes do.
    @Test(arguments: [1 << 20 - 1, 1 << 20, 1 << 21 + 5])
    func aFileLoadsAsItsBytes(size: Int) throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var text = "id,due,code\n"
        var row = 0
        while text.utf8.count < size - 40 {
            text += "HS-\(row),\(row % 28 + 1)/10/2020,\(row % 97).5\n"
            row += 1
        }
        text += String(repeating: "x", count: size - text.utf8.count - 1) + "\n"
        let url = directory.appendingPathComponent("large.csv")
        try text.write(to: url, atomically: false, encoding: .utf8)
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int == size)

        let options = LoadOptions(dateFormats: [.iso, .dayFirst])
        let fromDisk = try DataLoader.load(path: url.path, options: options)
        let fromMemory = DataLoader.load(bytes: Array(text.utf8), path: url.path, format: .csv, options: options)
        #expect(fromDisk.problemLines == fromMemory.problemLines)
        #expect(fromDisk.problemLines == ["\(row + 2):1 govlint/parse-error: row has 1 cell, the header has 3"])
        #expect(fromDisk.rows.count == row)
        #expect(fromDisk.rows == fromMemory.rows)
        #expect(fromDisk.rows.last?["code"]?.location.span == fromMemory.rows.last?["code"]?.location.span)
    }
}
