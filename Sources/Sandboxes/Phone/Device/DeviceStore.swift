import Foundation
import GRDB
import Vocabulary

/// Reads and writes `DeviceState` in the instance's `main`: one row of `phone_device`, one
/// row of `phone_stack` per screen of each back stack, and `phone_notifications`.
enum DeviceStore {
    static let tables = ["phone_device", "phone_stack", "phone_notifications", "phone_questions"]

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE phone_device (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                app TEXT NOT NULL,
                focus TEXT,
                keyboard INTEGER NOT NULL,
                overlay TEXT,
                toast TEXT,
                clock INTEGER NOT NULL
            );
            CREATE TABLE phone_stack (
                app TEXT NOT NULL,
                depth INTEGER NOT NULL,
                screen TEXT NOT NULL,
                scroll INTEGER,
                fields TEXT NOT NULL,
                PRIMARY KEY (app, depth)
            );
            CREATE TABLE phone_notifications (
                id INTEGER PRIMARY KEY,
                app TEXT NOT NULL,
                title TEXT NOT NULL,
                text TEXT NOT NULL,
                screen TEXT NOT NULL,
                posted_at INTEGER NOT NULL
            );
            CREATE TABLE phone_questions (
                id INTEGER PRIMARY KEY,
                question TEXT NOT NULL,
                reply TEXT NOT NULL,
                asked_at INTEGER NOT NULL
            );
            """)
        try save(.initial, db)
    }

    static func load(_ db: Database) throws -> DeviceState {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT app, focus, keyboard, overlay, toast, clock FROM phone_device"))
        else { throw DeviceError.corrupt("phone_device has no row") }
        var state = DeviceState.initial
        state.app = row["app"]
        state.focus = row["focus"]
        state.keyboard = (row["keyboard"] as Int) != 0
        if let overlay: String = row["overlay"] {
            do {
                state.overlay = try JSONDecoder().decode(Overlay.self, from: Data(overlay.utf8))
            } catch {
                throw DeviceError.corrupt("phone_device.overlay: \(error)")
            }
        }
        state.toast = row["toast"]
        state.clock = PhoneClock(now: row["clock"])
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT app, screen, scroll, fields FROM phone_stack ORDER BY app, depth")) {
            let text: String = row["screen"]
            guard let ref = ScreenRef(parsing: text) else { throw DeviceError.corrupt("phone_stack.screen '\(text)'") }
            let entry = StackEntry(ref: ref, scroll: row["scroll"], fields: try fields(row["fields"]))
            state.stacks[row["app"], default: []].append(entry)
        }
        return state
    }

    static func save(_ state: DeviceState, _ db: Database) throws {
        var overlay: String?
        if let value = state.overlay {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            overlay = String(decoding: try encoder.encode(value), as: UTF8.self)
        }
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO phone_device (id, app, focus, keyboard, overlay, toast, clock) VALUES (1, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [state.app, state.focus, state.keyboard ? 1 : 0, overlay, state.toast, state.clock.now])
        try db.cachedStatement(sql: "DELETE FROM phone_stack").execute()
        let insert = try db.cachedStatement(sql: "INSERT INTO phone_stack (app, depth, screen, scroll, fields) VALUES (?, ?, ?, ?, ?)")
        for app in state.stacks.keys.sorted() {
            for (depth, entry) in state.stacks[app]!.enumerated() {
                let fields = JSONValue.object(entry.fields.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
                try insert.execute(arguments: [app, depth, entry.ref.description, entry.scroll, JSONWriter.encode(fields)])
            }
        }
    }

    private static func fields(_ text: String) throws -> [String: String] {
        guard case .object(let members)? = try? JSONParser.parse(text) else { throw DeviceError.corrupt("phone_stack.fields '\(text)'") }
        var fields: [String: String] = [:]
        for (name, value) in members { fields[name] = value.stringValue ?? "" }
        return fields
    }
}

/// The device's stored state cannot be read: Gauntlet's fault, never the agent's.
enum DeviceError: Error, CustomStringConvertible {
    case corrupt(String)
    case app(String)

    var description: String {
        switch self {
        case .corrupt(let what): "the phone's stored state is corrupt: \(what)"
        case .app(let what): "an app failed: \(what)"
        }
    }
}
