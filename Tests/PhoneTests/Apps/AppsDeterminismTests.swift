import GRDB
import Testing
@testable import Phone

@Suite struct AppsDeterminismTests {
    static let tables = ["mail_folders", "mail_messages", "calendar_events", "calendar_attendees", "clock_alarms", "clock_timers",
                         "notes_folders", "notes", "files", "expenses_categories", "expenses"]
    static let apps: [any PhoneApp] = [MailApp(), CalendarApp(), ClockApp(), NotesApp(), FilesApp(), ExpensesApp()]

    /// Every row of the six apps' tables, in rowid order, as text.
    static func dump(_ probe: AppProbe) throws -> [String] {
        try tables.flatMap { table in
            try probe.rows("SELECT * FROM \(table) ORDER BY rowid").map { table + ": " + $0.description }
        }
    }

    /// Every app's home screen and a few deeper ones, as their full description.
    static func screens(_ probe: AppProbe) throws -> [String] {
        var refs: [(any PhoneApp, ScreenRef)] = apps.map { ($0, $0.home) }
        refs += [(MailApp(), ScreenRef("detail", id: 1)), (CalendarApp(), ScreenRef("day", ["date": "2026-06-02"])),
                 (NotesApp(), ScreenRef("detail", id: 1)), (FilesApp(), ScreenRef("folder", id: 1)),
                 (ExpensesApp(), ScreenRef("report", ["month": "2026-05"])), (ClockApp(), ScreenRef("timers"))]
        return try refs.map { app, ref in String(describing: try probe.screen(app, ref)) }
    }

    @Test func theSameSeedGivesTheSameRowsAndScreens() throws {
        let first = try AppProbe(seed: 7), second = try AppProbe(seed: 7)
        let rows = try Self.dump(first)
        #expect(rows.count > 1500)
        #expect(rows == (try Self.dump(second)))
        #expect(try Self.screens(first) == (try Self.screens(second)))
    }

    @Test func anotherSeedGivesOtherData() throws {
        let one = try Self.dump(try AppProbe(seed: 1)), two = try Self.dump(try AppProbe(seed: 2))
        for table in ["mail_messages", "calendar_events", "notes", "files", "expenses"] {
            #expect(one.filter { $0.hasPrefix(table + ": ") } != two.filter { $0.hasPrefix(table + ": ") }, "table \(table)")
        }
    }

    @Test func everyTableIsTheAppsOwn() throws {
        // PhoneSandbox refuses a table not named <id> or <id>_<what>; this asserts the six apps built.
        let probe = try AppProbe()
        for table in Self.tables { #expect(try probe.int("SELECT COUNT(*) FROM \(table)") > 0, "table \(table)") }
        for app in Self.apps {
            for screen in app.screens {
                let built = try probe.screen(app, ScreenRef(screen))
                #expect(!built.title.isEmpty || !built.body.isEmpty, "\(app.id) \(screen)")
            }
        }
    }
}
