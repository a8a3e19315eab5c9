import GRDB

/// The Calendar app's tables, `calendar_events` and `calendar_attendees`.
enum CalendarStore {
    static let schema = [
        """
        CREATE TABLE calendar_events (id INTEGER PRIMARY KEY, title TEXT NOT NULL, starts_at INTEGER NOT NULL, ends_at INTEGER NOT NULL,
            all_day INTEGER NOT NULL, location TEXT NOT NULL, address TEXT NOT NULL, notes TEXT NOT NULL, reminder_minutes INTEGER,
            calendar TEXT NOT NULL CHECK (calendar IN ('Personal', 'Work', 'Family')))
        """,
        "CREATE INDEX calendar_events_start ON calendar_events(starts_at)",
        """
        CREATE TABLE calendar_attendees (event_id INTEGER NOT NULL, contact_id INTEGER NOT NULL, position INTEGER NOT NULL,
            PRIMARY KEY (event_id, contact_id))
        """,
    ]

    static let columns = "id, title, starts_at, ends_at, all_day, location, address, notes, reminder_minutes, calendar"

    static func insert(_ events: [CalendarEvent], into db: Database) throws {
        let event = try db.makeStatement(sql: "INSERT INTO calendar_events (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        for row in events {
            try event.execute(arguments: [row.id, row.title, row.startsAt, row.endsAt, row.allDay, row.location, row.address, row.notes,
                                          row.reminderMinutes, row.calendar])
            try setAttendees(row.attendees, of: row.id, db)
        }
    }

    static func setAttendees(_ contacts: [Int], of event: Int, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM calendar_attendees WHERE event_id = ?", arguments: [event])
        let attendee = try db.cachedStatement(sql: "INSERT INTO calendar_attendees (event_id, contact_id, position) VALUES (?, ?, ?)")
        for (position, contact) in contacts.enumerated() { try attendee.execute(arguments: [event, contact, position + 1]) }
    }

    static func event(_ id: Int?, _ db: Database) throws -> CalendarEvent? {
        guard let id, let row = try Row.fetchOne(db, sql: "SELECT \(columns) FROM calendar_events WHERE id = ?", arguments: [id]) else { return nil }
        let attendees = try Int.fetchAll(db, sql: "SELECT contact_id FROM calendar_attendees WHERE event_id = ? ORDER BY position", arguments: [id])
        return event(row, attendees: attendees)
    }

    /// Events overlapping `[from, to)`, by start; attendees are not read.
    static func events(from: Int, to: Int, _ db: Database) throws -> [CalendarEvent] {
        try Row.fetchAll(db, sql: "SELECT \(columns) FROM calendar_events WHERE starts_at < ? AND ends_at > ? ORDER BY starts_at, id",
                         arguments: [to, from]).map { event($0, attendees: []) }
    }

    static func event(_ row: Row, attendees: [Int]) -> CalendarEvent {
        CalendarEvent(id: row["id"], title: row["title"], startsAt: row["starts_at"], endsAt: row["ends_at"], allDay: row["all_day"],
                      location: row["location"], address: row["address"], notes: row["notes"], reminderMinutes: row["reminder_minutes"],
                      calendar: row["calendar"], attendees: attendees)
    }

    /// "10:30 – 11:30", or "All day".
    static func timeRange(_ event: CalendarEvent) -> String {
        event.allDay ? "All day" : PhoneClock.time(event.startsAt) + " – " + PhoneClock.time(event.endsAt)
    }
}
