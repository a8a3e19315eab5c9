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
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // C libraries from Debian, through pkg-config.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),

        // HTML and XML to observation trees. Depends on nothing of ours.
        .target(name: "ObservationTree", dependencies: ["CLibXML2"]),

        // What every sandbox shares: hosting, snapshots, seeded generation, templates, request log.
        .target(
            name: "SandboxKit",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),

        // The sandboxes: one folder each under Sources/Sandboxes.
        .target(name: "Shop", dependencies: ["SandboxKit"], path: "Sources/Sandboxes/Shop"),

        // The command-line tool.
        .executableTarget(
            name: "gauntlet",
            dependencies: [
                "ObservationTree",
                "SandboxKit",
                "Shop",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "ObservationTreeTests", dependencies: ["ObservationTree"]),
        .testTarget(name: "SandboxKitTests", dependencies: ["SandboxKit"]),
        .testTarget(name: "ShopTests", dependencies: ["Shop", "SandboxKit"]),
    ],
    swiftLanguageModes: [.v6]
)
