import GRDB
@testable import Phone

/// A seeded phone instance (real SQLite, every app seeded as `PhoneSandbox` does) and one
/// app driven the way the device drives it: a screen is built from the data and what was
/// typed, and a command gets every field of its screen, typed or shown by default.
struct AppProbe {
    let db: DatabaseQueue
    var clock = PhoneClock.start

    init(seed: UInt64 = 1) throws {
        db = try DatabaseQueue()
        try db.write { try PhoneSandbox().buildInstanceState($0, seed: seed) }
    }

    func screen(_ app: any PhoneApp, _ ref: ScreenRef, typed: [String: String] = [:]) throws -> Screen {
        try db.read { try app.screen(ref, ScreenContext(db: $0, ref: ref, fields: typed, clock: clock)) }
    }

    /// Runs `command` from screen `ref`, with the screen's fields as shown after `typed`.
    func perform(_ app: any PhoneApp, _ command: Command, on ref: ScreenRef, typed: [String: String] = [:]) throws -> [Effect] {
        let shown = try screen(app, ref, typed: typed)
        var fields = AppProbe.defaults(shown)
        for (name, value) in typed { fields[name] = value }
        return try db.write { try app.perform(command, CommandContext(db: $0, ref: ref, fields: fields, clock: clock)) }
    }

    func rows(_ sql: String, _ arguments: StatementArguments = []) throws -> [Row] {
        try db.read { try Row.fetchAll($0, sql: sql, arguments: arguments) }
    }

    func int(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try db.read { try Int.fetchOne($0, sql: sql, arguments: arguments) } ?? -1
    }

    func string(_ sql: String, _ arguments: StatementArguments = []) throws -> String? {
        try db.read { try String.fetchOne($0, sql: sql, arguments: arguments) }
    }

    /// Every widget of a screen, containers opened, in order.
    static func widgets(_ screen: Screen) -> [Widget] {
        func open(_ widgets: [Widget]) -> [Widget] {
            widgets.flatMap { widget -> [Widget] in
                switch widget {
                case .hstack(let items), .grid(_, let items): return [widget] + open(items)
                default: return [widget]
                }
            }
        }
        return open(screen.actions + screen.header + screen.body + (screen.fab.map { [$0] } ?? []))
    }

    /// What fields a screen shows before anything is typed (as the layout engine records them).
    static func defaults(_ screen: Screen) -> [String: String] {
        var fields: [String: String] = [:]
        for widget in widgets(screen) {
            switch widget {
            case .field(let field): fields[field.id] = field.value
            case .picker(_, let id, let value, _): fields[id] = value
            default: break
            }
        }
        return fields
    }

    /// The list rows of a screen.
    static func rows(_ screen: Screen, id: String? = nil) -> [ListRow] {
        widgets(screen).compactMap { widget in
            if case .row(let row) = widget, id == nil || row.id == id { return row }
            return nil
        }
    }

    /// Every text a person reads on the screen (titles, texts, labels, values).
    static func texts(_ screen: Screen) -> [String] {
        [screen.title] + widgets(screen).flatMap { widget -> [String] in
            switch widget {
            case .text(let text, _, _), .section(let text): return [text]
            case .button(let label, _, _, _), .icon(let label, _, _, _), .toggle(let label, _, _, _, _), .checkbox(let label, _, _, _, _): return [label]
            case .tile(let label, _, _, _): return [label]
            case .field(let field): return [field.value]
            case .picker(let label, _, let value, _): return [label, value]
            case .row(let row): return [row.title, row.subtitle, row.detail]
            case .hstack, .grid: return []
            }
        }
    }

    /// The tap of the first widget with this resource-id name.
    static func tap(_ screen: Screen, id: String) -> Tap? {
        for widget in widgets(screen) {
            switch widget {
            case .button(_, let name, let tap, _), .icon(_, let name, let tap, _), .toggle(_, let name, _, let tap, _),
                 .checkbox(_, let name, _, let tap, _), .picker(_, let name, _, let tap), .tile(_, let name, let tap, _):
                if name == id { return tap }
            case .row(let row):
                if row.id == id { return row.tap }
            default: continue
            }
        }
        return nil
    }

    /// The menu item labelled `label` of a menu tap.
    static func item(_ tap: Tap?, _ label: String) -> Tap? {
        guard case .menu(let items) = tap else { return nil }
        return items.first { $0.label == label }?.tap
    }

    /// The confirming command of a dialog tap.
    static func confirmed(_ tap: Tap?) -> Command? {
        guard case .dialog(let dialog) = tap, case .run(let command) = dialog.buttons.last?.tap else { return nil }
        return command
    }
}
