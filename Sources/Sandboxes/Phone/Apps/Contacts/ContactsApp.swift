import GRDB

/// Contacts: the address book (docs/phone.md, "Contacts"). The worked example of an app:
/// a list with sections, a detail screen with a menu and a confirm dialog, one form for
/// new and edited contacts, and a search screen.
struct ContactsApp: PhoneApp {
    let id = "contacts"
    let label = "Contacts"
    let home = ScreenRef("list")
    let screens = ["list", "detail", "edit", "search"]

    let schema = [
        """
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            phone TEXT NOT NULL,
            email TEXT NOT NULL,
            company TEXT NOT NULL,
            address TEXT NOT NULL,
            birthday TEXT NOT NULL,
            starred INTEGER NOT NULL,
            created_at INTEGER NOT NULL
        )
        """,
    ]

    func seed(_ db: Database, _ seed: AppSeed) throws {
        try ContactsSeed.seed(db, seed)
    }

    func screen(_ ref: ScreenRef, _ context: ScreenContext) throws -> Screen {
        switch ref.name {
        case "detail": return try detail(ref.int("id") ?? 0, context)
        case "edit": return try edit(ref.int("id"), context)
        case "search": return try search(context)
        default: return try list(context)
        }
    }

    func perform(_ command: Command, _ context: CommandContext) throws -> [Effect] {
        switch command.name {
        case "save": return try save(command.int("id"), context)
        case "delete":
            try context.db.execute(sql: "DELETE FROM contacts WHERE id = ?", arguments: [command.int("id")])
            return [.backToHome, .toast("Contact deleted")]
        case "star":
            try context.db.execute(sql: "UPDATE contacts SET starred = 1 - starred WHERE id = ?", arguments: [command.int("id")])
            return []
        default: return [.toast("Contacts cannot \(command.name)")]
        }
    }

    // MARK: Screens

    private static let columns = "id, first_name, last_name, phone, email, company, address, birthday, starred"

    private func list(_ context: ScreenContext) throws -> Screen {
        let rows = try Row.fetchAll(context.db, sql: "SELECT \(Self.columns) FROM contacts ORDER BY first_name, last_name, id")
        var body: [Widget] = []
        var letter = ""
        for row in rows {
            let name = Self.name(row)
            let initial = String(name.prefix(1)).uppercased()
            if initial != letter {
                letter = initial
                body.append(.section(initial))
            }
            body.append(contactRow(row))
        }
        return Screen(
            title: "Contacts",
            actions: [.icon("Search contacts", id: "search", tap: .push(ScreenRef("search")))],
            body: body,
            fab: .icon("New contact", id: "new_contact", tap: .push(ScreenRef("edit"))))
    }

    private func detail(_ id: Int, _ context: ScreenContext) throws -> Screen {
        guard let row = try Row.fetchOne(context.db, sql: "SELECT \(Self.columns) FROM contacts WHERE id = ?", arguments: [id]) else {
            return Screen(title: "Contact", body: [.text("This contact no longer exists.", id: "empty")])
        }
        let name = Self.name(row)
        var body: [Widget] = [
            .text(name, id: "name", style: .title),
            .toggle("Favourite", id: "favourite", on: (row["starred"] as Int) == 1, tap: .run(Command("star", id: id))),
            .row(ListRow("phone", title: row["phone"], subtitle: "Mobile")),
        ]
        for (field, label) in [("email", "Email"), ("company", "Company"), ("address", "Address"), ("birthday", "Birthday")] {
            let value: String = row[field]
            if !value.isEmpty { body.append(.row(ListRow(field, title: value, subtitle: label))) }
        }
        let delete = Dialog.confirm("Delete contact?", message: "\(name) will be removed from your contacts.", confirm: "Delete",
                                    Command("delete", id: id))
        return Screen(
            title: name,
            actions: [
                .icon("Edit contact", id: "edit", tap: .push(ScreenRef("edit", id: id))),
                .icon("More options", id: "more", tap: .menu([MenuItem("Delete", .dialog(delete))])),
            ],
            body: body, bodyID: "details")
    }

