import Vocabulary

/// Which family of actions an episode accepts (docs/protocol.md "Actions").
public enum ActionSpace: String, Sendable, CaseIterable {
    case web, gui, text

    /// The action names this space accepts, in documentation order.
    public var actionNames: [String] {
        switch self {
        case .web:
            return ["click", "type", "clear", "select", "check", "uncheck", "hover", "press", "scroll",
                    "goto", "go_back", "go_forward", "new_tab", "tab_focus", "close_tab", "stop", "answer"]
        case .gui:
            return ["click", "long_press", "input_text", "clear", "clear_text", "scroll", "swipe", "navigate_back",
                    "navigate_home", "open_app", "keyboard_enter", "wait", "ask_user", "stop", "answer"]
        case .text:
            return ["say", "stop", "answer"]
        }
    }
}

/// The element an action applies to.
public enum ElementTarget: Sendable, Equatable, CustomStringConvertible {
    /// The `[id]` shown in the observation text.
    case id(String)
    /// An element found by its role and accessible name (`button 'Add to Cart'`), or by
    /// name alone (`'Add to Cart'`) when `role` is nil.
    case named(role: String?, name: String)
    /// Screen coordinates, for GUI episodes.
    case point(x: Double, y: Double)

    public var description: String {
        switch self {
        case .id(let id): return "[\(id)]"
        case .named(let role, let name):
            var quoted = "'"
            for c in name {
                if c == "\\" || c == "'" { quoted.append("\\") }
                quoted.append(c)
            }
            quoted.append("'")
            return role.map { "\($0) \(quoted)" } ?? quoted
        case .point(let x, let y): return "[\(Self.format(x)),\(Self.format(y))]"
        }
    }

    static func format(_ d: Double) -> String {
        d.rounded() == d && abs(d) < 1e15 ? String(Int64(d)) : String(d)
    }
}

public enum Direction: String, Sendable, CaseIterable {
    case up, down, left, right
}

/// One typed action, whatever form (string or structured) the agent sent it in.
public enum Action: Sendable, Equatable, CustomStringConvertible {
    case click(ElementTarget)
    /// `pressEnter` defaults to true, as in WebArena.
    case type(ElementTarget, text: String, pressEnter: Bool)
    case clear(ElementTarget)
    case select(ElementTarget, option: String)
    case check(ElementTarget)
    case uncheck(ElementTarget)
    case hover(ElementTarget)
    case press(key: String)
    case scroll(Direction)
    case goto(url: String)
    case goBack
    case goForward
    case newTab
    case tabFocus(index: Int)
    case closeTab
    case longPress(ElementTarget)
    /// Text into `target`, or into the focused field when nil.
    case inputText(ElementTarget?, text: String)
    case swipe(Direction)
    case navigateBack
    case navigateHome
    case openApp(name: String)
    /// Scrolls the scrollable element `target` (GUI), where `scroll(_:)` scrolls the screen's.
    case scrollElement(ElementTarget, Direction)
    /// The on-screen keyboard's Enter key.
    case keyboardEnter
    /// A question to the task's scripted user, who answers by intent (docs/protocol.md).
    case askUser(question: String)
    case wait(seconds: Double?)
    /// A text-game command.
    case say(String)
    /// The final answer; ends the episode.
    case stop(Answer)

    public var name: String {
        switch self {
        case .click: return "click"
        case .type: return "type"
        case .clear: return "clear"
        case .select: return "select"
        case .check: return "check"
        case .uncheck: return "uncheck"
        case .hover: return "hover"
        case .press: return "press"
        case .scroll: return "scroll"
        case .goto: return "goto"
        case .goBack: return "go_back"
        case .goForward: return "go_forward"
        case .newTab: return "new_tab"
        case .tabFocus: return "tab_focus"
        case .closeTab: return "close_tab"
        case .longPress: return "long_press"
        case .inputText: return "input_text"
        case .swipe: return "swipe"
        case .navigateBack: return "navigate_back"
        case .navigateHome: return "navigate_home"
        case .openApp: return "open_app"
        case .scrollElement: return "scroll"
        case .keyboardEnter: return "keyboard_enter"
        case .askUser: return "ask_user"
        case .wait: return "wait"
        case .say: return "say"
        case .stop: return "stop"
        }
    }

    /// The canonical string form, which parses back to the same action. Used in logs,
    /// the steps table and repeated-action detection.
    public var description: String {
        func b(_ s: String) -> String { "[\(s)]" }
        switch self {
        case .click(let t): return "click \(t)"
        case .type(let t, let text, let enter): return "type \(t) \(b(text)) \(b(enter ? "1" : "0"))"
        case .clear(let t): return "clear \(t)"
        case .select(let t, let option): return "select \(t) \(b(option))"
        case .check(let t): return "check \(t)"
        case .uncheck(let t): return "uncheck \(t)"
        case .hover(let t): return "hover \(t)"
        case .press(let key): return "press \(b(key))"
        case .scroll(let d): return "scroll \(b(d.rawValue))"
        case .goto(let url): return "goto \(b(url))"
        case .goBack: return "go_back"
        case .goForward: return "go_forward"
        case .newTab: return "new_tab"
        case .tabFocus(let i): return "tab_focus \(b(String(i)))"
        case .closeTab: return "close_tab"
        case .longPress(let t): return "long_press \(t)"
        case .inputText(let t, let text): return "input_text " + (t.map { "\($0) " } ?? "") + b(text)
        case .swipe(let d): return "swipe \(b(d.rawValue))"
        case .navigateBack: return "navigate_back"
        case .navigateHome: return "navigate_home"
        case .openApp(let app): return "open_app \(b(app))"
        case .scrollElement(let t, let d): return "scroll \(t) \(b(d.rawValue))"
        case .keyboardEnter: return "keyboard_enter"
        case .askUser(let question): return "ask_user \(b(question))"
        case .wait(let seconds): return "wait" + (seconds.map { " " + b(ElementTarget.format($0)) } ?? "")
        case .say(let text): return "say \(b(text))"
        case .stop(let answer):
            if answer.status == .ok, case .string(let s) = answer.value { return "stop \(b(s))" }
            if answer.status == .ok, answer.value.isNull { return "stop" }
            if answer.value.isNull { return "answer \(b(answer.status.rawValue))" }
            return "answer \(b(answer.status.rawValue)) \(b(JSONWriter.encode(answer.value)))"
        }
    }
}

/// Why an action was refused, worded for the agent (it is sent back in `last_action_error`).
public struct ActionParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
