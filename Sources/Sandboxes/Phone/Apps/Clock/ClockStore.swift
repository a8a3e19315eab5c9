import GRDB

/// The Clock app's tables: `alarms` and `timers`.
enum ClockStore {
    static let schema = """
        CREATE TABLE alarms (id INTEGER PRIMARY KEY, time TEXT NOT NULL, label TEXT NOT NULL, days TEXT NOT NULL,
            enabled INTEGER NOT NULL, sound TEXT NOT NULL, vibrate INTEGER NOT NULL);
        CREATE TABLE timers (id INTEGER PRIMARY KEY, label TEXT NOT NULL, duration_seconds INTEGER NOT NULL CHECK (duration_seconds > 0),
            remaining_seconds INTEGER NOT NULL, state TEXT NOT NULL CHECK (state IN ('idle', 'running', 'paused')));
        """

    static func insert(alarms: [Alarm], timers: [ClockTimer], into db: Database) throws {
        let alarm = try db.makeStatement(sql: "INSERT INTO alarms VALUES (?, ?, ?, ?, ?, ?, ?)")
        for row in alarms {
            try alarm.execute(arguments: [row.id, row.time, row.label, Alarm.storedDays(row.days), row.enabled, row.sound, row.vibrate])
        }
        let timer = try db.makeStatement(sql: "INSERT INTO timers VALUES (?, ?, ?, ?, ?)")
        for row in timers {
            try timer.execute(arguments: [row.id, row.label, row.durationSeconds, row.remainingSeconds, row.state.rawValue])
        }
    }
}
