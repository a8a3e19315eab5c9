import GRDB

/// Settings (docs/phone.md, "Settings"): Wi-Fi, Bluetooth, display, sound and apps, and a
/// search over the settings' names.
struct SettingsApp: PhoneApp {
    let id = "settings"
    let label = "Settings"
    let home = ScreenRef("main")
    let screens = ["main", "wifi", "network", "bluetooth", "pair", "device", "display", "sound", "apps", "app", "search"]

    let schema = [
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """
        CREATE TABLE settings_wifi (
            id INTEGER PRIMARY KEY, ssid TEXT NOT NULL, secured INTEGER NOT NULL, password TEXT NOT NULL,
            signal INTEGER NOT NULL, saved INTEGER NOT NULL, connected INTEGER NOT NULL
        )
        """,
        """
        CREATE TABLE settings_bluetooth (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, paired INTEGER NOT NULL, connected INTEGER NOT NULL
        )
        """,
        "CREATE TABLE settings_apps (app TEXT PRIMARY KEY, label TEXT NOT NULL, notifications INTEGER NOT NULL, storage_kb INTEGER NOT NULL)",
    ]

    /// Menu choices of the settings that take one of a few values.
    static let choices: [String: [String]] = [
        "brightness": stride(from: 0, through: 100, by: 10).map(String.init),
        "screen_timeout": ["15 seconds", "30 seconds", "1 minute", "2 minutes", "5 minutes", "10 minutes", "30 minutes"],
        "font_size": ["Small", "Default", "Large", "Largest"],
        "ring_volume": (0...10).map(String.init),
        "media_volume": (0...10).map(String.init),
        "ringtone": ["Pixel Sounds", "Copycat", "Flutterby", "Hey Hey", "Lollipop", "Zen Too"],
    ]

    /// What the search finds: a setting's title and the screen it is on.
    static let index: [(String, ScreenRef)] = [
        ("Wi-Fi", ScreenRef("wifi")), ("Bluetooth", ScreenRef("bluetooth")), ("Pair new device", ScreenRef("pair")),
        ("Brightness", ScreenRef("display")), ("Dark theme", ScreenRef("display")), ("Screen timeout", ScreenRef("display")),
        ("Font size", ScreenRef("display")), ("Ring volume", ScreenRef("sound")), ("Media volume", ScreenRef("sound")),
        ("Do Not Disturb", ScreenRef("sound")), ("Vibrate for calls", ScreenRef("sound")), ("Ringtone", ScreenRef("sound")),
        ("Apps", ScreenRef("apps")), ("Notifications", ScreenRef("apps")), ("Storage", ScreenRef("apps")),
    ]

    func seed(_ db: Database, _ seed: AppSeed) throws {
        try SettingsSeed.seed(db, seed)
    }

