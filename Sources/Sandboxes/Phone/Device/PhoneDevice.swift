import AgentProtocol
import GRDB

/// The device: applies one operation to the state kept in the instance and lays out what
/// it shows (docs/phone.md, "Behaviour"). Runs inside the step's transaction; an app that
/// throws fails the step as a sandbox error and nothing it wrote stays.
struct PhoneDevice: Sendable {
    static let secondsPerAction = 10
    let apps: [any PhoneApp]
    let launcher: LauncherApp

    init(apps: [any PhoneApp]) {
        self.apps = apps
        launcher = LauncherApp(apps: apps)
    }

    func app(_ id: String) -> (any PhoneApp)? {
        id == LauncherApp.appID ? launcher : apps.first { $0.id == id }
    }

    /// The app `open_app` means by `name`: its id or label, in any case, spaces ignored.
    func app(named name: String) -> (any PhoneApp)? {
        let key = name.lowercased().filter { !$0.isWhitespace }
        return apps.first { $0.id == key || $0.label.lowercased().filter { !$0.isWhitespace } == key }
    }

    /// Why `open_app` cannot open `name` (no `app(named:)`).
    func noApp(named name: String) -> String {
        "no app named '\(name)' on this phone (apps: \(launcher.apps.map(\.label).joined(separator: ", ")))"
    }

    // MARK: Rendering

    func render(_ db: Database) throws -> LaidOutScreen {
        try render(db, try DeviceStore.load(db))
    }

    func render(_ db: Database, _ state: DeviceState) throws -> LaidOutScreen {
        guard let app = self.app(state.app) else { throw DeviceError.corrupt("phone_device.app '\(state.app)' is not installed") }
        let stack = state.stack(app.id, home: app.home)
        let entry = stack[stack.count - 1]
        let screen = try app.screen(entry.ref, ScreenContext(db: db, ref: entry.ref, fields: entry.fields, clock: state.clock))
        var notifications: [LayoutEngine.Notification] = []
        if state.overlay == .shade {
            notifications = try Row.fetchAll(db, sql: "SELECT app, title, text FROM phone_notifications ORDER BY posted_at DESC, id DESC")
                .map { LayoutEngine.Notification(app: $0["app"], title: $0["title"], text: $0["text"]) }
        }
        return LayoutEngine.layout(.init(screen: screen, package: app.package, entry: entry, canGoUp: stack.count > 1, state: state,
                                         notifications: notifications))
    }

    /// Where the device is: `<app>/<screen>` (`contacts/detail?id=12`, `launcher/home`).
    func location(_ state: DeviceState) -> String {
        guard let app = self.app(state.app) else { return state.app }
        return app.id + "/" + state.stack(app.id, home: app.home).last!.ref.description
    }

    // MARK: Acting

    /// Applies `operation`; returns why it did not apply (the agent's `last_action_error`)
    /// and the state it left.
    /// `shown` is the state and screen the instance shows, when known (`ScreenCache`);
    /// otherwise they are loaded and laid out.
    func apply(_ operation: DeviceOperation, _ db: Database, shown: ShownScreen? = nil) throws -> (error: String?, state: DeviceState) {
        var state: DeviceState
        let screen: LaidOutScreen
        if let shown {
            (state, screen) = (shown.state, shown.screen)
        } else {
            state = try DeviceStore.load(db)
            screen = try render(db, state)
        }
        state.toast = nil
        switch operation {
        case .wait(let seconds): state.clock.now += seconds
        case .launch: break
        default: state.clock.now += Self.secondsPerAction
        }
        var step = Step(device: self, db: db, state: state, screen: screen)
        let error = try step.run(operation)
        let after = error == nil ? step.state : state
        try DeviceStore.save(after, db)
        return (error, after)
    }
}

/// One operation on one state. On an error nothing it changed is kept.
private struct Step {
    let device: PhoneDevice
    let db: Database
    var state: DeviceState
    let screen: LaidOutScreen

    private static let screenBounds = Rect(x1: 0, y1: 0, x2: LayoutEngine.width, y2: LayoutEngine.height)

    private var front: any PhoneApp { device.app(state.app)! }

    private var stack: [StackEntry] {
        get { state.stack(front.id, home: front.home) }
        set { state.stacks[front.id] = newValue }
    }

    private var top: StackEntry {
        get { stack[stack.count - 1] }
        set { var s = stack; s[s.count - 1] = newValue; stack = s }
    }

