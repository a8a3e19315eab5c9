import Foundation
import GRDB

/// Clock (docs/phone-apps.md, "Clock"): alarms (time picker, repeat days, sound, vibrate,
/// on and off) and timers that count down with the phone's clock (start, pause, reset).
struct ClockApp: PhoneApp {
    let id = "clock"
    let label = "Clock"
    let home = ScreenRef("alarms")
    let screens = ["alarms", "alarm", "timers", "timer", "timer_edit"]
    let schema = ClockStore.schema

    func seed(_ db: Database, _ seed: AppSeed) throws {
        try ClockStore.insert(alarms: Alarm.seeded, timers: ClockTimer.seeded, into: db)
    }

    func screen(_ ref: ScreenRef, _ context: ScreenContext) throws -> Screen {
        switch ref.name {
        case "alarm": return try alarm(ref.int("id"), context)
        case "timers": return try timers(context)
        case "timer": return try timer(ref.int("id") ?? 0, context)
        case "timer_edit": return try timerEdit(ref.int("id"), context)
        default: return try alarms(context)
        }
    }

    func perform(_ command: Command, _ context: CommandContext) throws -> [Effect] {
        let db = context.db, now = context.clock.now
        switch command.name {
        case "tab": return [.replace(ScreenRef(command["screen"] == "timers" ? "timers" : "alarms"))]
        case "switch":
            try db.execute(sql: "UPDATE clock_alarms SET enabled = 1 - enabled WHERE id = ?", arguments: [command.int("id")])
            guard let alarm = try ClockStore.alarm(command.int("id"), db) else { return [] }
            return [.toast(alarm.enabled ? "Alarm set for \(alarm.time)" : "Alarm \(alarm.time) off")]
        case "save_alarm": return try saveAlarm(command.int("id"), context)
        case "delete_alarm":
            try db.execute(sql: "DELETE FROM clock_alarms WHERE id = ?", arguments: [command.int("id")])
            return (command["from"] == "alarm" ? [.back] : []) + [.toast("Alarm deleted")]
        case "start":
            guard let timer = try ClockStore.timer(command.int("id"), db) else { return [] }
            let remaining = timer.remaining(at: now) == 0 ? timer.durationSeconds : timer.remaining(at: now)
            try db.execute(sql: "UPDATE clock_timers SET state = 'running', remaining_seconds = ?, ends_at = ? WHERE id = ?",
                           arguments: [remaining, now + remaining, timer.id])
            return [.toast("Timer started")]
        case "pause":
            guard let timer = try ClockStore.timer(command.int("id"), db) else { return [] }
            try db.execute(sql: "UPDATE clock_timers SET state = 'paused', remaining_seconds = ?, ends_at = NULL WHERE id = ?",
                           arguments: [timer.remaining(at: now), timer.id])
            return [.toast("Timer paused")]
        case "reset":
            try db.execute(sql: "UPDATE clock_timers SET state = 'idle', remaining_seconds = duration_seconds, ends_at = NULL WHERE id = ?",
                           arguments: [command.int("id")])
            return [.toast("Timer reset")]
        case "save_timer": return try saveTimer(command.int("id"), context)
        case "delete_timer":
            try db.execute(sql: "DELETE FROM clock_timers WHERE id = ?", arguments: [command.int("id")])
            return [.back, .toast("Timer deleted")]
        default: return [.toast("Clock cannot \(command.name)")]
        }
    }

    private func tabs(_ selected: String) -> [Widget] {
        [.hstack([
            .tile("Alarms", id: "tab_alarms", tap: .run(Command("tab", ["screen": "alarms"])), selected: selected == "alarms"),
            .tile("Timers", id: "tab_timers", tap: .run(Command("tab", ["screen": "timers"])), selected: selected == "timers"),
        ])]
    }

    // MARK: Alarms