    func screen(_ ref: ScreenRef, _ context: ScreenContext) throws -> Screen {
        let values = try Dictionary(uniqueKeysWithValues: Row.fetchAll(context.db, sql: "SELECT key, value FROM settings ORDER BY key")
            .map { ($0["key"] as String, $0["value"] as String) })
        func on(_ key: String) -> Bool { values[key] == "1" }
        func toggle(_ label: String, _ key: String) -> Widget {
            .toggle(label, id: key, on: on(key), tap: .run(Command("toggle", ["key": key])))
        }
        func picker(_ label: String, _ key: String) -> Widget {
            .picker(label, id: key, value: values[key] ?? "",
                    tap: .menu((Self.choices[key] ?? []).map { MenuItem($0, .run(Command("set", ["key": key, "value": $0]))) }))
        }
        switch ref.name {
        case "wifi":
            var body = [toggle("Wi-Fi", "wifi")]
            if on("wifi") {
                body.append(.section("Networks"))
                for row in try Row.fetchAll(context.db, sql: "SELECT id, ssid, secured, saved, connected, signal FROM settings_wifi ORDER BY connected DESC, saved DESC, ssid") {
                    let status = (row["connected"] as Int) == 1 ? "Connected" : (row["saved"] as Int) == 1 ? "Saved" : (row["secured"] as Int) == 1 ? "Secured" : "Open"
                    body.append(.row(ListRow("network", title: row["ssid"], subtitle: status, detail: "Signal \(row["signal"] as Int)/4",
                                             tap: .push(ScreenRef("network", id: row["id"])))))
                }
            } else {
                body.append(.text("Turn on Wi-Fi to see available networks.", id: "empty"))
            }
            return Screen(title: "Wi-Fi", body: body)
        case "network": return try network(ref.int("id") ?? 0, context)
        case "bluetooth":
            var body = [toggle("Bluetooth", "bluetooth")]
            if on("bluetooth") {
                body.append(.section("Paired devices"))
                for row in try Row.fetchAll(context.db, sql: "SELECT id, name, kind, connected FROM settings_bluetooth WHERE paired = 1 ORDER BY name") {
                    body.append(.row(ListRow("device", title: row["name"], subtitle: (row["connected"] as Int) == 1 ? "Connected" : row["kind"],
                                             tap: .push(ScreenRef("device", id: row["id"])))))
                }
                body.append(.button("Pair new device", id: "pair_new", tap: .push(ScreenRef("pair"))))
            }
            return Screen(title: "Bluetooth", body: body)
        case "pair":
            let rows = try Row.fetchAll(context.db, sql: "SELECT id, name, kind FROM settings_bluetooth WHERE paired = 0 ORDER BY name")
            let body: [Widget] = on("bluetooth")
                ? [.section("Available devices")] + rows.map { row -> Widget in
                    .row(ListRow("available", title: row["name"], subtitle: row["kind"], tap: .run(Command("pair", id: row["id"]))))
                }
                : [.text("Turn on Bluetooth to pair a device.", id: "empty")]
            return Screen(title: "Pair new device", body: body)
        case "device": return try device(ref.int("id") ?? 0, context)
        case "display":
            return Screen(title: "Display", body: [picker("Brightness", "brightness"), toggle("Dark theme", "dark_theme"),
                                                   picker("Screen timeout", "screen_timeout"), picker("Font size", "font_size")])
        case "sound":
            return Screen(title: "Sound & vibration", body: [picker("Ring volume", "ring_volume"), picker("Media volume", "media_volume"),
                                                             toggle("Do Not Disturb", "do_not_disturb"), toggle("Vibrate for calls", "vibrate_for_calls"),
                                                             picker("Ringtone", "ringtone")])
        case "apps":
            let rows = try Row.fetchAll(context.db, sql: "SELECT app, label, storage_kb FROM settings_apps ORDER BY label")
            return Screen(title: "Apps", body: rows.map {
                .row(ListRow("app", title: $0["label"], subtitle: Self.size($0["storage_kb"]), tap: .push(ScreenRef("app", ["app": $0["app"]]))))
            })
        case "app":
            guard let row = try Row.fetchOne(context.db, sql: "SELECT app, label, notifications, storage_kb FROM settings_apps WHERE app = ?",
                                             arguments: [ref["app"]]) else {
                return Screen(title: "App info", body: [.text("This app is not installed.", id: "empty")])
            }
            let app: String = row["app"]
            let clear = Dialog.confirm("Clear app storage?", message: "All of \(row["label"] as String)'s cached data will be deleted.",
                                       confirm: "Delete", Command("clear_storage", ["app": app]))
            return Screen(title: row["label"], body: [
                .toggle("Notifications", id: "notifications", on: (row["notifications"] as Int) == 1, tap: .run(Command("notifications", ["app": app]))),
                .row(ListRow("storage", title: Self.size(row["storage_kb"]), subtitle: "Storage used")),
                .button("Clear storage", id: "clear_storage", tap: .dialog(clear)),
            ])
        case "search":
            let query = context.value("query").lowercased()
            let hits = query.isEmpty ? [] : Self.index.filter { $0.0.lowercased().contains(query) }
            return Screen(title: "Search settings", header: [.field(Field("query", hint: "Search settings", value: context.value("query")))],
                          body: hits.map { .row(ListRow("result", title: $0.0, tap: .push($0.1))) })
        default:
            let connected = try String.fetchOne(context.db, sql: "SELECT ssid FROM settings_wifi WHERE connected = 1 ORDER BY id LIMIT 1")
            return Screen(
                title: "Settings",
                actions: [.icon("Search settings", id: "search", tap: .push(ScreenRef("search")))],
                body: [
                    .row(ListRow("network_internet", title: "Network & internet", subtitle: on("wifi") ? "Wi-Fi: \(connected ?? "not connected")" : "Wi-Fi off",
                                 tap: .push(ScreenRef("wifi")))),
                    .row(ListRow("connected_devices", title: "Connected devices", subtitle: on("bluetooth") ? "Bluetooth on" : "Bluetooth off",
                                 tap: .push(ScreenRef("bluetooth")))),
                    .row(ListRow("display", title: "Display", subtitle: "Brightness \(values["brightness"] ?? "")%, dark theme \(on("dark_theme") ? "on" : "off")",
                                 tap: .push(ScreenRef("display")))),
                    .row(ListRow("sound", title: "Sound & vibration", subtitle: "Ring volume \(values["ring_volume"] ?? "")", tap: .push(ScreenRef("sound")))),
                    .row(ListRow("apps", title: "Apps", subtitle: "Notifications and storage", tap: .push(ScreenRef("apps")))),
                ])
        }
    }

