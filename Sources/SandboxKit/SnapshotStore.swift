import Foundation
import GRDB

/// Builds, once per process, each sandbox's shared catalog and each (sandboxes, seed)
/// blueprint. Catalogs are shared-cache in-memory SQLite databases kept alive by a keeper
/// connection; instance connections attach them.
actor SnapshotStore {
    static let shared = SnapshotStore()

    private var keepers: [String: DatabaseQueue] = [:]
    private var blueprints: [String: InstanceBlueprint] = [:]
    /// A per-process prefix, so two processes never name the same shared-cache database.
    private let processTag = "\(ProcessInfo.processInfo.processIdentifier)"

    /// `ordered` lists each sandbox after those it builds on (`SandboxDependencies.closure`),
    /// so their tables and views exist when its own are built and set up.
    func blueprint(for ordered: [any Sandbox], seed: UInt64) throws -> InstanceBlueprint {
        let key = InstanceBlueprint.key(ordered.map(\.name), seed)
        if let existing = blueprints[key] { return existing }

        var catalogs: [(schema: String, uri: String)] = []
        for sandbox in ordered {
            catalogs.append((schema: "\(sandbox.name)_catalog", uri: try catalogURI(sandbox, seed: seed)))
        }
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
        let blueprint = InstanceBlueprint(
            sandboxNames: ordered.map(\.name), seed: seed, catalogs: catalogs, image: image,
            setupSQL: ordered.flatMap(\.connectionSetupSQL))
        blueprints[key] = blueprint
        return blueprint
    }

    private func catalogURI(_ sandbox: any Sandbox, seed: UInt64) throws -> String {
        let name = "gauntlet-\(processTag)-\(sandbox.name)-v\(sandbox.dataVersion)-s\(seed)"
        let uri = "file:\(name)?mode=memory&cache=shared"
        if keepers[name] != nil { return uri }
        var configuration = Configuration()
        configuration.label = "catalog-\(sandbox.name)"
        let keeper = try DatabaseQueue(path: uri, configuration: configuration)
        try keeper.write { db in
            try sandbox.buildCatalog(db, seed: seed)
        }
        keepers[name] = keeper
        return uri
    }
}
