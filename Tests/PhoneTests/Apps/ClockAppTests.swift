import GRDB
import Testing
@testable import Phone

@Suite struct ClockAppTests {
    let app = ClockApp()

    @Test func alarmsListByTimeAndSwitch() throws {
        let probe = try AppProbe()
        let alarms = try probe.screen(app, app.home)
        let rows = AppProbe.rows(alarms, id: "alarm")
        #expect(rows.map(\.title) == ["05:00", "06:30", "07:15", "08:00", "13:45", "22:30"])
        #expect(rows[1].subtitle == "Work · Weekdays")
        #expect(rows[2].subtitle == "Gym · Tue, Thu")
        guard case .run(let flip) = AppProbe.tap(alarms, id: "alarm_switch") else { Issue.record("no switch"); return }
        #expect(try probe.perform(app, flip, on: app.home) == [.toast("Alarm set for 05:00")])
        #expect(try probe.int("SELECT enabled FROM clock_alarms WHERE label = 'Airport'") == 1)
    }

    @Test func newAlarmTakesTimeDaysAndSound() throws {
        let probe = try AppProbe()
        let form = ScreenRef("alarm")
        let shown = try probe.screen(app, form)
        guard case .set(field: "days", value: let monday) = AppProbe.tap(shown, id: "day_mon") else { Issue.record("days are check boxes"); return }
        #expect(monday == "Mon")
        let typed = ["time": "07:45", "label": "Swim", "days": "Mon,Wed", "sound": "Chimes", "vibrate": "0"]
        #expect(try probe.perform(app, Command("save_alarm"), on: form, typed: typed) == [.back, .toast("Alarm set for 07:45")])
        let alarm = try probe.rows("SELECT * FROM clock_alarms WHERE label = 'Swim'")[0]
        let time: String = alarm["time"], days: String = alarm["days"], sound: String = alarm["sound"]
        let vibrate: Int = alarm["vibrate"], enabled: Int = alarm["enabled"]
        #expect(time == "07:45")
        #expect(days == "Mon,Wed")
        #expect(sound == "Chimes")
        #expect(vibrate == 0)
        #expect(enabled == 1)
        #expect(try probe.perform(app, Command("save_alarm"), on: form, typed: ["time": "25:00"]) == [.toast("Pick a time")])
    }

    @Test func editingKeepsDaysAndDeleteAsks() throws {
        let probe = try AppProbe()
        let form = ScreenRef("alarm", id: 3)
        #expect(try probe.perform(app, Command("save_alarm", id: 3), on: form, typed: ["time": "07:00"]) == [.back, .toast("Alarm set for 07:00")])
        let alarm = try probe.rows("SELECT * FROM clock_alarms WHERE id = 3")[0]
        let time: String = alarm["time"], days: String = alarm["days"], vibrate: Int = alarm["vibrate"]
        #expect(time == "07:00")
        #expect(days == "Tue,Thu")
        #expect(vibrate == 1)
        guard let delete = AppProbe.confirmed(AppProbe.tap(try probe.screen(app, form), id: "delete")) else { Issue.record("no delete"); return }
        #expect(try probe.perform(app, delete, on: form) == [.back, .toast("Alarm deleted")])
        #expect(try probe.int("SELECT COUNT(*) FROM clock_alarms") == 5)
    }

    @Test func timersCountDownWithThePhonesClock() throws {
        var probe = try AppProbe()
        let screen = ScreenRef("timer", id: 2)
        #expect(AppProbe.texts(try probe.screen(app, screen)).contains("4:00"))
        #expect(try probe.perform(app, Command("start", id: 2), on: screen) == [.toast("Timer started")])
        probe.clock.now += 100
        #expect(AppProbe.texts(try probe.screen(app, screen)).contains("2:20"))
        #expect(AppProbe.tap(try probe.screen(app, screen), id: "pause") != nil)
        _ = try probe.perform(app, Command("pause", id: 2), on: screen)
        probe.clock.now += 500
        #expect(try probe.rows("SELECT state, remaining_seconds FROM clock_timers WHERE id = 2")[0]["remaining_seconds"] == 140)
        #expect(AppProbe.texts(try probe.screen(app, screen)).contains("Resume"))
        _ = try probe.perform(app, Command("start", id: 2), on: screen)
        probe.clock.now += 1000
        #expect(AppProbe.rows(try probe.screen(app, ScreenRef("timers")), id: "timer")[1].subtitle == "Done")
        _ = try probe.perform(app, Command("reset", id: 2), on: screen)
        #expect(try probe.rows("SELECT state, remaining_seconds FROM clock_timers WHERE id = 2")[0]["state"] == "idle")
    }

    @Test func newTimerChecksItsDuration() throws {
        let probe = try AppProbe()
        let form = ScreenRef("timer_edit")
        #expect(try probe.perform(app, Command("save_timer"), on: form, typed: ["label": "Eggs", "minutes": "75"]) == [.toast("Minutes must be 0 to 59")])
        #expect(try probe.perform(app, Command("save_timer"), on: form, typed: ["label": "Eggs", "hours": "0", "minutes": "0", "seconds": "0"]) == [.toast("Set a duration")])
        let effects = try probe.perform(app, Command("save_timer"), on: form, typed: ["label": "Eggs", "minutes": "7", "seconds": "30"])
        let id = try probe.int("SELECT id FROM clock_timers WHERE label = 'Eggs'")
        #expect(effects == [.replace(ScreenRef("timer", id: id)), .toast("Timer saved")])
        #expect(try probe.int("SELECT duration_seconds FROM clock_timers WHERE id = ?", [id]) == 450)
    }
}
