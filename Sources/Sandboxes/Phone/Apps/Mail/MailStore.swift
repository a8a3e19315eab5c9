import GRDB

/// The Mail app's tables: `mail_folders` and `mails` (docs/phone-apps.md lists the columns).
enum MailStore {
    static let schema = """
        CREATE TABLE mail_folders (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, position INTEGER NOT NULL,
            is_system INTEGER NOT NULL);
        CREATE TABLE mails (id INTEGER PRIMARY KEY, folder_id INTEGER NOT NULL REFERENCES mail_folders(id), from_name TEXT NOT NULL,
            from_email TEXT NOT NULL, to_emails TEXT NOT NULL, cc_emails TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL,
            sent_at TEXT NOT NULL, is_read INTEGER NOT NULL, is_starred INTEGER NOT NULL, attachment TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('personal', 'work', 'invoice', 'receipt', 'newsletter', 'notice')),
            amount_cents INTEGER, in_reply_to INTEGER REFERENCES mails(id));
        CREATE INDEX mails_folder ON mails(folder_id, sent_at);
        """

    static func insert(folders: [MailFolder], mails: [Mail], into db: Database) throws {
        let folder = try db.makeStatement(sql: "INSERT INTO mail_folders VALUES (?, ?, ?, ?)")
        for row in folders { try folder.execute(arguments: [row.id, row.name, row.position, row.isSystem]) }
        let mail = try db.makeStatement(sql: "INSERT INTO mails VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        for row in mails {
            try mail.execute(arguments: [row.id, row.folderID, row.fromName, row.fromEmail, row.to, row.cc, row.subject, row.body, row.sentAt,
                                         row.isRead, row.isStarred, row.attachment, row.kind.rawValue, row.amountCents, row.inReplyTo])
        }
    }
}
