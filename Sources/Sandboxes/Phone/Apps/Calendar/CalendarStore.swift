import GRDB

/// The Calendar app's tables: `events` and `event_attendees`.
enum CalendarStore {
    static let schema = """
        CREATE TABLE events (id INTEGER PRIMARY KEY, title TEXT NOT NULL, starts_at TEXT NOT NULL, ends_at TEXT NOT NULL,
            all_day INTEGER NOT NULL, location TEXT NOT NULL, address TEXT NOT NULL, notes TEXT NOT NULL, reminder_minutes INTEGER,
            calendar TEXT NOT NULL CHECK (calendar IN ('Personal', 'Work', 'Family')));
        CREATE INDEX events_start ON events(starts_at);
        CREATE TABLE event_attendees (event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE, contact_id INTEGER NOT NULL,
            position INTEGER NOT NULL, PRIMARY KEY (event_id, contact_id));
        """

    static func insert(_ events: [CalendarEvent], into db: Database) throws {
        let event = try db.makeStatement(sql: "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        let attendee = try db.makeStatement(sql: "INSERT INTO event_attendees VALUES (?, ?, ?)")
        for row in events {
            try event.execute(arguments: [row.id, row.title, row.startsAt, row.endsAt, row.allDay, row.location, row.address, row.notes,
                                          row.reminderMinutes, row.calendar])
            for (position, contact) in row.attendees.enumerated() { try attendee.execute(arguments: [row.id, contact, position + 1]) }
        }
    }
}
