import GRDB

/// The Notes app's tables: `note_folders` and `notes`.
enum NoteStore {
    static let schema = """
        CREATE TABLE note_folders (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE);
        CREATE TABLE notes (id INTEGER PRIMARY KEY, folder_id INTEGER NOT NULL REFERENCES note_folders(id), title TEXT NOT NULL,
            body TEXT NOT NULL, pinned INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE INDEX notes_folder ON notes(folder_id);
        """

    static func insert(folders: [NoteFolder], notes: [Note], into db: Database) throws {
        let folder = try db.makeStatement(sql: "INSERT INTO note_folders VALUES (?, ?)")
        for row in folders { try folder.execute(arguments: [row.id, row.name]) }
        let note = try db.makeStatement(sql: "INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?, ?)")
        for row in notes {
            try note.execute(arguments: [row.id, row.folderID, row.title, row.body, row.pinned, row.createdAt, row.updatedAt])
        }
    }
}
