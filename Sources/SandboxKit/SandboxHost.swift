import Foundation
import GRDB
import Vocabulary

/// Hosts sandboxes and their instances behind one HTTP server; the harness's API.
///
/// Routing (see docs/sandboxes.md): `Host: shop.localhost:PORT` selects the shop (the
/// canonical origin); on `localhost`/`127.0.0.1` a path prefix `/shop/` does too. The
/// header `X-Gauntlet-Instance` names the instance; without it a request reaches the
/// default instance (all hosted sandboxes, the default seed).
public actor SandboxHost {
    public static let instanceHeader = "X-Gauntlet-Instance"
    public static let defaultInstanceID = "default"

    public nonisolated let sandboxes: [any Sandbox]
    public nonisolated let defaultSeed: UInt64
    public nonisolated let home: String
    nonisolated let templates: [String: TemplateSet]
    private let poolSize: Int
    private var pools: [String: InstancePool] = [:]
    private var instances: [String: SandboxInstance] = [:]
    private var counter = 0
    private var server: HTTPServer?
    private let onRequest: (@Sendable (String, RequestRecord) -> Void)?

    /// - Parameters:
    ///   - home: the `sandboxes/` directory; located with `SandboxHome.locate()` when nil.
    ///   - poolSize: prepared instances kept ready per (sandboxes, seed).
    ///   - onRequest: called after every logged request (for `gauntlet serve`).
    public init(
        sandboxes: [any Sandbox], home: String? = nil, defaultSeed: UInt64 = 1, poolSize: Int,
        onRequest: (@Sendable (String, RequestRecord) -> Void)? = nil
    ) async throws {
        let ordered = sandboxes.sorted { $0.name < $1.name }
        let homeDirectory = try home ?? SandboxHome.locate()
        var loaded: [String: TemplateSet] = [:]
        for sandbox in ordered {
            loaded[sandbox.name] = try await TemplateSet(directory: "\(homeDirectory)/\(sandbox.name)/templates")
        }
        self.sandboxes = ordered
        self.defaultSeed = defaultSeed
        self.home = homeDirectory
        self.templates = loaded
        self.poolSize = poolSize
        self.onRequest = onRequest
    }

    // MARK: Server

    /// Starts serving on `host:port` (port 0 picks a free one) and returns the bound port.
    /// Creates the default instance first.
    public func start(host: String = "127.0.0.1", port: Int = 0) async throws -> Int {
        if instances[Self.defaultInstanceID] == nil {
            let queue = try await pool(for: sandboxes.map(\.name), seed: defaultSeed).take()
            let blueprint = try await pool(for: sandboxes.map(\.name), seed: defaultSeed).blueprint
            instances[Self.defaultInstanceID] = SandboxInstance(id: Self.defaultInstanceID, blueprint: blueprint, db: queue)
        }
        let server = HTTPServer(host: self)
        let bound = try await server.start(host: host, port: port)
        self.server = server
        return bound
    }

    public func stop() async {
        await server?.stop()
        server = nil
    }

    // MARK: Instances

    /// Builds the blueprint for (sandboxes, seed) and fills its pool, so that the next
    /// `makeInstance` for it is instant.
    public func prepare(sandboxes names: [String], seed: UInt64) async throws {
        try await pool(for: names, seed: seed).fill()
    }

    /// A fresh instance of `names` from pristine seeded state; returns its id (the header value).
    public func makeInstance(sandboxes names: [String], seed: UInt64) async throws -> String {
        let pool = try await pool(for: names, seed: seed)
        let queue = try await pool.take()
        counter += 1
        let id = "i\(counter)"
        instances[id] = SandboxInstance(id: id, blueprint: pool.blueprint, db: queue)
        return id
    }

    /// An instance whose state is a previously exported image (for re-scoring offline).
    public func importInstance(_ image: SQLiteImage, sandboxes names: [String], seed: UInt64) async throws -> String {
        let blueprint = try await pool(for: names, seed: seed).blueprint
        let queue = try blueprint.openConnection(image: image)
        counter += 1
        let id = "i\(counter)"
        instances[id] = SandboxInstance(id: id, blueprint: blueprint, db: queue)
        return id
    }

    /// A new instance that is a copy of a live one: its state, request log and counters
    /// (fork and restore for tree search). Returns the copy's id.
    public func forkInstance(_ id: String) async throws -> String {
        let source = try instance(id)
        let image = try await source.db.writeWithoutTransaction { db in try SQLiteImage.serialize(db) }
        let queue = try source.blueprint.openConnection(image: image)
        counter += 1
        let copyID = "i\(counter)"
        instances[copyID] = await source.copy(id: copyID, db: queue)
        return copyID
    }

    /// Forgets an instance; its memory goes when in-flight requests finish.
    public func dropInstance(_ id: String) {
        guard id != Self.defaultInstanceID else { return }
        instances[id] = nil
    }

    public var liveInstanceCount: Int { instances.count }

    public func instance(_ id: String) throws -> SandboxInstance {
        guard let instance = instances[id] else { throw SandboxError.unknownInstance(id) }
        return instance
    }

    func instanceIfPresent(_ id: String) -> SandboxInstance? {
        instances[id]
    }

    public func requestLog(_ id: String) async throws -> [RequestRecord] {
        try await instance(id).requestLog()
    }

    /// Runs a read-only query against an instance's state (catalog tables included).
    public func query(_ id: String, _ sql: String, arguments: [SQLValue] = []) async throws -> QueryResult {
        let db = try instance(id).db
        return try await db.read { db in
            let statement = try db.makeStatement(sql: sql)
            let rows = try Row.fetchAll(statement, arguments: StatementArguments(arguments.map(\.databaseValue)))
            return QueryResult(columns: statement.columnNames, rows: rows.map { $0.databaseValues.map(SQLValue.init) })
        }
    }

    /// Why `sql` does not compile against an instance's schema (no such table or column,
    /// a syntax error), or nil. Only prepared, never run, so a mutation changes nothing.
    public func sqlProblem(_ id: String, _ sql: String) async throws -> String? {
        let db = try instance(id).db
        return try await db.read { db in
            do {
                _ = try db.makeStatement(sql: sql)
                return nil
            } catch let error as DatabaseError {
                return error.message ?? error.description
            }
        }
    }

    /// The instance's mutable state as bytes (the catalog is regenerated from the seed).
    public func exportState(_ id: String) async throws -> SQLiteImage {
        let db = try instance(id).db
        return try await db.writeWithoutTransaction { db in try SQLiteImage.serialize(db) }
    }

    private func pool(for names: [String], seed: UInt64) async throws -> InstancePool {
        // An instance of a sandbox also holds those it builds on.
        let selected = try SandboxDependencies.closure(names) { name in sandboxes.first { $0.name == name } }
        let key = InstanceBlueprint.key(selected.map(\.name), seed)
        if let pool = pools[key] { return pool }
        let blueprint = try await SnapshotStore.shared.blueprint(for: selected, seed: seed)
        if let pool = pools[key] { return pool }  // built meanwhile by another caller
        let pool = InstancePool(blueprint: blueprint, target: poolSize)
        pools[key] = pool
        return pool
    }

    /// Serves one request without a socket: the same routing, handler and request log as a
    /// request over HTTP (for worlds the harness plays in this process). No cookies.
    public nonisolated func respond(method: String, authority: String, path: String, rawQuery: String, instanceID: String,
                                    body: String) async -> SandboxResponse {
        await RequestDispatcher(host: self).dispatch(
            method: method, authority: authority, path: path, rawQuery: rawQuery, instanceID: instanceID, cookieHeader: nil, body: body)
    }

    nonisolated func sandbox(named name: String) -> (any Sandbox)? {
        sandboxes.first { $0.name == name }
    }

    nonisolated func report(_ instanceID: String, _ entry: RequestRecord) {
        onRequest?(instanceID, entry)
    }
}
