import Foundation
import GRDB

/// Calendar (docs/phone-apps.md, "Calendar"): a month grid, a day's agenda, event details
/// with attendees and an address, one form for new and edited events (date and time
/// pickers, reminder, calendar, attendees by contact name), upcoming reminders, and search.
struct CalendarApp: PhoneApp {
    let id = "calendar"
    let label = "Calendar"
    let home = ScreenRef("month")
    let screens = ["month", "day", "detail", "edit", "reminders", "search"]
    let schema = CalendarStore.schema

    func seed(_ db: Database, _ seed: AppSeed) throws {
        let events = CalendarSeed(seed: seed, now: CivilTime(seconds: seed.clock.now), contacts: try SeedPerson.contacts(db)).generate()
        try CalendarStore.insert(events, into: db)
    }

    func screen(_ ref: ScreenRef, _ context: ScreenContext) throws -> Screen {
        let today = CivilTime(seconds: context.clock.now).startOfDay
        switch ref.name {
        case "day": return try day(ref["date"].flatMap { CivilTime(date: $0) } ?? today, context)
        case "detail": return try detail(ref.int("id") ?? 0, context)
        case "edit": return try CalendarEditor(ref: ref, db: context.db).screen(context)
        case "reminders": return try reminders(context)
        case "search": return try search(context)
        default: return try month(ref["month"].flatMap { CivilTime(monthKey: $0) } ?? today.startOfMonth, context)
        }
    }

    func perform(_ command: Command, _ context: CommandContext) throws -> [Effect] {
        switch command.name {
        case "go":
            // Month and day arrows: the same screen with another argument, not a deeper one.
            guard let screen = command["screen"], let key = command["key"], let value = command["value"] else { return [] }
            return [.replace(ScreenRef(screen, [key: value]))]
        case "delete":
            try context.db.execute(sql: "DELETE FROM calendar_events WHERE id = ?", arguments: [command.int("id")])
            try context.db.execute(sql: "DELETE FROM calendar_attendees WHERE event_id = ?", arguments: [command.int("id")])
            return [.back, .toast("Event deleted")]
        case "save": return try CalendarEditor(ref: context.ref, db: context.db).save(context)
        default: return [.toast("Calendar cannot \(command.name)")]
        }
    }

    // MARK: Screens

    private func month(_ first: CivilTime, _ context: ScreenContext) throws -> Screen {
        let days = CivilTime.daysIn(year: first.year, month: first.month)
        let next = first.adding(months: 1)
        let events = try CalendarStore.events(from: first.seconds, to: next.seconds, context.db)
        let today = CivilTime(seconds: context.clock.now).startOfDay
        var cells: [Widget] = PhoneClock.weekdayNames.map { .text($0, style: .caption) }
        cells += Array(repeating: Widget.text(""), count: first.weekday)
        for day in 1...days {
            let date = first.adding(days: day - 1)
            let busy = events.contains { $0.startsAt < date.adding(days: 1).seconds && $0.endsAt > date.seconds }
            cells.append(.tile(String(day) + (busy ? " •" : ""), id: "day", tap: .push(ScreenRef("day", ["date": date.dateText])), selected: date == today))
        }
        var body: [Widget] = [.grid(columns: 7, cells), .section("Events in \(CivilTime.monthNames[first.month - 1])")]
        body += events.map { eventRow($0, showDate: true) }
        if events.isEmpty { body.append(.text("No events this month.", id: "empty")) }
        return Screen(
            title: first.monthTitle,
            actions: [
                .icon("Today", id: "today", tap: .run(Command("go", ["screen": "month", "key": "month", "value": today.monthKey]))),
                .icon("Search events", id: "search", tap: .push(ScreenRef("search"))),
                .icon("More options", id: "more", tap: .menu([MenuItem("Upcoming reminders", .push(ScreenRef("reminders")))])),
            ],
            header: [.hstack([
                .icon("Previous month", id: "previous", tap: .run(Command("go", ["screen": "month", "key": "month", "value": first.adding(months: -1).monthKey]))),
                .text(first.monthTitle, id: "month", style: .title),
                .icon("Next month", id: "next", tap: .run(Command("go", ["screen": "month", "key": "month", "value": next.monthKey]))),
            ])],
            body: body,
            fab: .icon("New event", id: "new_event", tap: .push(ScreenRef("edit", ["date": (first == today.startOfMonth ? today : first).dateText]))))
    }