    private func alarms(_ context: ScreenContext) throws -> Screen {
        let body: [Widget] = try ClockStore.alarms(context.db).map { alarm in
            let delete = Dialog.confirm("Delete alarm?", message: "\(alarm.time) \(alarm.label)", confirm: "Delete",
                                        Command("delete_alarm", ["id": String(alarm.id), "from": "list"]))
            return .hstack([
                .row(ListRow("alarm", title: alarm.time, subtitle: [alarm.label, Alarm.repeatLabel(alarm.days)].filter { !$0.isEmpty }.joined(separator: " · "),
                             tap: .push(ScreenRef("alarm", id: alarm.id)),
                             longPress: .menu([MenuItem(alarm.enabled ? "Turn off" : "Turn on", .run(Command("switch", id: alarm.id))),
                                               MenuItem("Delete", .dialog(delete))]))),
                .toggle("\(alarm.time) \(alarm.label)", id: "alarm_switch", on: alarm.enabled, tap: .run(Command("switch", id: alarm.id))),
            ])
        }
        return Screen(title: "Alarms", header: tabs("alarms"), body: body.isEmpty ? [.text("No alarms.", id: "empty")] : body,
                      fab: .icon("Add alarm", id: "add_alarm", tap: .push(ScreenRef("alarm"))))
    }

    private func alarm(_ id: Int?, _ context: ScreenContext) throws -> Screen {
        let stored = try ClockStore.alarm(id, context.db)
        let time = context.value("time", stored?.time ?? "07:00")
        let days = Alarm.days(stored: context.value("days", Alarm.storedDays(stored?.days ?? [])))
        let vibrate = context.value("vibrate", stored?.vibrate ?? true ? "1" : "0") == "1"
        var body: [Widget] = [
            .picker("Time", id: "time", value: time, tap: .pickTime(field: "time")),
            .field(Field("label", hint: "Alarm name", value: context.value("label", stored?.label ?? ""))),
            .section("Repeat"),
        ]
        for (index, name) in PhoneClock.weekdayNames.enumerated() {
            let on = days.contains(index)
            let toggled = on ? days.filter { $0 != index } : (days + [index]).sorted()
            body.append(.checkbox(name, id: "day_" + name.lowercased(), checked: on, tap: .set(field: "days", value: Alarm.storedDays(toggled))))
        }
        let sound = context.value("sound", stored?.sound ?? Alarm.sounds[0])
        body += [
            .picker("Sound", id: "sound", value: sound, tap: .menu(Alarm.sounds.map { MenuItem($0, .set(field: "sound", value: $0)) })),
            .toggle("Vibrate", id: "vibrate", on: vibrate, tap: .set(field: "vibrate", value: vibrate ? "0" : "1")),
            .button("Save", id: "save", tap: .run(Command("save_alarm", id.map { ["id": String($0)] } ?? [:]))),
        ]
        var actions: [Widget] = []
        if let id {
            actions.append(.icon("Delete alarm", id: "delete", tap: .dialog(.confirm("Delete alarm?", confirm: "Delete",
                                                                                   Command("delete_alarm", ["id": String(id), "from": "alarm"])))))
        }
        return Screen(title: id == nil ? "Add alarm" : "Edit alarm", actions: actions, body: body, bodyID: "form")
    }

    private func saveAlarm(_ id: Int?, _ context: CommandContext) throws -> [Effect] {
        let time = context.field("time")
        guard CivilTime(date: "2000-01-01", time: time) != nil, time.count == 5 else { return [.toast("Pick a time")] }
        let sound = context.field("sound")
        guard Alarm.sounds.contains(sound) else { return [.toast("Pick a sound")] }
        // Check boxes and switches are no field widgets: untouched, they keep the stored values.
        let stored = try ClockStore.alarm(id, context.db)
        let days = context.fields["days"].map { Alarm.days(stored: $0) } ?? stored?.days ?? []
        let vibrate = context.fields["vibrate"].map { $0 != "0" } ?? stored?.vibrate ?? true
        let values: [(any DatabaseValueConvertible)?] = [time, context.field("label"), Alarm.storedDays(days), sound, vibrate]
        if let id {
            try context.db.execute(sql: "UPDATE clock_alarms SET time = ?, label = ?, days = ?, sound = ?, vibrate = ?, enabled = 1 WHERE id = ?",
                                   arguments: StatementArguments(values + [id]))
        } else {
            try context.db.execute(sql: "INSERT INTO clock_alarms (time, label, days, sound, vibrate, enabled) VALUES (?, ?, ?, ?, ?, 1)",
                                   arguments: StatementArguments(values))
        }
        return [.back, .toast("Alarm set for \(time)")]
    }

    // MARK: Timers

