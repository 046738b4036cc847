import Foundation
import Testing
import TestSupport
@testable import DataModel

@Suite struct FileWalkerTests {
    private let manager = FileManager.default

    /// Creates `files` (relative paths) under a fresh folder and returns the folder's path.
    private func tree(_ files: [String]) throws -> String {
        let root = try PackagePaths.temporaryDirectory()
        for file in files {
            let url = root.appendingPathComponent(file)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("a: 1\n".utf8).write(to: url)
        }
        return root.path
    }

    @Test func walksFoldersForDataFilesSorted() throws {
        let root = try tree([
            "b.yml", "a.JSON", "c.csv", "d.yaml", "notes.txt", "sub/z.yml", "sub/deeper/y.csv",
            ".hidden.yml", ".git/config.yml", "sub/.cache/x.json",
        ])
        defer { try? manager.removeItem(atPath: root) }
        let walk = try FileWalker.walk([root])
        #expect(walk.files == ["a.JSON", "b.yml", "c.csv", "d.yaml", "sub/deeper/y.csv", "sub/z.yml"].map { "\(root)/\($0)" })
        #expect(walk.problems.isEmpty)
    }

    @Test func explicitFilesAreTakenWhateverTheirExtension() throws {
        let root = try tree(["notes.txt", ".hidden.yml", "a.yml"])
        defer { try? manager.removeItem(atPath: root) }
        let walk = try FileWalker.walk(["\(root)/notes.txt", "\(root)/.hidden.yml", "\(root)/a.yml", "\(root)/"])
        #expect(walk.files == [".hidden.yml", "a.yml", "notes.txt"].map { "\(root)/\($0)" })
    }

    @Test func missingPathsAreListedTogether() throws {
        let root = try tree(["a.yml"])
        defer { try? manager.removeItem(atPath: root) }
        #expect(throws: MissingPathsError(paths: ["\(root)/nope", "\(root)/gone.csv"])) {
            try FileWalker.walk(["\(root)/nope", "\(root)/a.yml", "\(root)/gone.csv"])
        }
        #expect(MissingPathsError(paths: ["x", "y"]).description == "no such files or folders: x, y")
        #expect(MissingPathsError(paths: ["x"]).description == "no such file or folder: x")
    }

    @Test(.timeLimit(.minutes(1)))
    func symlinkLoopsEndAndLinkedFilesAreFollowed() throws {
        let root = try tree(["data/a.yml", "data/sub/b.csv", "other/c.json"])
        defer { try? manager.removeItem(atPath: root) }
        // data/sub/loop -> data (a cycle), data/again -> data/sub, data/link.yml -> other/c.json
        try manager.createSymbolicLink(atPath: "\(root)/data/sub/loop", withDestinationPath: "\(root)/data")
        try manager.createSymbolicLink(atPath: "\(root)/data/again", withDestinationPath: "\(root)/data/sub")
        try manager.createSymbolicLink(atPath: "\(root)/data/link.yml", withDestinationPath: "\(root)/other/c.json")
        try manager.createSymbolicLink(atPath: "\(root)/data/self.yml", withDestinationPath: "\(root)/data/self.yml")
        try manager.createSymbolicLink(atPath: "\(root)/data/broken.csv", withDestinationPath: "\(root)/nowhere.csv")
        let start = Date()
        let walk = try FileWalker.walk(["\(root)/data", "\(root)/other"])
        #expect(Date().timeIntervalSince(start) < 5)
        // `again` is walked first (sorted) and claims data/sub; c.json is listed under its first name.
        #expect(walk.files == ["data/a.yml", "data/again/b.csv", "data/link.yml"].map { "\(root)/\($0)" })
        #expect(walk.problems.map(\.path) == ["\(root)/data/broken.csv", "\(root)/data/self.yml"])
        #expect(walk.problems.first?.reason == "cannot be reached: No such file or directory")
    }
}
