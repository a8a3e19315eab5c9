import Vocabulary

/// The structured form of an action: `{"name":"type","target":"5","text":"shoes","press_enter":false}`.
extension ActionParser {
    private static let fieldsByName: [String: Set<String>] = [
        "click": ["target", "x", "y"], "clear": ["target", "x", "y"], "clear_text": ["target", "x", "y"], "check": ["target"], "uncheck": ["target"],
        "hover": ["target"], "long_press": ["target", "x", "y"],
        "type": ["target", "text", "press_enter"], "select": ["target", "option"],
        "press": ["key"], "scroll": ["direction", "target", "x", "y"], "swipe": ["direction"], "goto": ["url"],
        "go_back": [], "go_forward": [], "new_tab": [], "close_tab": [], "navigate_back": [],
        "navigate_home": [], "tab_focus": ["index"], "input_text": ["target", "text", "x", "y"],
        "open_app": ["app"], "keyboard_enter": [], "ask_user": ["question"], "wait": ["seconds"], "say": ["text"], "stop": ["answer"],
        "answer": ["status", "value"],
    ]

    public static func parse(structured value: JSONValue, space: ActionSpace) throws(ActionParseError) -> Action {
        guard case .object(let members) = value else {
            throw ActionParseError("a structured action must be an object, not \(value.typeName)")
        }
        guard let name = value["name"]?.stringValue else {
            throw ActionParseError("a structured action needs a string field 'name'")
        }
        try checkAvailable(name, space: space)
        let allowed = fieldsByName[name] ?? []
        for (key, _) in members where key != "name" && !allowed.contains(key) {
            throw ActionParseError("\(name): unknown field '\(key)' (fields: \(allowed.sorted().joined(separator: ", ")))")
        }
        let fields = StructuredFields(action: name, object: value)
        switch name {
        case "click": return .click(try fields.target(space: space))
        case "clear", "clear_text": return .clear(try fields.target(space: space))
        case "check": return .check(try fields.target(space: space))
        case "uncheck": return .uncheck(try fields.target(space: space))
        case "hover": return .hover(try fields.target(space: space))
        case "long_press": return .longPress(try fields.target(space: space))
        case "type":
            return .type(try fields.target(space: space), text: try fields.string("text"),
                         pressEnter: try fields.optionalBool("press_enter") ?? true)
        case "select": return .select(try fields.target(space: space), option: try fields.string("option"))
        case "press": return .press(key: try fields.string("key", nonEmpty: true))
        case "scroll", "swipe":
            let text = try fields.string("direction")
            let allowed: [Direction] = (space == .gui) ? Direction.allCases : [.up, .down]
            guard let d = Direction(rawValue: text), allowed.contains(d) else {
                throw ActionParseError("\(name): field 'direction' must be one of \(allowed.map(\.rawValue).joined(separator: ", "))")
            }
            if name == "scroll", value["target"] != nil || value["x"] != nil {
                guard space == .gui else { throw ActionParseError("scroll: a target is only accepted in gui episodes") }
                return .scrollElement(try fields.target(space: space), d)
            }
            return name == "scroll" ? .scroll(d) : .swipe(d)
        case "goto": return .goto(url: try fields.string("url", nonEmpty: true))
        case "go_back": return .goBack
        case "go_forward": return .goForward
        case "new_tab": return .newTab
        case "close_tab": return .closeTab
        case "navigate_back": return .navigateBack
        case "navigate_home": return .navigateHome
        case "keyboard_enter": return .keyboardEnter
        case "ask_user": return .askUser(question: try fields.string("question", nonEmpty: true))
        case "tab_focus":
            guard let index = value["index"]?.intValue, index >= 0, index < Int64(Int32.max) else {
                throw ActionParseError("tab_focus: field 'index' must be a non-negative integer")
            }
            return .tabFocus(index: Int(index))
        case "input_text":
            let hasTarget = value["target"] != nil || value["x"] != nil
            return .inputText(hasTarget ? try fields.target(space: space) : nil, text: try fields.string("text"))
        case "open_app": return .openApp(name: try fields.string("app", nonEmpty: true))
        case "wait":
            guard let field = value["seconds"], !field.isNull else { return .wait(seconds: nil) }
            guard let seconds = field.doubleValue, seconds >= 0 else {
                throw ActionParseError("wait: field 'seconds' must be a non-negative number")
            }
            return .wait(seconds: seconds)
        case "say": return .say(try fields.string("text"))
        case "stop":
            guard let answer = value["answer"], !answer.isNull else { return .stop(Answer(status: .ok)) }
            if answer.stringValue?.trimmingWhitespace() == infeasibleAnswer { return .stop(Answer(status: .infeasible, value: .string(infeasibleAnswer))) }
            return .stop(Answer(status: .ok, value: answer))
        case "answer":
            let statusText = try fields.string("status")
            guard let status = AnswerStatus(rawValue: statusText) else {
                throw ActionParseError("answer: unknown status '\(clip(statusText))' (statuses: \(AnswerStatus.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return .stop(Answer(status: status, value: value["value"] ?? .null))
        default:
            throw ActionParseError("unknown action '\(name)'")
        }
    }
}

private struct StructuredFields {
    let action: String
    let object: JSONValue

    func string(_ key: String, nonEmpty: Bool = false) throws(ActionParseError) -> String {
        guard let field = object[key] else { throw ActionParseError("\(action): missing field '\(key)'") }
        guard let s = field.stringValue else {
            throw ActionParseError("\(action): field '\(key)' must be a string, not \(field.typeName)")
        }
        if nonEmpty && s.trimmingWhitespace().isEmpty { throw ActionParseError("\(action): field '\(key)' is empty") }
        return s
    }

    func optionalBool(_ key: String) throws(ActionParseError) -> Bool? {
        guard let field = object[key], !field.isNull else { return nil }
        if let b = field.boolValue { return b }
        if let i = field.intValue, i == 0 || i == 1 { return i == 1 }
        throw ActionParseError("\(action): field '\(key)' must be true or false")
    }

    func target(space: ActionSpace) throws(ActionParseError) -> ElementTarget {
        if object["x"] != nil || object["y"] != nil {
            guard space == .gui else { throw ActionParseError("\(action): coordinates are only accepted in gui episodes") }
            guard let x = object["x"]?.doubleValue, let y = object["y"]?.doubleValue else {
                throw ActionParseError("\(action): fields 'x' and 'y' must both be numbers")
            }
            return .point(x: x, y: y)
        }
        guard let field = object["target"] else { throw ActionParseError("\(action): missing field 'target'") }
        switch field {
        case .string(let s):
            let t = s.trimmingWhitespace()
            guard !t.isEmpty, !t.contains(" ") else { throw ActionParseError("\(action): '\(ActionParser.clip(s))' is not an element id") }
            return .id(t)
        case .int(let i):
            return .id(String(i))
        case .object:
            guard let name = field["name"]?.stringValue else {
                throw ActionParseError("\(action): a target object needs a string 'name' (and optionally 'role')")
            }
            let role = field["role"]?.stringValue
            return .named(role: role, name: name)
        default:
            throw ActionParseError("\(action): field 'target' must be an id string, an integer or {\"role\",\"name\"}, not \(field.typeName)")
        }
    }
}
