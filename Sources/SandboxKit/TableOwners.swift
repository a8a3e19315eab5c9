import GRDB

/// Which hosted sandbox made each table of an instance. Two sandboxes in one instance must not
/// name the same table: SQLite resolves an unqualified name to the first schema holding it, so
/// one sandbox would silently read the other's rows (or fail creating its own).
struct TableOwners {
    private var owners: [String: String] = [:]

    /// The tables and views of `schema`, lower-cased as SQLite compares them; SQLite's own
    /// (`sqlite_stat1` from ANALYZE, `sqlite_sequence`) belong to no sandbox.
    static func tables(_ db: Database, schema: String) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: """
            SELECT lower(name) FROM \(schema).sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
            """))
    }

    /// Records `tables` as `sandbox`'s, or throws naming the sandbox that already has one of them.
    mutating func claim(_ tables: Set<String>, for sandbox: String) throws {
        for table in tables.sorted() {
            if let owner = owners[table], owner != sandbox {
                throw SandboxError.tableClash(table: table, first: owner, second: sandbox)
            }
            owners[table] = sandbox
        }
    }

    /// Throws the clash behind SQLite's "table … already exists" from `sandbox`'s setup, if any.
    func explain(_ error: any Error, building sandbox: String) throws {
        guard let message = (error as? DatabaseError)?.message else { return }
        for (table, owner) in owners.sorted(by: { $0.key < $1.key }) where owner != sandbox && message.lowercased().contains("\(table) already exists") {
            throw SandboxError.tableClash(table: table, first: owner, second: sandbox)
        }
    }
}
