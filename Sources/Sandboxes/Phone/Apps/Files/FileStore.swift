import GRDB

/// The Files app's table, `files`: one row per file or folder; a name is unique within its folder.
enum FileStore {
    static let schema = [
        """
        CREATE TABLE files (id INTEGER PRIMARY KEY, parent_id INTEGER, name TEXT NOT NULL, is_folder INTEGER NOT NULL,
            size_bytes INTEGER NOT NULL, modified_at INTEGER NOT NULL)
        """,
        "CREATE UNIQUE INDEX files_name ON files(COALESCE(parent_id, 0), name COLLATE NOCASE)",
    ]

    static let columns = "id, parent_id, name, is_folder, size_bytes, modified_at"

    static func insert(_ files: [FileEntry], into db: Database) throws {
        let file = try db.makeStatement(sql: "INSERT INTO files (\(columns)) VALUES (?, ?, ?, ?, ?, ?)")
        for row in files {
            try file.execute(arguments: [row.id, row.parentID, row.name, row.isFolder, row.sizeBytes, row.modifiedAt])
        }
    }

    static func entry(_ id: Int?, _ db: Database) throws -> FileEntry? {
        guard let id else { return nil }
        return try Row.fetchOne(db, sql: "SELECT \(columns) FROM files WHERE id = ?", arguments: [id]).map(entry)
    }

    static func entry(_ row: Row) -> FileEntry {
        FileEntry(id: row["id"], parentID: row["parent_id"], name: row["name"], isFolder: row["is_folder"], sizeBytes: row["size_bytes"],
                  modifiedAt: row["modified_at"])
    }

    /// A folder's contents (the top level for nil): folders first, then by name.
    static func children(of parent: Int?, _ db: Database) throws -> [FileEntry] {
        try Row.fetchAll(db, sql: "SELECT \(columns) FROM files WHERE parent_id IS ? ORDER BY is_folder DESC, name COLLATE NOCASE, id",
                         arguments: [parent]).map(entry)
    }

    /// "/Documents/Taxes" for a folder or file id; "/" for nil.
    static func path(_ id: Int?, _ db: Database) throws -> String {
        guard let id else { return "/" }
        let names = try String.fetchAll(db, sql: """
            WITH RECURSIVE up(id, parent_id, name, depth) AS (
                SELECT id, parent_id, name, 0 FROM files WHERE id = ?
                UNION ALL SELECT f.id, f.parent_id, f.name, up.depth + 1 FROM files f JOIN up ON f.id = up.parent_id)
            SELECT name FROM up ORDER BY depth DESC
            """, arguments: [id])
        return "/" + names.joined(separator: "/")
    }

    /// The ids of a folder and everything under it.
    static func subtree(_ id: Int, _ db: Database) throws -> [Int] {
        try Int.fetchAll(db, sql: """
            WITH RECURSIVE down(id) AS (SELECT ? UNION ALL SELECT f.id FROM files f JOIN down ON f.parent_id = down.id)
            SELECT id FROM down ORDER BY id
            """, arguments: [id])
    }

    /// Whether `name` is taken in `parent` by another entry than `except`.
    static func isTaken(_ name: String, in parent: Int?, except: Int?, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM files WHERE parent_id IS ? AND name = ? COLLATE NOCASE AND id IS NOT ?",
                          arguments: [parent, name, except]) == true
    }
}