    private func day(_ date: CivilTime, _ context: ScreenContext) throws -> Screen {
        let events = try CalendarStore.events(from: date.seconds, to: date.adding(days: 1).seconds, context.db)
        var body: [Widget] = events.map { eventRow($0, showDate: false) }
        if body.isEmpty { body = [.text("Nothing planned.", id: "empty")] }
        return Screen(
            title: date.dayTitle,
            actions: [.icon("Search events", id: "search", tap: .push(ScreenRef("search")))],
            header: [.hstack([
                .icon("Previous day", id: "previous", tap: .run(Command("go", ["screen": "day", "key": "date", "value": date.adding(days: -1).dateText]))),
                .text(date.dayTitle + ", " + String(date.year), id: "date", style: .title),
                .icon("Next day", id: "next", tap: .run(Command("go", ["screen": "day", "key": "date", "value": date.adding(days: 1).dateText]))),
            ])],
            body: body,
            fab: .icon("New event", id: "new_event", tap: .push(ScreenRef("edit", ["date": date.dateText]))))
    }

    private func eventRow(_ event: CalendarEvent, showDate: Bool) -> Widget {
        let when = CalendarStore.timeRange(event)
        return .row(ListRow("event", title: event.title, subtitle: event.location.isEmpty ? event.calendar : event.location,
                            detail: showDate ? PhoneClock.day(event.startsAt) + (event.allDay ? "" : " " + PhoneClock.time(event.startsAt)) : when,
                            tap: .push(ScreenRef("detail", id: event.id))))
    }

    private func detail(_ id: Int, _ context: ScreenContext) throws -> Screen {
        guard let event = try CalendarStore.event(id, context.db) else {
            return Screen(title: "Event", body: [.text("This event no longer exists.", id: "empty")])
        }
        var body: [Widget] = [
            .text(event.title, id: "title", style: .title),
            .row(ListRow("when", title: PhoneClock.day(event.startsAt) + ", " + String(CivilTime(seconds: event.startsAt).year), subtitle: CalendarStore.timeRange(event))),
        ]
        if !event.location.isEmpty { body.append(.row(ListRow("location", title: event.location, subtitle: "Location"))) }
        if !event.address.isEmpty { body.append(.row(ListRow("address", title: event.address, subtitle: "Address"))) }
        body.append(.row(ListRow("calendar", title: event.calendar, subtitle: "Calendar")))
        body.append(.row(ListRow("reminder", title: CalendarEvent.reminderLabel(event.reminderMinutes), subtitle: "Reminder")))
        let names = try CalendarEditor.names(of: event.attendees, context.db)
        if !names.isEmpty {
            body.append(.section("Attendees"))
            for (contact, name) in zip(event.attendees, names) {
                body.append(.row(ListRow("attendee", title: name, tap: .open(app: "contacts", screen: ScreenRef("detail", id: contact)))))
            }
        }
        if !event.notes.isEmpty { body.append(.text(event.notes, id: "notes")) }
        let delete = Dialog.confirm("Delete event?", message: event.title, confirm: "Delete", Command("delete", id: id))
        return Screen(
            title: "Event",
            actions: [
                .icon("Edit event", id: "edit", tap: .push(ScreenRef("edit", id: id))),
                .icon("More options", id: "more", tap: .menu([MenuItem("Delete", .dialog(delete))])),
            ],
            body: body, bodyID: "details")
    }

    private func reminders(_ context: ScreenContext) throws -> Screen {
        let now = context.clock.now
        let rows = try Row.fetchAll(context.db, sql: """
            SELECT \(CalendarStore.columns) FROM calendar_events
            WHERE reminder_minutes IS NOT NULL AND starts_at >= ? AND starts_at < ? ORDER BY starts_at - reminder_minutes * 60, id
            """, arguments: [now, now + 14 * 86_400])
        let body: [Widget] = rows.map { row in
            let event = CalendarStore.event(row, attendees: [])
            let at = event.startsAt - (event.reminderMinutes ?? 0) * 60
            return .row(ListRow("reminder", title: event.title, subtitle: CalendarEvent.reminderLabel(event.reminderMinutes),
                                detail: PhoneClock.day(at) + " " + PhoneClock.time(at), tap: .push(ScreenRef("detail", id: event.id))))
        }
        return Screen(title: "Upcoming reminders", body: body.isEmpty ? [.text("No reminders in the next two weeks.", id: "empty")] : body)
    }

    private func search(_ context: ScreenContext) throws -> Screen {
        let query = context.value("query")
        var body: [Widget] = []
        if !query.isEmpty {
            let pattern = "%" + query + "%"
            let events = try Row.fetchAll(context.db, sql: """
                SELECT \(CalendarStore.columns) FROM calendar_events WHERE title LIKE ? OR location LIKE ? OR address LIKE ? OR notes LIKE ?
                ORDER BY starts_at, id
                """, arguments: [pattern, pattern, pattern, pattern]).map { CalendarStore.event($0, attendees: []) }
            body = events.isEmpty ? [.text("No events match \u{201C}\(query)\u{201D}.", id: "empty")] : events.map { eventRow($0, showDate: true) }
        }
        return Screen(title: "Search", header: [.field(Field("query", hint: "Search events", value: query))], body: body)
    }
}
