import GRDB

/// The device's settings, the Wi-Fi networks in range (one connected, a few saved), the
/// Bluetooth devices (some paired, others discoverable), and every installed app's
/// notification switch and storage.
enum SettingsSeed {
    /// Every setting with its initial value: what `settings` holds and the screens show.
    static let defaults: [(String, String)] = [
        ("wifi", "1"), ("bluetooth", "1"), ("airplane_mode", "0"), ("dark_theme", "0"), ("brightness", "60"),
        ("screen_timeout", "1 minute"), ("font_size", "Default"), ("ring_volume", "6"), ("media_volume", "8"),
        ("do_not_disturb", "0"), ("vibrate_for_calls", "1"), ("ringtone", "Pixel Sounds"),
    ]
    static let networks = ["HomeNet-5G", "HomeNet", "CoffeeCorner", "Library-Guest", "Fernway-Office", "NETGEAR-42", "Pixel-Hotspot",
                           "Airport_Free_WiFi", "Riverside-Clinic", "xfinitywifi"]
    static let devices: [(String, String)] = [
        ("Pixel Buds Pro", "Headphones"), ("Car Audio", "Car"), ("JBL Flip 6", "Speaker"), ("Galaxy Watch", "Watch"),
        ("Bose QC45", "Headphones"), ("Logitech K380", "Keyboard"), ("Echo Dot", "Speaker"), ("Fitbit Charge", "Watch"),
    ]

    /// A secured network's password: the network's, not the seed's, so task files can give it
    /// (docs/phone.md): its first six letters, lowercased, a dash, and 1000 + (7919 × its length) mod 9000.
    static func password(_ ssid: String) -> String {
        "\(ssid.lowercased().filter(\.isLetter).prefix(6))-\(1000 + ssid.count * 7919 % 9000)"
    }

    static func seed(_ db: Database, _ seed: AppSeed) throws {
        for (key, value) in defaults {
            try db.execute(sql: "INSERT INTO settings (key, value) VALUES (?, ?)", arguments: [key, value])
        }
        var rng = seed.generator("radios")
        for (i, ssid) in networks.enumerated() {
            let secured = ssid.contains("Free") || ssid.contains("Guest") || ssid == "xfinitywifi" ? 0 : 1
            let password = secured == 1 ? Self.password(ssid) : ""
            try db.execute(
                sql: "INSERT INTO settings_wifi (id, ssid, secured, password, signal, saved, connected) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [i + 1, ssid, secured, password, 1 + rng.index(below: 4), i < 3 ? 1 : 0, i == 0 ? 1 : 0])
        }
        for (i, device) in devices.enumerated() {
            try db.execute(
                sql: "INSERT INTO settings_bluetooth (id, name, kind, paired, connected) VALUES (?, ?, ?, ?, ?)",
                arguments: [i + 1, device.0, device.1, i < 4 ? 1 : 0, i == 0 ? 1 : 0])
        }
        var storage = seed.generator("storage")
        for app in PhoneApps.all.sorted(by: { $0.label < $1.label }) {
            try db.execute(sql: "INSERT INTO settings_apps (app, label, notifications, storage_kb) VALUES (?, ?, 1, ?)",
                           arguments: [app.id, app.label, 2_000 + storage.index(below: 200_000)])
        }
    }
}
