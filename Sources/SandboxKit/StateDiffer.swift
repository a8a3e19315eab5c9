import GRDB

/// Compares the `main` schema of a connection with a pristine image, by primary key.
enum StateDiffer {
    static func diff(_ db: Database, pristine: SQLiteImage) throws -> StateDiff {
        try db.execute(sql: "ATTACH DATABASE ':memory:' AS pristine")
        defer { try? db.execute(sql: "DETACH DATABASE pristine") }
        try pristine.deserialize(into: db, schema: "pristine")
        let tables = try String.fetchAll(db, sql: "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        let pristineTables = Set(try String.fetchAll(db, sql: "SELECT name FROM pristine.sqlite_master WHERE type = 'table'"))
        var result: [StateDiff.Table] = []
        for table in tables {
            let quoted = "\"\(table)\""
            var keys = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", arguments: [table])
            if keys.isEmpty { keys = ["rowid"] }
            let key = keys.map { "CAST(\"\($0)\" AS TEXT)" }.joined(separator: " || '|' || ")
            let added: [String], removed: [String], changed: [String]
            if pristineTables.contains(table) {
                added = try String.fetchAll(db, sql: "SELECT \(key) FROM main.\(quoted) EXCEPT SELECT \(key) FROM pristine.\(quoted) ORDER BY 1")
                removed = try String.fetchAll(db, sql: "SELECT \(key) FROM pristine.\(quoted) EXCEPT SELECT \(key) FROM main.\(quoted) ORDER BY 1")
                changed = try String.fetchAll(db, sql: """
                    SELECT \(key) FROM (SELECT * FROM main.\(quoted) EXCEPT SELECT * FROM pristine.\(quoted))
                    INTERSECT SELECT \(key) FROM pristine.\(quoted) ORDER BY 1
                    """)
            } else {
                added = try String.fetchAll(db, sql: "SELECT \(key) FROM main.\(quoted) ORDER BY 1")
                removed = []
                changed = []
            }
            if !(added.isEmpty && removed.isEmpty && changed.isEmpty) {
                result.append(StateDiff.Table(name: table, added: added, removed: removed, changed: changed))
            }
        }
        return StateDiff(tables: result)
    }
}
