import Foundation
import GRDB

/// The event form (`edit?id=…` or `edit?date=YYYY-MM-DD`): one screen for new and edited
/// events. Dates and times come from the platform's pickers; attendees are contacts' names,
/// comma-separated, resolved when saving.
struct CalendarEditor {
    let ref: ScreenRef
    let db: Database

    private func stored() throws -> [String: String] {
        if let event = try CalendarStore.event(ref.int("id"), db) {
            let start = CivilTime(seconds: event.startsAt)
            // An all-day event's end is midnight after its last day; the form shows the last day.
            let end = CivilTime(seconds: event.endsAt - (event.allDay ? 86_400 : 0))
            return ["title": event.title, "date": start.dateText, "start": start.timeText, "end_date": end.dateText, "end": end.timeText,
                    "all_day": event.allDay ? "1" : "0", "location": event.location, "address": event.address, "notes": event.notes,
                    "calendar": event.calendar, "reminder": CalendarEvent.reminderLabel(event.reminderMinutes),
                    "attendees": try Self.names(of: event.attendees, db).joined(separator: ", ")]
        }
        let date = ref["date"] ?? ""
        return ["date": date, "end_date": date, "start": "09:00", "end": "10:00", "all_day": "0", "calendar": "Personal",
                "reminder": CalendarEvent.reminderLabel(10)]
    }

    func screen(_ context: ScreenContext) throws -> Screen {
        let stored = try stored()
        func value(_ field: String) -> String { context.value(field, stored[field] ?? "") }
        let allDay = value("all_day") == "1"
        var body: [Widget] = [
            .field(Field("title", hint: "Title", value: value("title"))),
            .checkbox("All day", id: "all_day", checked: allDay, tap: .set(field: "all_day", value: allDay ? "0" : "1")),
            .picker("Starts", id: "date", value: value("date"), tap: .pickDate(field: "date")),
        ]
        if !allDay { body.append(.picker("Start time", id: "start", value: value("start"), tap: .pickTime(field: "start"))) }
        body.append(.picker("Ends", id: "end_date", value: value("end_date"), tap: .pickDate(field: "end_date")))
        if !allDay { body.append(.picker("End time", id: "end", value: value("end"), tap: .pickTime(field: "end"))) }
        body += [
            .field(Field("location", hint: "Location", value: value("location"))),
            .field(Field("address", hint: "Address", value: value("address"))),
            .picker("Calendar", id: "calendar", value: value("calendar"),
                    tap: .menu(CalendarEvent.calendars.map { MenuItem($0, .set(field: "calendar", value: $0)) })),
            .picker("Reminder", id: "reminder", value: value("reminder"),
                    tap: .menu(CalendarEvent.reminderChoices.map { MenuItem(CalendarEvent.reminderLabel($0), .set(field: "reminder", value: CalendarEvent.reminderLabel($0))) })),
            .field(Field("attendees", hint: "Attendees (contact names, comma-separated)", value: value("attendees"))),
            .field(Field("notes", hint: "Notes", value: value("notes"), kind: .multiline)),
            .button("Save", id: "save", tap: .run(Command("save", ref.int("id").map { ["id": String($0)] } ?? [:]))),
        ]
        return Screen(title: ref.int("id") == nil ? "New event" : "Edit event", body: body, bodyID: "form")
    }

    func save(_ context: CommandContext) throws -> [Effect] {
        let title = context.field("title")
        guard !title.isEmpty else { return [.toast("Enter a title")] }
        // A check box is no field widget: untouched, it is the stored value.
        let allDay = try (context.fields["all_day"] ?? stored()["all_day"]) == "1"
        guard let start = CivilTime(date: context.field("date"), time: allDay ? "00:00" : context.field("start")) else {
            return [.toast("Pick a start date and time")]
        }
        let endDate = context.field("end_date").isEmpty ? context.field("date") : context.field("end_date")
        guard var end = CivilTime(date: endDate, time: allDay ? "00:00" : context.field("end")) else { return [.toast("Pick an end date and time")] }
        if allDay { end = end.adding(days: 1) }
        guard end > start else { return [.toast("The event must end after it starts")] }
        guard let reminder = CalendarEvent.reminderChoices.first(where: { CalendarEvent.reminderLabel($0) == context.field("reminder") }) else {
            return [.toast("Pick a reminder")]
        }
        let calendar = context.field("calendar")
        guard CalendarEvent.calendars.contains(calendar) else { return [.toast("Pick a calendar")] }
        var attendees: [Int] = []
        for name in context.field("attendees").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let contact = try Int.fetchOne(db, sql: "SELECT id FROM contacts WHERE lower(first_name || ' ' || last_name) = lower(?) ORDER BY id",
                                                 arguments: [name]) else {
                return [.toast("No contact named \(name)")]
            }
            if !attendees.contains(contact) { attendees.append(contact) }
        }
        let values: [(any DatabaseValueConvertible)?] = [title, start.seconds, end.seconds, allDay, context.field("location"), context.field("address"),
                                                          context.fields["notes"] ?? "", reminder, calendar]
        if let id = ref.int("id") {
            try db.execute(sql: """
                UPDATE calendar_events SET title = ?, starts_at = ?, ends_at = ?, all_day = ?, location = ?, address = ?, notes = ?,
                reminder_minutes = ?, calendar = ? WHERE id = ?
                """, arguments: StatementArguments(values + [id]))
            try CalendarStore.setAttendees(attendees, of: id, db)
            return [.back, .toast("Event saved")]
        }
        try db.execute(sql: """
            INSERT INTO calendar_events (title, starts_at, ends_at, all_day, location, address, notes, reminder_minutes, calendar)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: StatementArguments(values))
        let id = Int(db.lastInsertedRowID)
        try CalendarStore.setAttendees(attendees, of: id, db)
        return [.replace(ScreenRef("detail", id: id)), .toast("Event saved")]
    }

    /// Contacts' names for their ids, in the same order ("Unknown contact" for a deleted one).
    static func names(of contacts: [Int], _ db: Database) throws -> [String] {
        try contacts.map { id in
            let row = try Row.fetchOne(db, sql: "SELECT first_name, last_name FROM contacts WHERE id = ?", arguments: [id])
            return row.map(ContactsApp.name) ?? "Unknown contact"
        }
    }
}
