import GRDB

/// A locally served application with SQLite state, hosted by `SandboxHost`.
///
/// A sandbox's data lives in two SQLite databases per instance connection:
/// - the **catalog**: read-only data built once per seed into a file, shared by every
///   instance and attached to each instance connection as `<name>_catalog`;
/// - the **instance state**: the `main` schema, a small per-instance database cloned from a
///   serialized image built once per seed. Everything a request can change lives here.
///
/// SQL in handlers uses unqualified table names: SQLite resolves them in `temp`, then `main`,
/// then attached schemas, so a sandbox can move a table between the two without touching queries.
public protocol Sandbox: Sendable {
    /// Lowercase name, used as the subdomain (`shop.localhost`) and path prefix (`/shop/`).
    var name: String { get }
    /// Human title for index pages and `gauntlet serve`.
    var title: String { get }
    /// Bump when generated data or schema changes, so stale cached catalogs are never reused.
    var dataVersion: Int { get }
    /// Fills a fresh database with the read-only data for `seed`.
    func buildCatalog(_ db: Database, seed: UInt64) throws
    /// Creates the mutable tables in `main` and fills their seeded rows; the catalog is attached.
    func buildInstanceState(_ db: Database, seed: UInt64) throws
    /// Statements run on every instance connection after attaching catalogs (TEMP views that
    /// join catalog and instance tables, for example).
    var connectionSetupSQL: [String] { get }
    /// Tables of per-visitor sessions and logs, which any episode may change (signing in,
    /// a game's moves): collateral checks allow them, and nothing else unless a task says so.
    var sessionTables: [String] { get }
    /// Sandboxes whose tables this one works on (an admin over a shop's data). Every instance
    /// of this sandbox also holds theirs, built and set up before its own, and a host serving
    /// it must serve them too.
    var buildsOn: [String] { get }
    /// Answers one request against one instance.
    func handle(_ request: SandboxRequest, context: SandboxContext) async throws -> SandboxResponse
}

extension Sandbox {
    public var buildsOn: [String] { [] }
}

/// Orders sandboxes so that each comes after those it builds on, and adds those missing.
public enum SandboxDependencies {
    /// `names` and everything they build on, transitively, each after what it builds on
    /// (ties by name); `available` resolves a name, nil for one that does not exist.
    public static func closure(_ names: [String], available: (String) -> (any Sandbox)?) throws -> [any Sandbox] {
        var ordered: [any Sandbox] = []
        var visiting: Set<String> = []
        func visit(_ name: String) throws {
            guard !ordered.contains(where: { $0.name == name }) else { return }
            guard let sandbox = available(name) else { throw SandboxError.unknownSandbox(name) }
            guard visiting.insert(name).inserted else { throw SandboxError.server("sandbox '\(name)' builds on itself") }
            for base in sandbox.buildsOn.sorted() { try visit(base) }
            ordered.append(sandbox)
        }
        for name in Set(names).sorted() { try visit(name) }
        return ordered
    }
}

/// What a handler gets besides the request: its instance's database and helpers.
public struct SandboxContext: Sendable {
    /// The instance's connection (main = instance state, `<name>_catalog` = shared catalog).
    public let db: DatabaseQueue
    /// "" when the request came by subdomain, "/shop" when by path prefix. Prefix every link
    /// and redirect with it.
    public let basePath: String
    /// The request's `Host` (`forum.localhost:8123`, `127.0.0.1:8123`), which says where the
    /// other sandboxes are served.
    public let authority: String
    public let templates: TemplateSet
    /// The instance's request sequence number for this request (1, 2, …): a deterministic clock tick.
    public let sequence: Int
    public let seed: UInt64
    public let instanceID: String
    let instance: SandboxInstance

    init(db: DatabaseQueue, basePath: String, authority: String, templates: TemplateSet, sequence: Int, seed: UInt64, instanceID: String, instance: SandboxInstance) {
        self.db = db
        self.basePath = basePath
        self.authority = authority
        self.templates = templates
        self.sequence = sequence
        self.seed = seed
        self.instanceID = instanceID
        self.instance = instance
    }

    /// A deterministic opaque token (session ids), unique within the instance.
    public func makeToken() async -> String {
        await instance.nextToken()
    }

    /// Runs `body` in one DEFERRED transaction on the instance (committed unless it throws).
    ///
    /// Use this rather than `db.write`: GRDB's default IMMEDIATE transaction also takes the
    /// write lock of every attached shared-cache catalog, which would serialize all instances.
    public func transaction<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await db.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.deferred) {
                result = try body(db)
                return .commit
            }
            guard let result else { throw SandboxError.sqlite("transaction produced no result") }
            return result
        }
    }

    /// `path` prefixed with the base path.
    public func url(_ path: String) -> String {
        basePath + path
    }

    /// A link to another sandbox in its canonical form, `http://shop.localhost/product/x` (as
    /// generated data stores it, with no port), as this request can follow it: on the same
    /// port by subdomain (`http://shop.localhost:8123/product/x`), or by path prefix
    /// (`/shop/product/x`) when the request came that way. Other URLs are returned as they are.
    public func siteLink(_ url: String) -> String {
        guard url.hasPrefix("http://") else { return url }
        let rest = url.dropFirst("http://".count)
        let host = rest.prefix { $0 != "/" }
        guard host.hasSuffix(".localhost"), !host.contains(":") else { return url }
        let name = host.dropLast(".localhost".count)
        let path = rest.dropFirst(host.count)
        if !basePath.isEmpty { return "/\(name)\(path.isEmpty ? "/" : path)" }
        let port = authority.firstIndex(of: ":").map { authority[$0...] } ?? ""
        return "http://\(host)\(port)\(path)"
    }
}
