import GRDB

/// The Notes app's tables, `notes_folders` and `notes`.
enum NoteStore {
    static let schema = [
        "CREATE TABLE notes_folders (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE)",
        """
        CREATE TABLE notes (id INTEGER PRIMARY KEY, folder_id INTEGER NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,
            pinned INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)
        """,
        "CREATE INDEX notes_folder ON notes(folder_id)",
    ]

    static let columns = "id, folder_id, title, body, pinned, created_at, updated_at"

    static func insert(folders: [NoteFolder], notes: [Note], into db: Database) throws {
        let folder = try db.makeStatement(sql: "INSERT INTO notes_folders (id, name) VALUES (?, ?)")
        for row in folders { try folder.execute(arguments: [row.id, row.name]) }
        let note = try db.makeStatement(sql: "INSERT INTO notes (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for row in notes {
            try note.execute(arguments: [row.id, row.folderID, row.title, row.body, row.pinned, row.createdAt, row.updatedAt])
        }
    }

    static func note(_ id: Int?, _ db: Database) throws -> Note? {
        guard let id else { return nil }
        return try Row.fetchOne(db, sql: "SELECT \(columns) FROM notes WHERE id = ?", arguments: [id]).map(note)
    }

    static func note(_ row: Row) -> Note {
        Note(id: row["id"], folderID: row["folder_id"], title: row["title"], body: row["body"], pinned: row["pinned"],
             createdAt: row["created_at"], updatedAt: row["updated_at"])
    }

    static func folders(_ db: Database) throws -> [NoteFolder] {
        try Row.fetchAll(db, sql: "SELECT id, name FROM notes_folders ORDER BY name COLLATE NOCASE, id").map { NoteFolder(id: $0["id"], name: $0["name"]) }
    }
}
