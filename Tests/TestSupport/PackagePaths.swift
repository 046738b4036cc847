import Foundation

/// Paths tests need: the package root, the shared external test data, and the built binaries.
public enum PackagePaths {
    /// The package's root folder (the one holding `Package.swift`).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// `../shared/testdata` beside the package, when present (CI has it; a fresh clone may not).
    public static let sharedTestData: URL? = {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/testdata")
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
            ? url : nil
    }()

    /// `../shared/testdata/external/NAME`, when the shared test data is present.
    public static func external(_ name: String) -> URL? {
        sharedTestData?.appendingPathComponent("external").appendingPathComponent(name)
    }

    /// Why a test that needs the shared test data is skipped when it is absent.
    public static let sharedTestDataMissing =
        "skipped: ../shared/testdata is not beside this clone (CI provides it)"

    /// The folder that holds the built products (`govlint`, `govlint-datagen`).
    public static let productsDirectory: URL = {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var url = executable.deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("govlint").path) { return url }
            url.deleteLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug")
    }()

    /// A fresh, empty temporary folder.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govlint-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
