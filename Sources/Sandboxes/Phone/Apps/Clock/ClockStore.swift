import GRDB

/// The Clock app's tables, `clock_alarms` and `clock_timers`.
enum ClockStore {
    static let schema = [
        """
        CREATE TABLE clock_alarms (id INTEGER PRIMARY KEY, time TEXT NOT NULL, label TEXT NOT NULL, days TEXT NOT NULL,
            enabled INTEGER NOT NULL, sound TEXT NOT NULL, vibrate INTEGER NOT NULL)
        """,
        """
        CREATE TABLE clock_timers (id INTEGER PRIMARY KEY, label TEXT NOT NULL, duration_seconds INTEGER NOT NULL CHECK (duration_seconds > 0),
            remaining_seconds INTEGER NOT NULL, state TEXT NOT NULL CHECK (state IN ('idle', 'running', 'paused')), ends_at INTEGER)
        """,
    ]

    static func insert(alarms: [Alarm], timers: [ClockTimer], into db: Database) throws {
        let alarm = try db.makeStatement(sql: "INSERT INTO clock_alarms (id, time, label, days, enabled, sound, vibrate) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for row in alarms {
            try alarm.execute(arguments: [row.id, row.time, row.label, Alarm.storedDays(row.days), row.enabled, row.sound, row.vibrate])
        }
        let timer = try db.makeStatement(sql: "INSERT INTO clock_timers (id, label, duration_seconds, remaining_seconds, state, ends_at) VALUES (?, ?, ?, ?, ?, ?)")
        for row in timers {
            try timer.execute(arguments: [row.id, row.label, row.durationSeconds, row.remainingSeconds, row.state.rawValue, row.endsAt])
        }
    }

    static func alarms(_ db: Database) throws -> [Alarm] {
        try Row.fetchAll(db, sql: "SELECT id, time, label, days, enabled, sound, vibrate FROM clock_alarms ORDER BY time, id").map(alarm)
    }

    static func alarm(_ id: Int?, _ db: Database) throws -> Alarm? {
        guard let id else { return nil }
        return try Row.fetchOne(db, sql: "SELECT id, time, label, days, enabled, sound, vibrate FROM clock_alarms WHERE id = ?", arguments: [id]).map(alarm)
    }

    static func timers(_ db: Database) throws -> [ClockTimer] {
        try Row.fetchAll(db, sql: "SELECT id, label, duration_seconds, remaining_seconds, state, ends_at FROM clock_timers ORDER BY id").map(timer)
    }

    static func timer(_ id: Int?, _ db: Database) throws -> ClockTimer? {
        guard let id else { return nil }
        return try Row.fetchOne(db, sql: "SELECT id, label, duration_seconds, remaining_seconds, state, ends_at FROM clock_timers WHERE id = ?",
                                arguments: [id]).map(timer)
    }

    private static func alarm(_ row: Row) -> Alarm {
        Alarm(id: row["id"], time: row["time"], label: row["label"], days: Alarm.days(stored: row["days"]), enabled: row["enabled"],
              sound: row["sound"], vibrate: row["vibrate"])
    }

    private static func timer(_ row: Row) -> ClockTimer {
        ClockTimer(id: row["id"], label: row["label"], durationSeconds: row["duration_seconds"], remainingSeconds: row["remaining_seconds"],
                   state: ClockTimer.State(rawValue: row["state"]) ?? .idle, endsAt: row["ends_at"])
    }
}
