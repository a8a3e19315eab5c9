import GRDB

/// Messages: SMS conversations (docs/phone.md, "Messages"): the thread list, a conversation
/// with a message box, a new-message screen that finds contacts as you type, and search.
struct MessagesApp: PhoneApp {
    let id = "messages"
    let label = "Messages"
    let home = ScreenRef("threads")
    let screens = ["threads", "thread", "new", "search"]

    let schema = [
        """
        CREATE TABLE messages_threads (
            id INTEGER PRIMARY KEY,
            address TEXT NOT NULL,
            contact_id INTEGER,
            archived INTEGER NOT NULL
        )
        """,
        """
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            thread_id INTEGER NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
            body TEXT NOT NULL,
            sent_at INTEGER NOT NULL,
            read INTEGER NOT NULL
        )
        """,
        "CREATE INDEX messages_by_thread ON messages (thread_id, sent_at)",
    ]

    func seed(_ db: Database, _ seed: AppSeed) throws {
        try MessagesSeed.seed(db, seed)
    }

    func screen(_ ref: ScreenRef, _ context: ScreenContext) throws -> Screen {
        switch ref.name {
        case "thread": return try thread(ref.int("id") ?? 0, context)
        case "new": return try compose(ref, context)
        case "search": return try search(context)
        default: return try threads(context)
        }
    }

    func perform(_ command: Command, _ context: CommandContext) throws -> [Effect] {
        let db = context.db
        switch command.name {
        case "open":
            try db.execute(sql: "UPDATE messages SET read = 1 WHERE thread_id = ? AND read = 0", arguments: [command.int("id")])
            try db.execute(sql: "DELETE FROM phone_notifications WHERE app = 'messages' AND screen = ?",
                           arguments: [ScreenRef("thread", id: command.int("id") ?? 0).description])
            return [.push(ScreenRef("thread", id: command.int("id") ?? 0))]
        case "send":
            let body = context.field("message")
            guard !body.isEmpty else { return [.toast("Type a message first")] }
            try db.execute(sql: "INSERT INTO messages (thread_id, direction, body, sent_at, read) VALUES (?, 'out', ?, ?, 1)",
                           arguments: [command.int("id"), body, context.clock.now])
            return [.clearFields]
        case "send_new":
            let to = context.field("to"), body = context.field("message")
            guard let recipient = try Self.recipient(to, db) else { return [.toast("Enter a contact's name or a phone number")] }
            let (address, contact) = recipient
            guard !body.isEmpty else { return [.toast("Type a message first")] }
            var thread = try Int.fetchOne(db, sql: "SELECT id FROM messages_threads WHERE address = ? ORDER BY id LIMIT 1", arguments: [address])
            if thread == nil {
                try db.execute(sql: "INSERT INTO messages_threads (address, contact_id, archived) VALUES (?, ?, 0)", arguments: [address, contact])
                thread = Int(db.lastInsertedRowID)
            }
            try db.execute(sql: "UPDATE messages_threads SET archived = 0 WHERE id = ?", arguments: [thread])
            try db.execute(sql: "INSERT INTO messages (thread_id, direction, body, sent_at, read) VALUES (?, 'out', ?, ?, 1)",
                           arguments: [thread, body, context.clock.now])
            return [.replace(ScreenRef("thread", id: thread!))]
        case "delete_thread":
            try db.execute(sql: "DELETE FROM messages WHERE thread_id = ?", arguments: [command.int("id")])
            try db.execute(sql: "DELETE FROM messages_threads WHERE id = ?", arguments: [command.int("id")])
            return [.backToHome, .toast("Conversation deleted")]
        case "archive":
            try db.execute(sql: "UPDATE messages_threads SET archived = 1 WHERE id = ?", arguments: [command.int("id")])
            return [.backToHome, .toast("Conversation archived")]
        case "delete_message":
            try db.execute(sql: "DELETE FROM messages WHERE id = ?", arguments: [command.int("id")])
            return [.toast("Message deleted")]
        default: return [.toast("Messages cannot \(command.name)")]
        }
    }

    /// A contact's full name (any case) or a phone number (digits, spaces, + and -).
    static func recipient(_ text: String, _ db: Database) throws -> (String, Int?)? {
        guard !text.isEmpty else { return nil }
        if let row = try Row.fetchOne(db, sql: """
            SELECT id, phone FROM contacts WHERE lower(first_name || ' ' || last_name) = lower(?) OR phone = ? ORDER BY id LIMIT 1
            """, arguments: [text, text]) {
            return (row["phone"], row["id"])
        }
        let allowed = Set("0123456789+- ()")
        guard text.allSatisfy(allowed.contains), text.filter(\.isNumber).count >= 3 else { return nil }
        return (text, nil)
    }

    // MARK: Screens

    private static let name = "COALESCE(c.first_name || ' ' || c.last_name, t.address)"