    private func network(_ id: Int, _ context: ScreenContext) throws -> Screen {
        guard let row = try Row.fetchOne(context.db, sql: "SELECT ssid, secured, saved, connected FROM settings_wifi WHERE id = ?", arguments: [id]) else {
            return Screen(title: "Wi-Fi", body: [.text("This network is out of range.", id: "empty")])
        }
        let connected = (row["connected"] as Int) == 1, saved = (row["saved"] as Int) == 1, secured = (row["secured"] as Int) == 1
        var body: [Widget] = [.text(connected ? "Connected" : saved ? "Saved" : secured ? "Secured with WPA2" : "Open network", id: "status")]
        if connected {
            body.append(.button("Disconnect", id: "disconnect", tap: .run(Command("disconnect", id: id))))
        } else {
            if secured && !saved { body.append(.field(Field("password", hint: "Password", value: context.value("password"), kind: .password))) }
            body.append(.button("Connect", id: "connect", tap: .run(Command("connect", id: id))))
        }
        if saved {
            body.append(.button("Forget network", id: "forget", tap: .dialog(Dialog.confirm("Forget network?", message: "\(row["ssid"] as String) will be removed from saved networks.",
                                                                                     confirm: "Forget", Command("forget", id: id)))))
        }
        return Screen(title: row["ssid"], body: body, bodyID: "details")
    }

    private func device(_ id: Int, _ context: ScreenContext) throws -> Screen {
        guard let row = try Row.fetchOne(context.db, sql: "SELECT name, kind, connected FROM settings_bluetooth WHERE id = ? AND paired = 1", arguments: [id]) else {
            return Screen(title: "Device", body: [.text("This device is not paired.", id: "empty")])
        }
        let connected = (row["connected"] as Int) == 1
        let name: String = row["name"]
        return Screen(title: name, body: [
            .text(connected ? "Connected" : "Not connected", id: "status"),
            .field(Field("name", hint: "Device name", value: context.value("name", name))),
            .button("Rename", id: "rename", tap: .run(Command("rename", id: id))),
            .button(connected ? "Disconnect" : "Connect", id: connected ? "disconnect" : "connect",
                    tap: .run(Command(connected ? "bt_disconnect" : "bt_connect", id: id))),
            .button("Forget", id: "forget", tap: .dialog(Dialog.confirm("Forget device?", message: "Your phone will no longer pair with \(name).",
                                                                         confirm: "Forget device", Command("unpair", id: id)))),
        ], bodyID: "details")
    }

