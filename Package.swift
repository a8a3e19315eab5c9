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
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
    ],
    targets: [
        // C libraries from Debian, through pkg-config.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),

        // The shared vocabulary: one JSON value, parser and canonical writer; SQLValue,
        // StateDiff, AnswerStatus, EpisodeStatus, the request record; the seeded generator
        // and the stable hash. Depends on nothing of ours; every module speaks these types.
        .target(name: "Vocabulary"),

        // The world's prose: a seeded compositional grammar with per-author voice, writing
        // product descriptions, reviews and forum posts from the items' own facts (docs/text.md).
        .target(name: "WorldText", dependencies: ["Vocabulary"]),

        // HTML and XML to observation trees.
        .target(name: "ObservationTree", dependencies: ["CLibXML2", "Vocabulary"]),

        // A no-JavaScript browser over libcurl that acts on observation trees.
        .target(name: "Browser", dependencies: ["CCurl", "ObservationTree", "Vocabulary"]),

        // The agent process protocol (docs/protocol.md): messages, actions, line framing.
        // Above the sandboxes because a world's action space and observations are its words.
        .target(name: "AgentProtocol", dependencies: ["Vocabulary"]),

        // What every sandbox shares: hosting, snapshots, seeded generation, templates, request log.
        .target(
            name: "SandboxKit",
            dependencies: [
                "Vocabulary",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),

        // How episodes are played: the world protocol each sandbox declares, the shared
        // browser world of websites, and the registry the harness gets worlds from.
        .target(name: "Worlds", dependencies: ["SandboxKit", "Browser", "AgentProtocol", "Vocabulary"]),

        // The sandboxes: one folder each under Sources/Sandboxes, each declaring its world.
        .target(name: "Shop", dependencies: ["SandboxKit", "Worlds", "WorldText", "Vocabulary"], path: "Sources/Sandboxes/Shop"),
        // The forum lives in the shop's world: it reads the shop's generators (one way).
        .target(name: "Forum", dependencies: ["SandboxKit", "Worlds", "Vocabulary", "WorldText", "Shop"], path: "Sources/Sandboxes/Forum"),

        // The store admin over the shop's tables in the same instance (it builds on the shop).
        .target(name: "Admin", dependencies: ["SandboxKit", "Worlds", "Vocabulary", "Shop"], path: "Sources/Sandboxes/Admin"),

        // Text games: household, crafting and exploration worlds with a planner-verified generator.
        .target(
            name: "TextWorlds",
            dependencies: [
                "SandboxKit", "Worlds", "Browser", "ObservationTree", "AgentProtocol", "Vocabulary",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Sources/Sandboxes/TextWorlds"
        ),

        // The phone: a simulated Android-like device, its system UI and its apps (docs/phone.md).
        .target(
            name: "Phone",
            dependencies: [
                "SandboxKit", "Worlds", "Browser", "ObservationTree", "AgentProtocol", "Vocabulary",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Sources/Sandboxes/Phone"
        ),

        // SHA-256 for task checksums, agent binary hashes and observation dedup. Depends on nothing.
        .target(name: "Digest"),

        // Task and suite model, loading with file/line/field errors, checksums.
        .target(name: "Tasks", dependencies: ["Digest", "Vocabulary"]),

        // Answer, URL, state, request, page and collateral checkers; combinators; key nodes.
        .target(name: "Checkers", dependencies: ["Tasks", "CLibXML2", "Vocabulary"]),

        // Spawns agents in a bubblewrap sandbox with rlimits, deadlines and capped output.
        .target(name: "CAgentSpawn"),
        .target(name: "AgentRunner", dependencies: ["AgentProtocol", "CAgentSpawn", "Digest", "Vocabulary"]),

        // The Swift example agent (examples/agents/swift), statically linked to the Swift
        // runtime so it runs in the sandbox, which sees only /usr and its own directory.
        .executableTarget(
            name: "gauntlet-swift-agent",
            dependencies: ["AgentProtocol", "Vocabulary"],
            path: "examples/agents/swift",
            linkerSettings: [.unsafeFlags(["-static-stdlib"])]
        ),

        // Trajectory metrics: progress, steps, invalid actions, repeated-action loops, efficiency.
        // (DESIGN.md's `Metrics`; named EpisodeMetrics because swift-metrics already has a `Metrics` target.)
        .target(name: "EpisodeMetrics", dependencies: ["Vocabulary"]),

        // The leaderboard on SQLite or PostgreSQL (one schema and its migrations), merging of
        // shards, statistics and report renderers.
        .target(
            name: "Leaderboard",
            dependencies: [
                "Digest", "Vocabulary", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),

        // Induced metrics (docs/metrics.md): the AutoLibra pipeline (grounding, clustering,
        // judging, coverage and redundancy) and its judges (a process speaking the judge
        // protocol, an OpenAI-compatible endpoint). Above the leaderboard, which stores the
        // feedback, metric sets and traits as plain records and knows no judge.
        .target(name: "InducedMetrics", dependencies: ["Leaderboard", "Digest", "Vocabulary"]),

        // `gauntlet review`: the report served on loopback, with a feedback form on every episode page.
        .target(
            name: "Review",
            dependencies: ["Leaderboard", "Vocabulary", .product(name: "Hummingbird", package: "hummingbird")]
        ),

        // Every default of the harness and the command-line tool (timeouts, limits, pool sizes,
        // paths), in one place that help texts and a docs test read.
        .target(name: "Defaults", dependencies: ["AgentProtocol", "AgentRunner", "ObservationTree"]),

        // The run loop: episodes in any world, scheduling, scoring, recording. It names no
        // sandbox: worlds come from the registry it is given.
        .target(
            name: "Harness",
            dependencies: [
                "ObservationTree", "SandboxKit", "Worlds", "Browser", "AgentProtocol", "AgentRunner", "Tasks", "Checkers",
                "EpisodeMetrics", "Leaderboard", "Vocabulary", "Defaults",
            ]
        ),

        // The training server: OpenEnv's WebSocket and HTTP protocol and MCP tools over the
        // harness's episodes (docs/env-server.md), with fork and restore of live sessions.
        .target(
            name: "EnvServer",
            dependencies: [
                "Harness", "Worlds", "SandboxKit", "AgentProtocol", "Tasks", "Leaderboard", "Vocabulary", "Defaults",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // Test support: the loopback HTTP client, blocking threads, the shared live host, temporary
        // folders, and the built `gauntlet` binary checked against its sources. Used by the tests
        // and the benchmarks, never by the harness.
        .target(name: "GauntletTesting", dependencies: ["SandboxKit"]),

        // The `gauntlet bench` measurements: each returns its figures as JSON and as text.
        .target(
            name: "Benchmarks",
            dependencies: [
                "Vocabulary", "ObservationTree", "Browser", "SandboxKit", "AgentProtocol", "AgentRunner", "TextWorlds", "Phone", "Worlds",
                "Leaderboard", "GauntletTesting",
            ]
        ),

        // The command-line tool: argument parsing and printing over the modules above.
        .executableTarget(
            name: "gauntlet",
            dependencies: [
                "Defaults",
                "Benchmarks",
                "ObservationTree",
                "SandboxKit",
                "Worlds",
                "Browser",
                "Tasks",
                "Checkers",
                "AgentProtocol",
                "AgentRunner",
                "Shop",
                "Forum",
                "Admin",
                "TextWorlds",
                "Phone",
                "Harness",
                "EnvServer",
                "Leaderboard",
                "InducedMetrics",
                "Review",
                "Vocabulary",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "VocabularyTests", dependencies: ["Vocabulary"]),
        .testTarget(name: "WorldTextTests", dependencies: ["WorldText", "Vocabulary"]),
        .testTarget(name: "ObservationTreeTests", dependencies: ["ObservationTree", "SandboxKit", "Vocabulary", "GauntletTesting"]),
        // swift-mustache is the reference the template renderer is compared with.
        .testTarget(name: "SandboxKitTests", dependencies: ["SandboxKit", "Vocabulary", "GauntletTesting", .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(
            name: "BrowserTests",
            dependencies: [
                "Browser", "ObservationTree", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(name: "DigestTests", dependencies: ["Digest"]),
        .testTarget(name: "TasksTests", dependencies: ["Tasks", "Vocabulary", "GauntletTesting"]),
        .testTarget(
            name: "CheckersTests",
            dependencies: ["Checkers", "Tasks", "Vocabulary", "GauntletTesting", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "AgentProtocolTests", dependencies: ["AgentProtocol", "Vocabulary"]),
        .testTarget(name: "AgentRunnerTests", dependencies: ["AgentRunner", "AgentProtocol", "Digest", "Vocabulary", "GauntletTesting"]),
        .testTarget(name: "ShopTests", dependencies: ["Shop", "SandboxKit", "Vocabulary", "GauntletTesting"]),
        .testTarget(name: "ForumTests", dependencies: ["Forum", "Shop", "SandboxKit", "ObservationTree", "Vocabulary", "WorldText", "GauntletTesting"]),
        .testTarget(name: "AdminTests", dependencies: ["Admin", "Shop", "SandboxKit", "Vocabulary", "GauntletTesting"]),
        .testTarget(name: "TextWorldsTests", dependencies: ["TextWorlds", "SandboxKit", "Vocabulary", "CLibXML2"]),
        .testTarget(
            name: "HarnessTests",
            dependencies: [
                "Harness", "Defaults", "Worlds", "SandboxKit", "Shop", "Admin", "Forum", "TextWorlds", "Phone", "Browser", "AgentProtocol", "AgentRunner",
                "Tasks", "Leaderboard", "Vocabulary", "GauntletTesting", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Runs the commands the Markdown shows: the CLI module parses them in process.
        .testTarget(name: "DocumentationTests", dependencies: ["gauntlet", "GauntletTesting"]),
        .testTarget(name: "EpisodeMetricsTests", dependencies: ["EpisodeMetrics", "Vocabulary"]),
        .testTarget(name: "LeaderboardTests", dependencies: ["Leaderboard", "Vocabulary", "GauntletTesting", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "InducedMetricsTests",
            dependencies: ["InducedMetrics", "Leaderboard", "Vocabulary", "GauntletTesting", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["scripted_judge.py"]
        ),
        .testTarget(name: "PhoneTests", dependencies: ["Phone", "Worlds", "SandboxKit", "ObservationTree", "AgentProtocol", "Vocabulary", "GauntletTesting", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "GamesSandboxTests", dependencies: ["TextWorlds", "SandboxKit", "ObservationTree", "Tasks", "Vocabulary", "GauntletTesting"]),
    ],
    swiftLanguageModes: [.v6]
)

// Debug builds optimise Gauntlet's library modules (not the command line, the tests or the
// packages it depends on): `gauntlet verify` and the tests spend most of their time
// generating worlds and serving pages, which run about twice as fast at -O as at -Onone,
// for about twice the compile time of those modules (docs/architecture.md).
for target in package.targets where target.type == .regular {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-O"], .when(configuration: .debug))]
}