    private func threads(_ context: ScreenContext) throws -> Screen {
        let rows = try Row.fetchAll(context.db, sql: """
            SELECT t.id, \(Self.name) AS name, m.body, m.sent_at,
                   (SELECT COUNT(*) FROM messages u WHERE u.thread_id = t.id AND u.read = 0) AS unread
            FROM messages_threads t LEFT JOIN contacts c ON c.id = t.contact_id
            JOIN messages m ON m.id = (SELECT id FROM messages WHERE thread_id = t.id ORDER BY sent_at DESC, id DESC LIMIT 1)
            WHERE t.archived = 0
            ORDER BY m.sent_at DESC, t.id DESC
            """)
        let body: [Widget] = rows.map { row in
            let id: Int = row["id"]
            let unread: Int = row["unread"]
            let delete = Dialog.confirm("Delete this conversation?", confirm: "Delete", Command("delete_thread", id: id))
            return .row(ListRow("conversation", title: row["name"], subtitle: row["body"], detail: context.clock.short(row["sent_at"]),
                                tap: .run(Command("open", id: id)),
                                longPress: .menu([MenuItem("Archive", .run(Command("archive", id: id))), MenuItem("Delete", .dialog(delete))]),
                                selected: unread > 0))
        }
        return Screen(
            title: "Messages",
            actions: [.icon("Search messages", id: "search", tap: .push(ScreenRef("search")))],
            body: body.isEmpty ? [.text("No conversations", id: "empty")] : body,
            fab: .icon("Start chat", id: "start_chat", tap: .push(ScreenRef("new"))))
    }

    private func thread(_ id: Int, _ context: ScreenContext) throws -> Screen {
        guard let thread = try Row.fetchOne(context.db, sql: """
            SELECT t.address, \(Self.name) AS name FROM messages_threads t LEFT JOIN contacts c ON c.id = t.contact_id WHERE t.id = ?
            """, arguments: [id]) else {
            return Screen(title: "Messages", body: [.text("This conversation no longer exists.", id: "empty")])
        }
        let messages = try Row.fetchAll(context.db, sql: "SELECT id, direction, body, sent_at FROM messages WHERE thread_id = ? ORDER BY sent_at, id",
                                        arguments: [id])
        let body: [Widget] = messages.map { row in
            let mine = (row["direction"] as String) == "out"
            let sent: Int = row["sent_at"]
            let delete = Dialog.confirm("Delete this message?", confirm: "Delete", Command("delete_message", id: row["id"]))
            return .row(ListRow(mine ? "message_out" : "message_in", title: row["body"],
                                subtitle: "\(mine ? "Sent" : "Received") \(PhoneClock.date(sent)) \(PhoneClock.time(sent))",
                                longPress: .menu([MenuItem("Delete", .dialog(delete))])))
        }
        let address: String = thread["address"]
        let delete = Dialog.confirm("Delete this conversation?", confirm: "Delete", Command("delete_thread", id: id))
        return Screen(
            title: thread["name"],
            actions: [
                .icon("Call", id: "call", tap: .open(app: "dialer", screen: ScreenRef("keypad", ["number": address]))),
                .icon("More options", id: "more", tap: .menu([MenuItem("Archive", .run(Command("archive", id: id))), MenuItem("Delete", .dialog(delete))])),
            ],
            body: body,
            footer: [.hstack([
                .field(Field("message", hint: "Text message", value: context.value("message"), kind: .multiline)),
                .button("Send", id: "send", tap: .run(Command("send", id: id))),
            ])],
            bodyID: "messages", startsAtEnd: true)
    }

    private func compose(_ ref: ScreenRef, _ context: ScreenContext) throws -> Screen {
        let to = context.value("to", ref["to"] ?? "")
        var body: [Widget] = []
        if !to.isEmpty {
            let pattern = "%" + to + "%"
            let rows = try Row.fetchAll(context.db, sql: """
                SELECT first_name || ' ' || last_name AS name, phone FROM contacts
                WHERE first_name || ' ' || last_name LIKE ? OR phone LIKE ? ORDER BY name, id LIMIT 20
                """, arguments: [pattern, pattern])
            body = rows.map { .row(ListRow("suggestion", title: $0["name"], subtitle: $0["phone"], tap: .set(field: "to", value: $0["name"]))) }
        }
        return Screen(
            title: "New conversation",
            header: [.field(Field("to", hint: "To", value: to, kind: .text))],
            body: body,
            footer: [.hstack([
                .field(Field("message", hint: "Text message", value: context.value("message"), kind: .multiline)),
                .button("Send", id: "send", tap: .run(Command("send_new"))),
            ])])
    }

    private func search(_ context: ScreenContext) throws -> Screen {
        let query = context.value("query")
        var body: [Widget] = []
        if !query.isEmpty {
            let rows = try Row.fetchAll(context.db, sql: """
                SELECT m.thread_id, m.body, m.sent_at, \(Self.name) AS name
                FROM messages m JOIN messages_threads t ON t.id = m.thread_id LEFT JOIN contacts c ON c.id = t.contact_id
                WHERE m.body LIKE ? OR \(Self.name) LIKE ? ORDER BY m.sent_at DESC, m.id DESC
                """, arguments: ["%" + query + "%", "%" + query + "%"])
            body = rows.isEmpty
                ? [.text("No messages match \u{201C}\(query)\u{201D}.", id: "empty")]
                : rows.map { row -> Widget in .row(ListRow("result", title: row["body"], subtitle: "\(row["name"] as String) · \(context.clock.short(row["sent_at"]))",
                                          tap: .run(Command("open", id: row["thread_id"])))) }
        }
        return Screen(title: "Search", header: [.field(Field("query", hint: "Search messages", value: query))], body: body)
    }
}