    private func edit(_ id: Int?, _ context: ScreenContext) throws -> Screen {
        var stored: [String: String] = [:]
        if let id, let row = try Row.fetchOne(context.db, sql: "SELECT \(Self.columns) FROM contacts WHERE id = ?", arguments: [id]) {
            for field in ["first_name", "last_name", "phone", "email", "company", "address", "birthday"] { stored[field] = row[field] }
        }
        let fields: [(String, String, FieldKind)] = [
            ("first_name", "First name", .text), ("last_name", "Last name", .text), ("phone", "Phone", .phone),
            ("email", "Email", .email), ("company", "Company", .text), ("address", "Address", .text),
        ]
        var body: [Widget] = fields.map { .field(Field($0.0, hint: $0.1, value: context.value($0.0, stored[$0.0] ?? ""), kind: $0.2)) }
        body.append(.picker("Birthday", id: "birthday", value: stored["birthday"] ?? "", tap: .pickDate(field: "birthday")))
        body.append(.button("Save", id: "save", tap: .run(Command("save", id.map { ["id": String($0)] } ?? [:]))))
        return Screen(title: id == nil ? "New contact" : "Edit contact", body: body, bodyID: "form")
    }

    private func search(_ context: ScreenContext) throws -> Screen {
        let query = context.value("query")
        var body: [Widget] = []
        if !query.isEmpty {
            let pattern = "%" + query + "%"
            let rows = try Row.fetchAll(
                context.db,
                sql: """
                    SELECT \(Self.columns) FROM contacts
                    WHERE first_name || ' ' || last_name LIKE ? OR phone LIKE ? OR email LIKE ? OR company LIKE ?
                    ORDER BY first_name, last_name, id
                    """,
                arguments: [pattern, pattern, pattern, pattern])
            body = rows.isEmpty ? [.text("No contacts match \u{201C}\(query)\u{201D}.", id: "empty")] : rows.map(contactRow)
        }
        return Screen(title: "Search", header: [.field(Field("query", hint: "Search contacts", value: query))], body: body)
    }

    private func contactRow(_ row: Row) -> Widget {
        let id: Int = row["id"]
        let starred: Int = row["starred"]
        return .row(ListRow("contact", title: Self.name(row), subtitle: row["phone"], detail: starred == 1 ? "★" : "",
                                 tap: .push(ScreenRef("detail", id: id))))
    }

    // MARK: Commands

    private func save(_ id: Int?, _ context: CommandContext) throws -> [Effect] {
        let first = context.field("first_name"), last = context.field("last_name"), phone = context.field("phone")
        guard !(first.isEmpty && last.isEmpty) else { return [.toast("Enter a name")] }
        let values: [(any DatabaseValueConvertible)?] = [first, last, phone, context.field("email"), context.field("company"), context.field("address"),
                                                  context.field("birthday")]
        if let id {
            try context.db.execute(
                sql: "UPDATE contacts SET first_name = ?, last_name = ?, phone = ?, email = ?, company = ?, address = ?, birthday = ? WHERE id = ?",
                arguments: StatementArguments(values + [id]))
            return [.back, .toast("Contact saved")]
        }
        try context.db.execute(
            sql: """
                INSERT INTO contacts (first_name, last_name, phone, email, company, address, birthday, starred, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)
                """,
            arguments: StatementArguments(values + [context.clock.now]))
        return [.replace(ScreenRef("detail", id: Int(context.db.lastInsertedRowID))), .toast("Contact saved")]
    }

    static func name(_ row: Row) -> String {
        let first: String = row["first_name"], last: String = row["last_name"]
        return first.isEmpty ? last : last.isEmpty ? first : first + " " + last
    }
}
