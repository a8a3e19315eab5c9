import AgentProtocol
import Vocabulary

/// What the device is asked to do, in screen terms: elements are already points. The
/// phone's world turns agents' actions into these (resolving `[id]`s on the observation),
/// and the HTML phone's forms post them (`POST /act`, docs/phone.md "Serving").
enum DeviceOperation: Sendable, Equatable {
    case tap(x: Double, y: Double)
    case longPress(x: Double, y: Double)
    /// Types into the field at the point, or into the focused field.
    case input(String, x: Double?, y: Double?)
    case clear(x: Double?, y: Double?)
    /// Scrolls the list at the point, or the screen's list.
    case scroll(Direction, x: Double?, y: Double?)
    case swipe(Direction)
    case back, home, enter
    case openApp(String)
    case wait(seconds: Int)
    /// A question to the task's user and the scripted reply (`ask_user`): recorded, and
    /// shown in a dialog.
    case ask(String, reply: String)
    /// Puts the device on a start location (`/`, `/<app>`, `/<app>/<screen>?<args>`).
    case launch(String)

    /// The operation's form fields, as `POST /act` takes them.
    var form: FormFields {
        func point(_ x: Double?, _ y: Double?) -> [NameValue] {
            guard let x, let y else { return [] }
            return [NameValue("x", Self.number(x)), NameValue("y", Self.number(y))]
        }
        switch self {
        case .tap(let x, let y): return FormFields(pairs: [NameValue("op", "tap")] + point(x, y))
        case .longPress(let x, let y): return FormFields(pairs: [NameValue("op", "long_press")] + point(x, y))
        case .input(let text, let x, let y): return FormFields(pairs: [NameValue("op", "input"), NameValue("text", text)] + point(x, y))
        case .clear(let x, let y): return FormFields(pairs: [NameValue("op", "clear")] + point(x, y))
        case .scroll(let d, let x, let y): return FormFields(pairs: [NameValue("op", "scroll"), NameValue("direction", d.rawValue)] + point(x, y))
        case .swipe(let d): return FormFields(pairs: [NameValue("op", "swipe"), NameValue("direction", d.rawValue)])
        case .back: return FormFields(pairs: [NameValue("op", "back")])
        case .home: return FormFields(pairs: [NameValue("op", "home")])
        case .enter: return FormFields(pairs: [NameValue("op", "enter")])
        case .openApp(let app): return FormFields(pairs: [NameValue("op", "open_app"), NameValue("app", app)])
        case .wait(let seconds): return FormFields(pairs: [NameValue("op", "wait"), NameValue("seconds", String(seconds))])
        case .launch(let path): return FormFields(pairs: [NameValue("op", "launch"), NameValue("path", path)])
        case .ask(let question, let reply): return FormFields(pairs: [NameValue("op", "ask"), NameValue("question", question), NameValue("reply", reply)])
        }
    }

    /// Whole numbers without a fraction, so a form reads as a person would write it.
    static func number(_ d: Double) -> String {
        d.rounded() == d && abs(d) < 1e15 ? String(Int64(d)) : String(d)
    }

    /// Reads `POST /act`'s fields; the error says which field is wrong.
    init(form: FormFields) throws(DeviceOperationError) {
        func number(_ name: String) throws(DeviceOperationError) -> Double? {
            guard let text = form[name], !text.isEmpty else { return nil }
            guard let value = Double(text), value.isFinite else { throw DeviceOperationError("field \(name) must be a number, not '\(text)'") }
            return value
        }
        func point() throws(DeviceOperationError) -> (Double, Double) {
            guard let x = try number("x"), let y = try number("y") else { throw DeviceOperationError("fields x and y are required") }
            return (x, y)
        }
        func direction() throws(DeviceOperationError) -> Direction {
            guard let d = form["direction"].flatMap(Direction.init(rawValue:)) else {
                throw DeviceOperationError("field direction must be up, down, left or right")
            }
            return d
        }
        switch form["op"] ?? "" {
        case "tap": let p = try point(); self = .tap(x: p.0, y: p.1)
        case "long_press": let p = try point(); self = .longPress(x: p.0, y: p.1)
        case "input":
            guard let text = form["text"] else { throw DeviceOperationError("field text is required") }
            self = .input(text, x: try number("x"), y: try number("y"))
        case "clear": self = .clear(x: try number("x"), y: try number("y"))
        case "scroll": self = .scroll(try direction(), x: try number("x"), y: try number("y"))
        case "swipe": self = .swipe(try direction())
        case "back": self = .back
        case "home": self = .home
        case "enter": self = .enter
        case "open_app": self = .openApp(form["app"] ?? "")
        case "wait":
            let seconds = try number("seconds") ?? Double(PhoneDevice.secondsPerAction)
            guard seconds >= 0, seconds <= 86_400 else { throw DeviceOperationError("field seconds must be between 0 and 86400") }
            self = .wait(seconds: Int(seconds))
        case "launch": self = .launch(form["path"] ?? "/")
        case "ask":
            guard let question = form["question"], let reply = form["reply"] else { throw DeviceOperationError("fields question and reply are required") }
            self = .ask(question, reply: reply)
        case let other:
            throw DeviceOperationError("unknown op '\(other)' (ops: tap, long_press, input, clear, scroll, swipe, back, home, enter, open_app, wait, launch, ask)")
        }
    }
}

struct DeviceOperationError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
