import GRDB

/// Everything needed to clone instances of one (sandboxes, seed) pair: the catalogs to
/// attach, the serialized initial state, and the per-connection setup.
public struct InstanceBlueprint: Sendable {
    public let sandboxNames: [String]
    public let seed: UInt64
    /// Shared catalogs: schema name and the SQLite URI of the shared in-memory database.
    let catalogs: [(schema: String, uri: String)]
    /// The pristine per-instance state.
    public let image: SQLiteImage
    let setupSQL: [String]

    public var key: String { Self.key(sandboxNames, seed) }

    static func key(_ names: [String], _ seed: UInt64) -> String {
        names.sorted().joined(separator: "+") + "#\(seed)"
    }

    /// Opens a new connection holding a private copy of `image` (the pristine one by default).
    func openConnection(image: SQLiteImage? = nil) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.label = "instance"
        let queue = try DatabaseQueue(configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try (image ?? self.image).deserialize(into: db)
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            for catalog in catalogs {
                try db.execute(sql: "ATTACH DATABASE ? AS \(catalog.schema)", arguments: [catalog.uri])
            }
            for statement in setupSQL {
                try db.execute(sql: statement)
            }
        }
        return queue
    }
}
