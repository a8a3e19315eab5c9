import Foundation
import GRDB

/// Builds, once per process, each sandbox's shared catalog and each (sandboxes, seed)
/// blueprint. Catalogs are shared-cache in-memory SQLite databases kept alive by a keeper
/// connection; instance connections attach them.
///
/// Each build is a task of its own, so the actor is never held while a world is generated:
/// a blueprint already built is returned at once, and two different worlds build side by
/// side instead of one waiting out the other (a test process builds several seeds).
actor SnapshotStore {
    static let shared = SnapshotStore()

    private var keepers: [String: Task<DatabaseQueue, any Error>] = [:]
    private var blueprints: [String: Task<InstanceBlueprint, any Error>] = [:]
    /// A per-process prefix, so two processes never name the same shared-cache database.
    private let processTag = "\(ProcessInfo.processInfo.processIdentifier)"

    /// `ordered` lists each sandbox after those it builds on (`SandboxDependencies.closure`),
    /// so their tables and views exist when its own are built and set up.
    func blueprint(for ordered: [any Sandbox], seed: UInt64) async throws -> InstanceBlueprint {
        let key = InstanceBlueprint.key(ordered.map(\.name), seed)
        if let existing = blueprints[key] { return try await existing.value }
        var catalogs: [(schema: String, uri: String)] = []
        var catalogBuilds: [Task<DatabaseQueue, any Error>] = []
        for sandbox in ordered {
            let (uri, build) = catalog(sandbox, seed: seed)
            catalogs.append((schema: "\(sandbox.name)_catalog", uri: uri))
            catalogBuilds.append(build)
        }
        let build = Task.detached { [catalogs] in
            for catalogBuild in catalogBuilds { _ = try await catalogBuild.value }
            return try Self.buildBlueprint(ordered, seed: seed, catalogs: catalogs)
        }
        blueprints[key] = build
        return try await build.value
    }

    private static func buildBlueprint(_ ordered: [any Sandbox], seed: UInt64, catalogs: [(schema: String, uri: String)]) throws -> InstanceBlueprint {
        var owners = TableOwners()
        var configuration = Configuration()
        configuration.label = "blueprint"
        let builder = try DatabaseQueue(configuration: configuration)
        let image = try builder.writeWithoutTransaction { db -> SQLiteImage in
            for (sandbox, catalog) in zip(ordered, catalogs) {
                try db.execute(sql: "ATTACH DATABASE ? AS \(catalog.schema)", arguments: [catalog.uri])
                try owners.claim(try TableOwners.tables(db, schema: catalog.schema), for: sandbox.name)
            }
            try db.inTransaction(.deferred) {
                for sandbox in ordered {
                    let before = try TableOwners.tables(db, schema: "main")
                    do {
                        try sandbox.buildInstanceState(db, seed: seed)
                    } catch {
                        // A sandbox creating a table another already made fails inside its own
                        // SQL; say which sandboxes clash rather than what SQLite says.
                        try owners.explain(error, building: sandbox.name)
                        throw error
                    }
                    try owners.claim(try TableOwners.tables(db, schema: "main").subtracting(before), for: sandbox.name)
                }
                return .commit
            }
            try db.execute(sql: "VACUUM main")
            return try SQLiteImage.serialize(db)
        }
        return InstanceBlueprint(
            sandboxNames: ordered.map(\.name), seed: seed, catalogs: catalogs, image: image,
            setupSQL: ordered.flatMap(\.connectionSetupSQL))
    }

    /// The catalog's URI and the task that builds it (or built it): the keeper connection
    /// the task returns holds the shared-cache database open for the process's lifetime.
    private func catalog(_ sandbox: any Sandbox, seed: UInt64) -> (uri: String, build: Task<DatabaseQueue, any Error>) {
        let name = "gauntlet-\(processTag)-\(sandbox.name)-v\(sandbox.dataVersion)-s\(seed)"
        let uri = "file:\(name)?mode=memory&cache=shared"
        if let build = keepers[name] { return (uri, build) }
        let build = Task.detached {
            var configuration = Configuration()
            configuration.label = "catalog-\(sandbox.name)"
            let keeper = try DatabaseQueue(path: uri, configuration: configuration)
            try keeper.write { db in
                try sandbox.buildCatalog(db, seed: seed)
            }
            return keeper
        }
        keepers[name] = build
        return (uri, build)
    }
}
