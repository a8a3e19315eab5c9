import GRDB
import Testing
@testable import Phone

@Suite struct CalendarAppTests {
    let app = CalendarApp()
    let tomorrow = CivilTime(seconds: PhoneClock.start.now).startOfDay.adding(days: 1)

    @Test func seedsAYearOfEventsWithContactsAndAddresses() throws {
        let probe = try AppProbe()
        #expect(try probe.int("SELECT COUNT(*) FROM calendar_events") >= 200)
        let span = try probe.rows("SELECT MIN(starts_at) AS first, MAX(starts_at) AS last FROM calendar_events")[0]
        #expect((span["last"] as Int) - (span["first"] as Int) > 330 * 86_400)
        #expect(try probe.int("SELECT COUNT(*) FROM calendar_attendees WHERE contact_id NOT IN (SELECT id FROM contacts)") == 0)
        #expect(try probe.int("SELECT COUNT(*) FROM calendar_attendees") > 100)
        let dentist = try probe.rows("SELECT * FROM calendar_events WHERE title = 'Dentist appointment' AND starts_at >= ? AND starts_at < ?",
                                     [tomorrow.seconds, tomorrow.adding(days: 1).seconds])
        #expect(dentist.count == 1)
        #expect(dentist.first?["address"] == "214 Oak Avenue, Suite 3, Portland, OR 97205")
        #expect(dentist.first?["starts_at"] == tomorrow.adding(hours: 10, minutes: 30).seconds)
    }

