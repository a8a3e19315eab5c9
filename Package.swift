// swift-tools-version: 6.1
import PackageDescription

// Targets are listed in dependency order (DESIGN.md, "Targets"): a target may use
// the ones above it, never the ones below.
let package = Package(
    name: "Gauntlet",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gauntlet", targets: ["gauntlet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // C libraries from Debian, through pkg-config.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),

        // HTML and XML to observation trees. Depends on nothing of ours.
        .target(name: "ObservationTree", dependencies: ["CLibXML2"]),

        // What every sandbox shares: hosting, snapshots, seeded generation, templates, request log.
        .target(name: "SandboxKit"),

        // Text games: household, crafting and exploration worlds with a planner-verified generator.
        .target(name: "TextWorlds", dependencies: ["SandboxKit"], path: "Sources/Sandboxes/TextWorlds"),

        // The command-line tool.
        .executableTarget(
            name: "gauntlet",
            dependencies: [
                "ObservationTree",
                "TextWorlds",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "ObservationTreeTests", dependencies: ["ObservationTree"]),
        .testTarget(name: "SandboxKitTests", dependencies: ["SandboxKit"]),
        .testTarget(name: "TextWorldsTests", dependencies: ["TextWorlds", "SandboxKit", "CLibXML2"]),
    ],
    swiftLanguageModes: [.v6]
)