    mutating func run(_ operation: DeviceOperation) throws -> String? {
        switch operation {
        case .tap(let x, let y): return try tap(x, y, long: false)
        case .longPress(let x, let y): return try tap(x, y, long: true)
        case .input(let text, let x, let y): return edit(x, y) { $0 + text }
        case .clear(let x, let y): return edit(x, y) { _ in "" }
        case .scroll(let direction, let x, let y): return scroll(direction, x, y)
        case .swipe(let direction): return swipe(direction)
        case .back: back(); return nil
        case .home: home(); return nil
        case .enter: return try enter()
        case .openApp(let name): return open(name)
        case .wait: return nil
        case .launch(let path): return launch(path)
        case .ask(let question, let reply):
            try db.cachedStatement(sql: "INSERT INTO phone_questions (question, reply, asked_at) VALUES (?, ?, ?)")
                .execute(arguments: [question, reply, state.clock.now])
            unfocus()
            state.overlay = .dialog(Dialog(title: "Reply from the user", message: reply, buttons: [DialogButton("OK")]))
            return nil
        }
    }

    // MARK: Touch

    private mutating func tap(_ x: Double, _ y: Double, long: Bool) throws -> String? {
        guard Self.screenBounds.contains(x: x, y: y) else {
            return "(\(DeviceOperation.number(x)), \(DeviceOperation.number(y))) is outside the \(LayoutEngine.width)×\(LayoutEngine.height) screen"
        }
        if let modal = screen.modal, !modal.box.contains(x: x, y: y) {
            // A touch outside a dialog, menu or picker cancels it, as on Android.
            state.overlay = nil
            return nil
        }
        guard let node = screen.target(x: x, y: y, long: long) else {
            let what = screen.topmost(x: x, y: y)?.label ?? "nothing"
            let verb = long ? "long-press" : "click"
            return "nothing to \(verb) at (\(DeviceOperation.number(x)), \(DeviceOperation.number(y))): \(what) does not respond to a \(long ? "long press" : "tap")"
        }
        guard node.enabled else { return "\(node.label) is disabled" }
        if !long, let field = node.field {
            state.focus = field
            state.keyboard = true
            return nil
        }
        switch long ? node.longAction : node.action {
        case .app(let tap): return try perform(tap)
        case .system(let action): return try system(action)
        case nil: return nil
        }
    }

    private mutating func perform(_ tap: Tap) throws -> String? {
        state.overlay = nil
        switch tap {
        case .push(let ref): push(ref)
        case .back: closeScreen()
        case .run(let command): return try run(command)
        case .dialog(let dialog): state.overlay = .dialog(dialog)
        case .menu(let items): state.overlay = .menu(items)
        case .set(let field, let value): top.fields[field] = value
        case .pickDate(let field):
            let shown = screen.fields[field] ?? ""
            let date = PhoneClock.parse(date: shown) != nil ? shown : PhoneClock.date(state.clock.now)
            let parts = date.split(separator: "-").compactMap { Int($0) }
            state.overlay = .datePicker(field: field, year: parts[0], month: parts[1], selected: date)
        case .pickTime(let field):
            let parts = (screen.fields[field] ?? "").split(separator: ":").compactMap { Int($0) }
            let valid = parts.count == 2 && (0..<24).contains(parts[0]) && (0..<60).contains(parts[1])
            state.overlay = .timePicker(field: field, hour: valid ? parts[0] : 9, minute: valid ? parts[1] / 5 * 5 : 0)
        case .open(let app, let ref): return switchTo(app, ref)
        }
        return nil
    }

    private mutating func run(_ command: Command) throws -> String? {
        let app = front
        let entry = top
        let effects = try app.perform(command, CommandContext(db: db, ref: entry.ref, fields: screen.fields, clock: state.clock))
        for effect in effects {
            switch effect {
            case .push(let ref): push(ref)
            case .replace(let ref):
                top = StackEntry(ref: ref)
                unfocus()
            case .back: closeScreen()
            case .backToHome:
                stack = [stack[0]]
                unfocus()
            case .toast(let text): state.toast = text
            case .dialog(let dialog): state.overlay = .dialog(dialog)
            case .setField(let field, let value): top.fields[field] = value
            case .clearFields: top.fields = [:]
            case .open(let other, let ref):
                if let error = switchTo(other, ref) { throw DeviceError.app("\(app.label)'s command \(command) opens \(other): \(error)") }
            }
        }
        return nil
    }