    @Test func monthGridHasEveryDayAndArrowsReplaceTheMonth() throws {
        let probe = try AppProbe()
        let month = try probe.screen(app, app.home)
        #expect(month.title == "June 2026")
        let days = AppProbe.widgets(month).compactMap { widget -> String? in
            if case .tile(let label, "day", _, let selected) = widget { return label + (selected ? " today" : "") }
            return nil
        }
        #expect(days.count == 30)
        #expect(days[0].hasPrefix("1") && days[0].hasSuffix(" today"))
        #expect(days[1].hasPrefix("2 •"))
        guard case .run(let next) = AppProbe.tap(month, id: "next") else { Issue.record("no next month"); return }
        #expect(try probe.perform(app, next, on: app.home) == [.replace(ScreenRef("month", ["month": "2026-07"]))])
        let july = try probe.screen(app, ScreenRef("month", ["month": "2026-07"]))
        #expect(july.title == "July 2026")
        // July 1, 2026 is a Wednesday: two blank cells after the seven weekday names.
        guard case .grid(7, let cells) = july.body[0] else { Issue.record("the month is a grid"); return }
        guard case .tile("1", _, _, _) = cells[9] else { Issue.record("July 1 is the tenth cell"); return }
        let events = AppProbe.rows(july, id: "event")
        #expect(events.count == (try probe.int("SELECT COUNT(*) FROM calendar_events WHERE starts_at < ? AND ends_at > ?",
                                                [CivilTime(year: 2026, month: 8, day: 1).seconds, CivilTime(year: 2026, month: 7, day: 1).seconds])))
    }

    @Test func dayAndDetailShowTomorrowsDentist() throws {
        let probe = try AppProbe()
        let day = try probe.screen(app, ScreenRef("day", ["date": tomorrow.dateText]))
        #expect(day.title == "Tue, Jun 2")
        guard let row = AppProbe.rows(day, id: "event").first(where: { $0.title == "Dentist appointment" }),
              case .push(let detailRef) = row.tap else { Issue.record("no dentist row"); return }
        #expect(row.detail == "10:30 – 11:30")
        let detail = try probe.screen(app, detailRef)
        let texts = AppProbe.texts(detail)
        #expect(texts.contains("214 Oak Avenue, Suite 3, Portland, OR 97205"))
        #expect(texts.contains("1 hour before"))
        let withAttendees = try probe.int("SELECT MIN(event_id) FROM calendar_attendees")
        let names = AppProbe.rows(try probe.screen(app, ScreenRef("detail", id: withAttendees)), id: "attendee")
        #expect(!names.isEmpty)
        #expect(names.allSatisfy { if case .open(app: "contacts", screen: _) = $0.tap { return true } else { return false } })
    }

    @Test func newEventWithPickersReminderAndAttendees() throws {
        let probe = try AppProbe()
        let form = ScreenRef("edit", ["date": "2026-06-10"])
        let shown = AppProbe.defaults(try probe.screen(app, form))
        #expect(shown["date"] == "2026-06-10" && shown["start"] == "09:00" && shown["reminder"] == "10 minutes before")
        let person = try probe.rows("SELECT id, first_name || ' ' || last_name AS name FROM contacts ORDER BY id LIMIT 1")[0]
        var typed = ["title": "Lunch with the team", "start": "12:30", "end": "11:00", "reminder": "30 minutes before", "attendees": person["name"],
                     "location": "Blue Door Café"]
        #expect(try probe.perform(app, Command("save"), on: form, typed: typed) == [.toast("The event must end after it starts")])
        typed["end"] = "13:30"
        typed["attendees"] = "Nobody Here"
        #expect(try probe.perform(app, Command("save"), on: form, typed: typed) == [.toast("No contact named Nobody Here")])
        typed["attendees"] = person["name"]
        let effects = try probe.perform(app, Command("save"), on: form, typed: typed)
        let event = try probe.rows("SELECT * FROM calendar_events WHERE title = 'Lunch with the team'")
        #expect(event.count == 1)
        #expect(effects == [.replace(ScreenRef("detail", id: event[0]["id"])), .toast("Event saved")])
        #expect(event[0]["starts_at"] == CivilTime(year: 2026, month: 6, day: 10, hour: 12, minute: 30).seconds)
        #expect(event[0]["reminder_minutes"] == 30)
        #expect(try probe.int("SELECT contact_id FROM calendar_attendees WHERE event_id = ?", [event[0]["id"]]) == person["id"])
    }

    @Test func editingKeepsAnAllDayEventAllDayAndDeleteAsks() throws {
        let probe = try AppProbe()
        let birthday = try probe.rows("SELECT id, starts_at, ends_at FROM calendar_events WHERE all_day = 1 ORDER BY id LIMIT 1")[0]
        let form = ScreenRef("edit", id: birthday["id"])
        #expect(try probe.perform(app, Command("save", id: birthday["id"]), on: form, typed: ["title": "Party"]) == [.back, .toast("Event saved")])
        let saved = try probe.rows("SELECT * FROM calendar_events WHERE id = ?", [birthday["id"]])[0]
        let allDay: Int = saved["all_day"], title: String = saved["title"]
        #expect(allDay == 1)
        #expect(title == "Party")
        #expect(saved["starts_at"] == birthday["starts_at"] as Int)
        #expect(saved["ends_at"] == birthday["ends_at"] as Int)
        let detail = ScreenRef("detail", id: birthday["id"])
        guard let delete = AppProbe.confirmed(AppProbe.item(AppProbe.tap(try probe.screen(app, detail), id: "more"), "Delete")) else {
            Issue.record("no delete dialog"); return
        }
        #expect(try probe.perform(app, delete, on: detail) == [.back, .toast("Event deleted")])
        #expect(try probe.int("SELECT COUNT(*) FROM calendar_events WHERE id = ?", [birthday["id"]]) == 0)
        #expect(try probe.int("SELECT COUNT(*) FROM calendar_attendees WHERE event_id = ?", [birthday["id"]]) == 0)
    }

    @Test func remindersAndSearch() throws {
        let probe = try AppProbe()
        let reminders = AppProbe.rows(try probe.screen(app, ScreenRef("reminders")), id: "reminder")
        #expect(reminders.contains { $0.title == "Dentist appointment" && $0.detail == "Tue, Jun 2 09:30" })
        let found = AppProbe.rows(try probe.screen(app, ScreenRef("search"), typed: ["query": "dentist"]), id: "event")
        #expect(found.count == 2)
    }
}
