import Foundation
import GRDB

/// Phone: the call log (recents), a keypad that places calls, a call screen, call details
/// and a contact search (docs/phone.md, "Dialer").
struct DialerApp: PhoneApp {
    let id = "dialer"
    let label = "Phone"
    let home = ScreenRef("recents")
    let screens = ["recents", "keypad", "call", "detail", "search"]

    let schema = [
        """
        CREATE TABLE dialer_calls (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL,
            contact_id INTEGER,
            direction TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing', 'missed')),
            started_at INTEGER NOT NULL,
            duration_s INTEGER NOT NULL
        )
        """,
    ]

    func seed(_ db: Database, _ seed: AppSeed) throws {
        try DialerSeed.seed(db, seed)
    }

    func screen(_ ref: ScreenRef, _ context: ScreenContext) throws -> Screen {
        switch ref.name {
        case "keypad": return keypad(ref, context)
        case "call": return try call(ref.int("id") ?? 0, context)
        case "detail": return try detail(ref.int("id") ?? 0, context)
        case "search": return try search(context)
        default: return try recents(context)
        }
    }

    func perform(_ command: Command, _ context: CommandContext) throws -> [Effect] {
        switch command.name {
        case "call":
            let number = command["number"] ?? context.field("number")
            guard !number.isEmpty else { return [.toast("Enter a number")] }
            let contact = try Int.fetchOne(context.db, sql: "SELECT id FROM contacts WHERE phone = ? ORDER BY id LIMIT 1", arguments: [number])
            try context.db.execute(
                sql: "INSERT INTO dialer_calls (number, contact_id, direction, started_at, duration_s) VALUES (?, ?, 'outgoing', ?, 0)",
                arguments: [number, contact, context.clock.now])
            let call = ScreenRef("call", id: Int(context.db.lastInsertedRowID))
            return context.ref.name == "keypad" ? [.replace(call)] : [.push(call)]
        case "end":
            try context.db.execute(sql: "UPDATE dialer_calls SET duration_s = MAX(1, ? - started_at) WHERE id = ?",
                                   arguments: [context.clock.now, command.int("id")])
            return [.back, .toast("Call ended")]
        case "delete":
            try context.db.execute(sql: "DELETE FROM dialer_calls WHERE id = ?", arguments: [command.int("id")])
            return [.backToHome, .toast("Call deleted")]
        case "clear":
            try context.db.execute(sql: "DELETE FROM dialer_calls")
            return [.toast("Call history cleared")]
        default: return [.toast("Phone cannot \(command.name)")]
        }
    }

    // MARK: Screens

    private static let select = """
        SELECT c.id, c.number, c.direction, c.started_at, c.duration_s,
               COALESCE(p.first_name || ' ' || p.last_name, c.number) AS name
        FROM dialer_calls c LEFT JOIN contacts p ON p.id = c.contact_id
        """

    private func recents(_ context: ScreenContext) throws -> Screen {
        let rows = try Row.fetchAll(context.db, sql: Self.select + " ORDER BY c.started_at DESC, c.id DESC")
        let clear = Dialog.confirm("Clear call history?", message: "Every call will be removed from the log.", confirm: "Clear", Command("clear"))
        return Screen(
            title: "Recents",
            actions: [
                .icon("Search contacts", id: "search", tap: .push(ScreenRef("search"))),
                .icon("More options", id: "more", tap: .menu([MenuItem("Clear call history", .dialog(clear))])),
            ],
            body: rows.isEmpty ? [.text("No recent calls", id: "empty")] : rows.map { row -> Widget in callRow(row, context) },
            fab: .icon("Keypad", id: "keypad", tap: .push(ScreenRef("keypad"))))
    }

    private func callRow(_ row: Row, _ context: ScreenContext) -> Widget {
        let direction: String = row["direction"]
        let started: Int = row["started_at"]
        return .row(ListRow("call", title: row["name"], subtitle: "\(direction.capitalized) · \(context.clock.short(started))",
                            tap: .push(ScreenRef("detail", id: row["id"]))))
    }

    private func keypad(_ ref: ScreenRef, _ context: ScreenContext) -> Screen {
        Screen(
            title: "Keypad",
            body: [
                .field(Field("number", hint: "Phone number", value: context.value("number", ref["number"] ?? ""), kind: .phone,
                             submit: .run(Command("call")))),
                .button("Call", id: "dial", tap: .run(Command("call"))),
            ],
            bodyID: "dialpad")
    }

    private func call(_ id: Int, _ context: ScreenContext) throws -> Screen {
        guard let row = try Row.fetchOne(context.db, sql: Self.select + " WHERE c.id = ?", arguments: [id]) else {
            return Screen(title: "Call", body: [.text("This call is over.", id: "empty")])
        }
        let duration: Int = row["duration_s"]
        return Screen(
            title: duration > 0 ? "Call ended" : "Calling",
            body: [
                .text(row["name"], id: "name", style: .title),
                .text(row["number"], id: "number"),
                .text(duration > 0 ? "\(duration / 60) min \(duration % 60) s" : "Ringing…", id: "status", style: .caption),
                .button("End call", id: "end_call", tap: .run(Command("end", id: id)), enabled: duration == 0),
            ],
            bodyID: "incall")
    }

    private func detail(_ id: Int, _ context: ScreenContext) throws -> Screen {
        guard let row = try Row.fetchOne(context.db, sql: Self.select + " WHERE c.id = ?", arguments: [id]) else {
            return Screen(title: "Call details", body: [.text("This call is no longer in the log.", id: "empty")])
        }
        let number: String = row["number"]
        let direction: String = row["direction"]
        let started: Int = row["started_at"]
        let duration: Int = row["duration_s"]
        let delete = Dialog.confirm("Delete this call?", confirm: "Delete", Command("delete", id: id))
        return Screen(
            title: "Call details",
            actions: [.icon("More options", id: "more", tap: .menu([MenuItem("Delete", .dialog(delete))]))],
            body: [
                .text(row["name"], id: "name", style: .title),
                .text(number, id: "number"),
                .row(ListRow("when", title: "\(PhoneClock.date(started)) \(PhoneClock.time(started))", subtitle: direction.capitalized)),
                .row(ListRow("duration", title: direction == "missed" ? "Missed" : "\(duration / 60) min \(duration % 60) s", subtitle: "Duration")),
                .hstack([
                    .button("Call back", id: "call_back", tap: .run(Command("call", ["number": number]))),
                    .button("Message", id: "message", tap: .open(app: "messages", screen: ScreenRef("new", ["to": number]))),
                ]),
            ],
            bodyID: "details")
    }

    private func search(_ context: ScreenContext) throws -> Screen {
        let query = context.value("query")
        var body: [Widget] = []
        if !query.isEmpty {
            let pattern = "%" + query + "%"
            let rows = try Row.fetchAll(
                context.db,
                sql: "SELECT first_name || ' ' || last_name AS name, phone FROM contacts WHERE first_name || ' ' || last_name LIKE ? OR phone LIKE ? ORDER BY name, id",
                arguments: [pattern, pattern])
            body = rows.isEmpty
                ? [.text("No contacts match \u{201C}\(query)\u{201D}.", id: "empty")]
                : rows.map { row -> Widget in
                    .row(ListRow("contact", title: row["name"], subtitle: row["phone"], tap: .run(Command("call", ["number": row["phone"]]))))
                }
        }
        return Screen(title: "Search", header: [.field(Field("query", hint: "Search contacts", value: query))], body: body)
    }
}