    private func timers(_ context: ScreenContext) throws -> Screen {
        let now = context.clock.now
        let body: [Widget] = try ClockStore.timers(context.db).map { timer in
            .row(ListRow("timer", title: timer.label, subtitle: Self.status(timer, now: now), detail: ClockTimer.display(timer.remaining(at: now)),
                         tap: .push(ScreenRef("timer", id: timer.id))))
        }
        return Screen(title: "Timers", header: tabs("timers"), body: body.isEmpty ? [.text("No timers.", id: "empty")] : body,
                      fab: .icon("Add timer", id: "add_timer", tap: .push(ScreenRef("timer_edit"))))
    }

    private static func status(_ timer: ClockTimer, now: Int) -> String {
        if timer.state == .running, timer.remaining(at: now) == 0 { return "Done" }
        return ["idle": "Ready", "running": "Running", "paused": "Paused"][timer.state.rawValue] ?? ""
    }

    private func timer(_ id: Int, _ context: ScreenContext) throws -> Screen {
        guard let timer = try ClockStore.timer(id, context.db) else {
            return Screen(title: "Timer", body: [.text("This timer no longer exists.", id: "empty")])
        }
        let now = context.clock.now
        let running = timer.state == .running && timer.remaining(at: now) > 0
        let delete = Dialog.confirm("Delete timer?", message: timer.label, confirm: "Delete", Command("delete_timer", id: id))
        return Screen(
            title: timer.label,
            actions: [
                .icon("Edit timer", id: "edit", tap: .push(ScreenRef("timer_edit", id: id))),
                .icon("Delete timer", id: "delete", tap: .dialog(delete)),
            ],
            body: [
                .text(ClockTimer.display(timer.remaining(at: now)), id: "remaining", style: .title),
                .text(Self.status(timer, now: now) + " · " + ClockTimer.display(timer.durationSeconds) + " total", id: "status", style: .caption),
                .hstack([
                    running ? .button("Pause", id: "pause", tap: .run(Command("pause", id: id)))
                        : .button(timer.state == .paused ? "Resume" : "Start", id: "start", tap: .run(Command("start", id: id))),
                    .button("Reset", id: "reset", tap: .run(Command("reset", id: id)), enabled: timer.state != .idle),
                ]),
            ],
            bodyID: "timer")
    }

    private func timerEdit(_ id: Int?, _ context: ScreenContext) throws -> Screen {
        let stored = try ClockStore.timer(id, context.db)
        let duration = stored?.durationSeconds ?? 300
        return Screen(title: id == nil ? "Add timer" : "Edit timer", body: [
            .field(Field("label", hint: "Timer name", value: context.value("label", stored?.label ?? ""))),
            .field(Field("hours", hint: "Hours", value: context.value("hours", String(duration / 3600)), kind: .number)),
            .field(Field("minutes", hint: "Minutes", value: context.value("minutes", String(duration % 3600 / 60)), kind: .number)),
            .field(Field("seconds", hint: "Seconds", value: context.value("seconds", String(duration % 60)), kind: .number)),
            .button("Save", id: "save", tap: .run(Command("save_timer", id.map { ["id": String($0)] } ?? [:]))),
        ], bodyID: "form")
    }

    private func saveTimer(_ id: Int?, _ context: CommandContext) throws -> [Effect] {
        let label = context.field("label")
        guard !label.isEmpty else { return [.toast("Enter a name")] }
        var parts: [Int] = []
        for (field, limit) in [("hours", 99), ("minutes", 59), ("seconds", 59)] {
            let text = context.field(field)
            guard let value = text.isEmpty ? 0 : Int(text), (0...limit).contains(value) else { return [.toast("\(field.capitalized) must be 0 to \(limit)")] }
            parts.append(value)
        }
        let duration = parts[0] * 3600 + parts[1] * 60 + parts[2]
        guard duration > 0 else { return [.toast("Set a duration")] }
        if let id {
            try context.db.execute(sql: "UPDATE clock_timers SET label = ?, duration_seconds = ?, remaining_seconds = ?, state = 'idle', ends_at = NULL WHERE id = ?",
                                   arguments: [label, duration, duration, id])
            return [.back, .toast("Timer saved")]
        }
        try context.db.execute(sql: "INSERT INTO clock_timers (label, duration_seconds, remaining_seconds, state) VALUES (?, ?, ?, 'idle')",
                               arguments: [label, duration, duration])
        return [.replace(ScreenRef("timer", id: Int(context.db.lastInsertedRowID))), .toast("Timer saved")]
    }
}
