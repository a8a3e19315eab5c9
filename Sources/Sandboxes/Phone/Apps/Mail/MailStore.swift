import GRDB

/// The Mail app's tables, `mail_folders` and `mail_messages` (docs/phone-apps.md lists the columns).
enum MailStore {
    static let schema = [
        """
        CREATE TABLE mail_folders (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, position INTEGER NOT NULL,
            is_system INTEGER NOT NULL)
        """,
        """
        CREATE TABLE mail_messages (id INTEGER PRIMARY KEY, folder_id INTEGER NOT NULL REFERENCES mail_folders(id), from_name TEXT NOT NULL,
            from_email TEXT NOT NULL, to_emails TEXT NOT NULL, cc_emails TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL,
            sent_at INTEGER NOT NULL, is_read INTEGER NOT NULL, is_starred INTEGER NOT NULL, attachment TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('personal', 'work', 'invoice', 'receipt', 'newsletter', 'notice')),
            amount_cents INTEGER, in_reply_to INTEGER)
        """,
        "CREATE INDEX mail_messages_folder ON mail_messages(folder_id, sent_at)",
    ]

    static let columns = "id, folder_id, from_name, from_email, to_emails, cc_emails, subject, body, sent_at, is_read, is_starred, attachment, kind, amount_cents, in_reply_to"

    static func insert(folders: [MailFolder], mails: [Mail], into db: Database) throws {
        let folder = try db.makeStatement(sql: "INSERT INTO mail_folders (id, name, position, is_system) VALUES (?, ?, ?, ?)")
        for row in folders { try folder.execute(arguments: [row.id, row.name, row.position, row.isSystem]) }
        let mail = try db.makeStatement(sql: "INSERT INTO mail_messages (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        for row in mails { try mail.execute(arguments: StatementArguments(values(row))) }
    }

    /// A new mail's row (its id from SQLite).
    static func add(_ row: Mail, into db: Database) throws -> Int {
        try db.execute(sql: "INSERT INTO mail_messages (\(columns.dropFirst(4))) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       arguments: StatementArguments(Array(values(row).dropFirst())))
        return Int(db.lastInsertedRowID)
    }

    static func mail(_ id: Int?, _ db: Database) throws -> Mail? {
        guard let id else { return nil }
        return try Row.fetchOne(db, sql: "SELECT \(columns) FROM mail_messages WHERE id = ?", arguments: [id]).map(mail)
    }

    static func mail(_ row: Row) -> Mail {
        Mail(id: row["id"], folderID: row["folder_id"], fromName: row["from_name"], fromEmail: row["from_email"], to: row["to_emails"],
             cc: row["cc_emails"], subject: row["subject"], body: row["body"], sentAt: row["sent_at"], isRead: row["is_read"],
             isStarred: row["is_starred"], attachment: row["attachment"], kind: Mail.Kind(rawValue: row["kind"]) ?? .personal,
             amountCents: row["amount_cents"], inReplyTo: row["in_reply_to"])
    }

    static func folders(_ db: Database) throws -> [MailFolder] {
        try Row.fetchAll(db, sql: "SELECT id, name, position, is_system FROM mail_folders ORDER BY position, id").map {
            MailFolder(id: $0["id"], name: $0["name"], position: $0["position"], isSystem: $0["is_system"])
        }
    }

    private static func values(_ row: Mail) -> [(any DatabaseValueConvertible)?] {
        [row.id, row.folderID, row.fromName, row.fromEmail, row.to, row.cc, row.subject, row.body, row.sentAt,
         row.isRead, row.isStarred, row.attachment, row.kind.rawValue, row.amountCents, row.inReplyTo]
    }
}
