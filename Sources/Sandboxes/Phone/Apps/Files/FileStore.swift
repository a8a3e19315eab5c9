import GRDB

/// The Files app's table: `files`, one row per file or folder; a name is unique within its folder.
enum FileStore {
    static let schema = """
        CREATE TABLE files (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES files(id), name TEXT NOT NULL,
            is_folder INTEGER NOT NULL, size_bytes INTEGER NOT NULL, modified_at TEXT NOT NULL);
        CREATE UNIQUE INDEX files_name ON files(COALESCE(parent_id, 0), name COLLATE NOCASE);
        """

    static func insert(_ files: [FileEntry], into db: Database) throws {
        let file = try db.makeStatement(sql: "INSERT INTO files VALUES (?, ?, ?, ?, ?, ?)")
        for row in files {
            try file.execute(arguments: [row.id, row.parentID, row.name, row.isFolder, row.sizeBytes, row.modifiedAt])
        }
    }
}