    private mutating func system(_ action: SystemAction) throws -> String? {
        switch action {
        case .back: back()
        case .home: home()
        case .enter: return try enter()
        case .hideKeyboard: state.keyboard = false
        case .dismiss: state.overlay = nil
        case .dialogButton(let i):
            guard case .dialog(let dialog) = state.overlay, dialog.buttons.indices.contains(i) else { return nil }
            state.overlay = nil
            if let tap = dialog.buttons[i].tap { return try perform(tap) }
        case .menuItem(let i):
            guard case .menu(let items) = state.overlay, items.indices.contains(i) else { return nil }
            return try perform(items[i].tap)
        case .notification(let i):
            let rows = try Row.fetchAll(db, sql: "SELECT id, app, screen FROM phone_notifications ORDER BY posted_at DESC, id DESC")
            guard rows.indices.contains(i) else { return nil }
            try db.execute(sql: "DELETE FROM phone_notifications WHERE id = ?", arguments: [rows[i]["id"] as Int])
            state.overlay = nil
            let text: String = rows[i]["screen"]
            return switchTo(rows[i]["app"], ScreenRef(parsing: text))
        case .clearNotifications:
            try db.execute(sql: "DELETE FROM phone_notifications")
        case .pickDay(let date):
            guard case .datePicker(let field, let year, let month, _) = state.overlay else { return nil }
            state.overlay = .datePicker(field: field, year: year, month: month, selected: date)
        case .pickMonth(let delta):
            guard case .datePicker(let field, let year, let month, let selected) = state.overlay else { return nil }
            let index = year * 12 + (month - 1) + delta
            state.overlay = .datePicker(field: field, year: index / 12, month: index % 12 + 1, selected: selected)
        case .pickHour(let delta):
            guard case .timePicker(let field, let hour, let minute) = state.overlay else { return nil }
            state.overlay = .timePicker(field: field, hour: (hour + delta + 24) % 24, minute: minute)
        case .pickMinute(let delta):
            guard case .timePicker(let field, let hour, let minute) = state.overlay else { return nil }
            state.overlay = .timePicker(field: field, hour: hour, minute: (minute + delta + 60) % 60)
        case .pickerDone:
            switch state.overlay {
            case .datePicker(let field, _, _, let selected): top.fields[field] = selected
            case .timePicker(let field, let hour, let minute): top.fields[field] = "\(PhoneClock.pad(hour)):\(PhoneClock.pad(minute))"
            default: break
            }
            state.overlay = nil
        }
        return nil
    }

    // MARK: Typing

    /// Changes the text of the field at the point, or of the focused one.
    private mutating func edit(_ x: Double?, _ y: Double?, _ change: (String) -> String) -> String? {
        let field: String
        if let x, let y {
            guard Self.screenBounds.contains(x: x, y: y) else {
                return "(\(DeviceOperation.number(x)), \(DeviceOperation.number(y))) is outside the \(LayoutEngine.width)×\(LayoutEngine.height) screen"
            }
            let layer = screen.modal.map { screen.nodes[$0.first...] } ?? screen.nodes[...]
            guard let node = layer.last(where: { $0.bounds.contains(x: x, y: y) && $0.isEditable }) else {
                let what = layer.last { $0.bounds.contains(x: x, y: y) && $0.depth > 1 }?.label ?? "nothing"
                return "\(what) is not a text field: only an EditText takes text"
            }
            field = node.field!
        } else {
            guard let focused = state.focus, screen.fields[focused] != nil, screen.modal == nil else {
                return "no text field has focus: click a field first, or give the element to type into"
            }
            field = focused
        }
        top.fields[field] = change(screen.fields[field] ?? "")
        state.focus = field
        state.keyboard = true
        return nil
    }

    private mutating func enter() throws -> String? {
        guard state.keyboard || state.focus != nil, let field = state.focus else {
            return "the keyboard is not shown: no text field has focus"
        }
        state.keyboard = false
        if let submit = screen.submits[field] { return try perform(submit) }
        return nil
    }

    // MARK: Scrolling