    func perform(_ command: Command, _ context: CommandContext) throws -> [Effect] {
        let db = context.db
        let id = command.int("id")
        switch command.name {
        case "toggle":
            try db.execute(sql: "UPDATE settings SET value = CASE value WHEN '1' THEN '0' ELSE '1' END WHERE key = ?", arguments: [command["key"]])
            if command["key"] == "wifi" { try db.execute(sql: "UPDATE settings_wifi SET connected = 0 WHERE connected = 1 AND (SELECT value FROM settings WHERE key = 'wifi') = '0'") }
            if command["key"] == "bluetooth" { try db.execute(sql: "UPDATE settings_bluetooth SET connected = 0 WHERE connected = 1 AND (SELECT value FROM settings WHERE key = 'bluetooth') = '0'") }
            return []
        case "set":
            try db.execute(sql: "UPDATE settings SET value = ? WHERE key = ?", arguments: [command["value"], command["key"]])
            return []
        case "connect":
            guard let row = try Row.fetchOne(db, sql: "SELECT ssid, secured, saved, password FROM settings_wifi WHERE id = ?", arguments: [id]) else { return [] }
            if (row["secured"] as Int) == 1 && (row["saved"] as Int) == 0 {
                let typed = context.fields["password"] ?? ""
                guard typed == (row["password"] as String) else { return [.toast(typed.isEmpty ? "Enter the password" : "Incorrect password")] }
            }
            try db.execute(sql: "UPDATE settings_wifi SET connected = 0 WHERE connected = 1")
            try db.execute(sql: "UPDATE settings_wifi SET connected = 1, saved = 1 WHERE id = ?", arguments: [id])
            return [.back, .toast("Connected to \(row["ssid"] as String)")]
        case "disconnect":
            try db.execute(sql: "UPDATE settings_wifi SET connected = 0 WHERE id = ?", arguments: [id])
            return []
        case "forget":
            try db.execute(sql: "UPDATE settings_wifi SET saved = 0, connected = 0 WHERE id = ?", arguments: [id])
            return [.back, .toast("Network forgotten")]
        case "pair":
            try db.execute(sql: "UPDATE settings_bluetooth SET paired = 1 WHERE id = ?", arguments: [id])
            let name = try String.fetchOne(db, sql: "SELECT name FROM settings_bluetooth WHERE id = ?", arguments: [id]) ?? "the device"
            return [.back, .toast("Paired with \(name)")]
        case "unpair":
            try db.execute(sql: "UPDATE settings_bluetooth SET paired = 0, connected = 0 WHERE id = ?", arguments: [id])
            return [.back, .toast("Device forgotten")]
        case "bt_connect":
            try db.execute(sql: "UPDATE settings_bluetooth SET connected = 1 WHERE id = ?", arguments: [id])
            return []
        case "bt_disconnect":
            try db.execute(sql: "UPDATE settings_bluetooth SET connected = 0 WHERE id = ?", arguments: [id])
            return []
        case "rename":
            let name = context.field("name")
            guard !name.isEmpty else { return [.toast("Enter a name")] }
            try db.execute(sql: "UPDATE settings_bluetooth SET name = ? WHERE id = ?", arguments: [name, id])
            return [.clearFields, .toast("Device renamed")]
        case "notifications":
            try db.execute(sql: "UPDATE settings_apps SET notifications = 1 - notifications WHERE app = ?", arguments: [command["app"]])
            return []
        case "clear_storage":
            try db.execute(sql: "UPDATE settings_apps SET storage_kb = MIN(storage_kb, 1024) WHERE app = ?", arguments: [command["app"]])
            return [.toast("Storage cleared")]
        default: return [.toast("Settings cannot \(command.name)")]
        }
    }

    static func size(_ kb: Int) -> String {
        kb >= 1024 ? "\(kb / 1024).\(kb % 1024 * 10 / 1024) MB" : "\(kb) kB"
    }
}
