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

        // A no-JavaScript browser over libcurl that acts on observation trees.
        .target(name: "Browser", dependencies: ["CCurl", "ObservationTree"]),

        // What every sandbox shares: hosting, snapshots, seeded generation, templates, request log.
        .target(name: "SandboxKit"),

        // SHA-256 for task checksums, agent binary hashes and observation dedup. Depends on nothing.
        .target(name: "Digest"),

        // Task and suite model, loading with file/line/field errors, checksums.
        .target(name: "Tasks", dependencies: ["Digest"]),

        // Answer, URL, state, request, page and collateral checkers; combinators; key nodes.
        .target(name: "Checkers", dependencies: ["Tasks", "CLibXML2"]),

        // Trajectory metrics: progress, steps, invalid actions, repeated-action loops, efficiency.
        // (DESIGN.md's `Metrics`; named EpisodeMetrics because swift-metrics already has a `Metrics` target.)
        .target(name: "EpisodeMetrics"),

        // The SQLite leaderboard (schema, migrations), statistics and report renderers.
        .target(name: "Leaderboard", dependencies: ["Digest", .product(name: "GRDB", package: "GRDB.swift")]),

        // The command-line tool.
        .executableTarget(
            name: "gauntlet",
            dependencies: [
                "ObservationTree",
                "SandboxKit",
                "Browser",
                "Tasks",
                "Checkers",
                "Leaderboard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "ObservationTreeTests", dependencies: ["ObservationTree", "SandboxKit"]),
        .testTarget(name: "SandboxKitTests", dependencies: ["SandboxKit"]),
        .testTarget(
            name: "BrowserTests",
            dependencies: ["Browser", "ObservationTree", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .testTarget(name: "DigestTests", dependencies: ["Digest"]),
        .testTarget(name: "TasksTests", dependencies: ["Tasks"]),
        .testTarget(
            name: "CheckersTests",
            dependencies: ["Checkers", "Tasks", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "EpisodeMetricsTests", dependencies: ["EpisodeMetrics"]),
        .testTarget(name: "LeaderboardTests", dependencies: ["Leaderboard", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