    private mutating func scroll(_ direction: Direction, _ x: Double?, _ y: Double?) -> String? {
        if let overlay = state.overlay {
            return "nothing scrolls under the open \(Self.name(overlay)); close it first (navigate_back)"
        }
        guard let scroll = screen.scroll else { return "this screen has no list to scroll" }
        if let x, let y {
            guard Self.screenBounds.contains(x: x, y: y) else {
                return "(\(DeviceOperation.number(x)), \(DeviceOperation.number(y))) is outside the \(LayoutEngine.width)×\(LayoutEngine.height) screen"
            }
            guard scroll.viewport.contains(x: x, y: y) else {
                let what = screen.topmost(x: x, y: y)?.label ?? "that point"
                return "\(what) is not in a scrollable list"
            }
        }
        guard direction == .up || direction == .down else { return "nothing on this screen scrolls \(direction.rawValue)" }
        guard scroll.maxOffset > 0 else { return "the list cannot scroll: all of it is on screen" }
        if direction == .down {
            guard scroll.offset < scroll.maxOffset else { return "the list is already at its bottom" }
            top.scroll = min(scroll.maxOffset, scroll.offset + scroll.step)
        } else {
            guard scroll.offset > 0 else { return "the list is already at its top" }
            top.scroll = max(0, scroll.offset - scroll.step)
        }
        return nil
    }

    /// A swipe is a finger's move: up reveals what is below (and opens the app drawer from
    /// the home screen, or closes the shade); down reveals what is above, or opens the
    /// notification shade where nothing is above.
    private mutating func swipe(_ direction: Direction) -> String? {
        switch direction {
        case .up:
            if state.overlay == .shade { state.overlay = nil; return nil }
            if front.id == LauncherApp.appID && top.ref.name == "home" { push(ScreenRef("drawer")); return nil }
            return scroll(.down, nil, nil)
        case .down:
            if state.overlay == nil, (screen.scroll?.offset ?? 0) == 0 {
                state.overlay = .shade
                state.keyboard = false
                return nil
            }
            return scroll(.up, nil, nil)
        case .left, .right:
            return "nothing on this screen moves \(direction.rawValue)"
        }
    }

    // MARK: Navigation

    private mutating func push(_ ref: ScreenRef) {
        stack = stack + [StackEntry(ref: ref)]
        unfocus()
    }

    private mutating func unfocus() {
        state.focus = nil
        state.keyboard = false
    }

    /// Android's back: closes what is open first (overlay, keyboard), then the screen; on
    /// an app's first screen it leaves the app, which starts afresh next time.
    private mutating func back() {
        if state.overlay != nil { state.overlay = nil; return }
        if state.keyboard { state.keyboard = false; return }
        closeScreen()
    }

    /// Closes the top screen (what "Navigate up" and an app's `.back` do, whatever is open).
    private mutating func closeScreen() {
        if stack.count > 1 {
            stack = Array(stack.dropLast())
            unfocus()
        } else if front.id != LauncherApp.appID {
            state.stacks[front.id] = nil
            state.app = LauncherApp.appID
            unfocus()
        }
    }

    private mutating func home() {
        state.overlay = nil
        unfocus()
        state.app = LauncherApp.appID
        state.stacks[LauncherApp.appID] = nil
    }

    private mutating func open(_ name: String) -> String? {
        guard let app = device.app(named: name) else {
            return device.noApp(named: name)
        }
        return switchTo(app.id, nil)
    }

    /// Brings `id` to the front, on `ref` over its home screen when given, else where it was left.
    private mutating func switchTo(_ id: String, _ ref: ScreenRef?) -> String? {
        guard let app = device.app(id) else { return "no app '\(id)' on this phone" }
        state.overlay = nil
        unfocus()
        state.app = app.id
        if let ref {
            state.stacks[app.id] = ref == app.home ? [StackEntry(ref: ref)] : [StackEntry(ref: app.home), StackEntry(ref: ref)]
        }
        return nil
    }

    /// `/` is the home screen, `/<app>` an app's first screen, `/<app>/<screen>?<args>` a
    /// screen over it.
    private mutating func launch(_ path: String) -> String? {
        let clock = state.clock
        state = DeviceState.initial
        state.clock = clock
        let resolved: PhoneLocation?
        do {
            resolved = try PhoneLocation.resolve(path, on: device)
        } catch {
            return error.reason
        }
        guard let location = resolved else { return nil }
        // The launcher is the home screen (`/`), not an app to launch.
        guard location.app.id != LauncherApp.appID else { return "no app '\(LauncherApp.appID)' on this phone" }
        return switchTo(location.app.id, location.screen)
    }

    private static func name(_ overlay: Overlay) -> String {
        switch overlay {
        case .dialog: "dialog"
        case .menu: "menu"
        case .datePicker: "date picker"
        case .timePicker: "time picker"
        case .shade: "notification shade"
        }
    }
}
