// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "govlint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "govlint", targets: ["govlint"]),
        .executable(name: "govlint-datagen", targets: ["govlint-datagen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "DataModel", dependencies: ["CYAML"]),
        .target(name: "JSONPath", dependencies: ["DataModel"]),
        // Prefetching for tables probed at random (`Expressions.ReadAhead`), which Swift cannot express.
        .target(name: "CMemory"),
        .target(name: "Expressions", dependencies: ["DataModel", "CMemory"]),
        .target(name: "RuleEngine", dependencies: ["DataModel", "JSONPath", "Expressions"]),
        .target(name: "Reporters", dependencies: ["RuleEngine", "DataModel"]),
        // Rules is a link to the top-level Rules/ folder, so adding or removing a rule file re-plans
        // the build and the EmbedRules plugin sees the change.
        .target(name: "BuiltinRules", exclude: ["Rules"], plugins: ["EmbedRules"]),
        .executableTarget(name: "EmbedRulesTool", path: "Plugins/EmbedRulesTool"),
        .plugin(name: "EmbedRules", capability: .buildTool(), dependencies: ["EmbedRulesTool"]),
        .executableTarget(
            name: "govlint",
            dependencies: [
                "DataModel", "JSONPath", "Expressions", "RuleEngine", "Reporters", "BuiltinRules",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "govlint-evalbench",
            dependencies: ["DataModel", "Expressions", "BuiltinRules"]
        ),
        .executableTarget(
            name: "govlint-datagen",
            dependencies: [
                "DataModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "govlint-loadbench", dependencies: ["DataModel"], path: "Benchmarks/LoadBenchmark"),
        .executableTarget(
            name: "jsonpath-benchmark", dependencies: ["JSONPath", "DataModel"], path: "Benchmarks/JSONPathBenchmark"
        ),
        .target(name: "TestSupport", dependencies: ["DataModel"], path: "Tests/TestSupport"),
        .testTarget(name: "DataModelTests", dependencies: ["DataModel", "TestSupport"]),
        .testTarget(
            name: "RuleEngineTests",
            dependencies: ["RuleEngine", "DataModel", "Expressions", "JSONPath", "BuiltinRules", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "JSONPathTests", dependencies: ["JSONPath", "DataModel", "TestSupport"]),
        .testTarget(
            name: "ExpressionsTests",
            dependencies: ["Expressions", "DataModel", "BuiltinRules", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "ReportersTests", dependencies: ["Reporters", "RuleEngine", "DataModel", "TestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "GovlintCLITests", dependencies: ["RuleEngine", "Reporters", "DataModel", "TestSupport"]
        ),
        .testTarget(name: "BuiltinRulesTests", dependencies: ["BuiltinRules", "RuleEngine", "DataModel", "Expressions", "TestSupport"]),
    ]
)
