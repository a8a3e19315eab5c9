import Vocabulary

/// Turns the string form (`click [12]`, `type [5] [shoes] [0]`, `click button 'Buy'`) and
/// the structured form (`{"name":"click","target":"12"}`) into one typed `Action`.
public enum ActionParser {
    /// WebArena's answer for "this cannot be done".
    public static let infeasibleAnswer = "N/A"

    // MARK: string form

    public static func parse(_ input: String, space: ActionSpace) throws(ActionParseError) -> Action {
        let trimmed = input.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw ActionParseError("empty action") }
        let name = String(trimmed.prefix { $0.isASCII && ($0.isLetter || $0 == "_") })
        let rest = trimmed.dropFirst(name.count)
        if space == .text {
            // Any command the game understands is valid; only the harness's own words
            // (say/stop/answer) are parsed, and only in their bracketed form.
            let isOwnWord = (name == "say" || name == "stop" || name == "answer")
            let bracketed = rest.trimmingWhitespace().hasPrefix("[") || rest.trimmingWhitespace().isEmpty
            if !isOwnWord || (name == "say" && !bracketed) || (name == "answer" && !bracketed) {
                return .say(trimmed)
            }
        }
        guard !name.isEmpty, rest.isEmpty || rest.first == " " || rest.first == "[" || rest.first == "\t" else {
            throw ActionParseError("cannot read an action name at the start of '\(clip(trimmed))'")
        }
        try checkAvailable(name, space: space)
        var scanner = ArgumentScanner(rest)
        do {
            let action = try parseArguments(name: name, scanner: &scanner, space: space)
            try scanner.expectEnd(after: name)
            return action
        } catch where !error.message.hasPrefix(name + ":") {
            throw ActionParseError("\(name): \(error.message)")
        }
    }

    static func checkAvailable(_ name: String, space: ActionSpace) throws(ActionParseError) {
        guard space.actionNames.contains(name) else {
            if let other = ActionSpace.allCases.first(where: { $0.actionNames.contains(name) }) {
                throw ActionParseError("action '\(name)' belongs to \(other.rawValue) episodes; this is a \(space.rawValue) episode (actions: \(space.actionNames.joined(separator: ", ")))")
            }
            throw ActionParseError("unknown action '\(name)' (\(space.rawValue) actions: \(space.actionNames.joined(separator: ", ")))")
        }
    }

    private static func parseArguments(name: String, scanner: inout ArgumentScanner, space: ActionSpace) throws(ActionParseError) -> Action {
        switch name {
        case "click": return .click(try scanner.target(for: name, space: space))
        case "clear", "clear_text": return .clear(try scanner.target(for: name, space: space))
        case "check": return .check(try scanner.target(for: name, space: space))
        case "uncheck": return .uncheck(try scanner.target(for: name, space: space))
        case "hover": return .hover(try scanner.target(for: name, space: space))
        case "long_press": return .longPress(try scanner.target(for: name, space: space))
        case "type":
            let target = try scanner.target(for: name, space: space)
            let text = try scanner.text(for: name, what: "text")
            var enter = true
            if let flag = scanner.optionalText() {
                switch flag {
                case "1": enter = true
                case "0": enter = false
                default: throw ActionParseError("type: the last argument must be [0] or [1] (press Enter after typing), not [\(clip(flag))]")
                }
            }
            return .type(target, text: text, pressEnter: enter)
        case "select":
            let target = try scanner.target(for: name, space: space)
            return .select(target, option: try scanner.text(for: name, what: "option"))
        case "press": return .press(key: try nonEmpty(scanner.text(for: name, what: "key"), name, "key"))
        case "scroll":
            // GUI: `scroll [id] [down]` scrolls that element; `scroll [down]` the screen.
            let first = try scanner.argument(for: name, what: "direction")
            if space == .gui, let second = scanner.optionalArgument() {
                guard case .text(let text) = second else { throw ActionParseError("scroll: the direction must be in brackets") }
                return .scrollElement(try targetFrom(first, for: name, space: space), try direction(text, name, space: space))
            }
            switch first {
            case .text(let text), .named(nil, let text): return .scroll(try direction(text, name, space: space))
            case .named(.some, _): throw ActionParseError("scroll: the direction must be in [brackets] or 'quotes'")
            }
        case "swipe": return .swipe(try direction(scanner.text(for: name, what: "direction"), name, space: .gui))
        case "goto": return .goto(url: try nonEmpty(scanner.text(for: name, what: "url"), name, "url"))
        case "go_back": return .goBack
        case "go_forward": return .goForward
        case "new_tab": return .newTab
        case "close_tab": return .closeTab
        case "navigate_back": return .navigateBack
        case "navigate_home": return .navigateHome
        case "keyboard_enter": return .keyboardEnter
        case "ask_user": return .askUser(question: try nonEmpty(scanner.text(for: name, what: "question"), name, "question"))
        case "tab_focus":
            let text = try scanner.text(for: name, what: "tab index")
            guard let index = Int(text), index >= 0 else {
                throw ActionParseError("tab_focus: the tab index must be a non-negative integer, not [\(clip(text))]")
            }
            return .tabFocus(index: index)
        case "input_text":
            // One argument: text into the focused field; two: target, then text.
            let first = try scanner.argument(for: name, what: "text")
            if let second = scanner.optionalArgument() {
                let target = try targetFrom(first, for: name, space: space)
                guard case .text(let text) = second else {
                    throw ActionParseError("input_text: the text must be in brackets or quotes")
                }
                return .inputText(target, text: text)
            }
            guard case .text(let text) = first else {
                throw ActionParseError("input_text: the text must be in brackets or quotes")
            }
            return .inputText(nil, text: text)
        case "open_app": return .openApp(name: try nonEmpty(scanner.text(for: name, what: "app name"), name, "app name"))
        case "wait":
            guard let text = scanner.optionalText() else { return .wait(seconds: nil) }
            guard let seconds = Double(text), seconds >= 0, seconds.isFinite else {
                throw ActionParseError("wait: seconds must be a non-negative number, not [\(clip(text))]")
            }
            return .wait(seconds: seconds)
        case "say": return .say(try scanner.text(for: name, what: "text"))
        case "stop":
            guard let text = scanner.optionalText() else { return .stop(Answer(status: .ok)) }
            if text.trimmingWhitespace() == infeasibleAnswer { return .stop(Answer(status: .infeasible, value: .string(infeasibleAnswer))) }
            return .stop(Answer(status: .ok, value: .string(text)))
        case "answer":
            let statusText = try scanner.text(for: name, what: "status")
            guard let status = AnswerStatus(rawValue: statusText) else {
                throw ActionParseError("answer: unknown status [\(clip(statusText))] (statuses: \(AnswerStatus.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let valueText = scanner.optionalText() else { return .stop(Answer(status: status)) }
            // The value is JSON when it reads as JSON, else the plain string.
            let value = (try? JSONParser.parse(valueText)) ?? .string(valueText)
            return .stop(Answer(status: status, value: value))
        default:
            throw ActionParseError("unknown action '\(name)'")
        }
    }

    private static func nonEmpty(_ text: String, _ action: String, _ what: String) throws(ActionParseError) -> String {
        guard !text.trimmingWhitespace().isEmpty else { throw ActionParseError("\(action): the \(what) is empty") }
        return text
    }

    private static func direction(_ text: String, _ action: String, space: ActionSpace) throws(ActionParseError) -> Direction {
        let allowed: [Direction] = space == .gui ? Direction.allCases : [.up, .down]
        guard let d = Direction(rawValue: text.trimmingWhitespace()), allowed.contains(d) else {
            throw ActionParseError("\(action): direction must be one of \(allowed.map { "[\($0.rawValue)]" }.joined(separator: ", ")), not [\(clip(text))]")
        }
        return d
    }

    static func targetFrom(_ argument: ArgumentScanner.Argument, for action: String, space: ActionSpace) throws(ActionParseError) -> ElementTarget {
        switch argument {
        case .named(let role, let name):
            return .named(role: role, name: name)
        case .text(let text):
            let t = text.trimmingWhitespace()
            if let point = point(t) {
                guard space == .gui else { throw ActionParseError("\(action): coordinates [\(t)] are only accepted in gui episodes") }
                return point
            }
            guard !t.isEmpty, !t.contains(" ") else {
                throw ActionParseError("\(action): [\(clip(text))] is not an element id (ids are shown as [id] in the observation)")
            }
            return .id(t)
        }
    }

    static func point(_ text: String) -> ElementTarget? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let x = Double(parts[0].trimmingWhitespace()), let y = Double(parts[1].trimmingWhitespace()),
              x.isFinite, y.isFinite else { return nil }
        return .point(x: x, y: y)
    }

    static func clip(_ s: some StringProtocol) -> String {
        s.count > 60 ? String(s.prefix(57)) + "..." : String(s)
    }
}

/// Reads the arguments after an action name: `[bracketed text]`, `'quoted text'`, or
/// `role 'name'` where a target is expected.
struct ArgumentScanner {
    enum Argument {
        case text(String)
        case named(role: String?, name: String)
    }

    private let chars: [Character]
    private var index = 0

    init(_ text: Substring) {
        chars = Array(text)
    }

    private mutating func skipSpaces() {
        while index < chars.count, chars[index] == " " || chars[index] == "\t" { index += 1 }
    }

    var atEnd: Bool {
        var i = index
        while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
        return i >= chars.count
    }

    mutating func expectEnd(after action: String) throws(ActionParseError) {
        skipSpaces()
        if index < chars.count {
            throw ActionParseError("\(action): unexpected text '\(ActionParser.clip(String(chars[index...])))' after the arguments")
        }
    }

    /// A bracket group ends at the first `]` followed by the end or by spaces and `[`,
    /// so text may itself contain brackets.
    private mutating func bracket() throws(ActionParseError) -> String {
        let start = index + 1
        var i = start
        var firstClose: Int?
        while i < chars.count {
            if chars[i] == "]" {
                if firstClose == nil { firstClose = i }
                var j = i + 1
                while j < chars.count, chars[j] == " " || chars[j] == "\t" { j += 1 }
                if j == chars.count || chars[j] == "[" {
                    index = i + 1
                    return String(chars[start..<i])
                }
            }
            i += 1
        }
        // No `]` ends the arguments cleanly: take the first one, and let the caller
        // report what follows it.
        guard let close = firstClose else { throw ActionParseError("unclosed '[' in the arguments") }
        index = close + 1
        return String(chars[start..<close])
    }

    private mutating func quoted() throws(ActionParseError) -> String {
        let quote = chars[index]
        var i = index + 1
        var result = ""
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count {
                result.append(chars[i + 1])
                i += 2
                continue
            }
            if c == quote {
                index = i + 1
                return result
            }
            result.append(c)
            i += 1
        }
        throw ActionParseError("unclosed quote \(quote) in the arguments")
    }

    mutating func optionalArgument() -> Argument? {
        skipSpaces()
        guard index < chars.count else { return nil }
        let saved = index
        guard let argument = try? argumentHere() else {
            index = saved
            return nil
        }
        return argument
    }

    mutating func argument(for action: String, what: String) throws(ActionParseError) -> Argument {
        skipSpaces()
        guard index < chars.count else { throw ActionParseError("\(action): missing \(what)") }
        return try argumentHere()
    }

    private mutating func argumentHere() throws(ActionParseError) -> Argument {
        let c = chars[index]
        if c == "[" { return .text(try bracket()) }
        if c == "'" || c == "\"" { return .named(role: nil, name: try quoted()) }
        // `role 'name'`
        var i = index
        while i < chars.count, chars[i].isLetter || chars[i] == "_" { i += 1 }
        guard i > index else {
            throw ActionParseError("expected [argument] or 'quoted name' at '\(ActionParser.clip(String(chars[index...])))'")
        }
        let role = String(chars[index..<i])
        var j = i
        while j < chars.count, chars[j] == " " { j += 1 }
        guard j < chars.count, chars[j] == "'" || chars[j] == "\"" else {
            throw ActionParseError("expected [argument] or role 'name' at '\(ActionParser.clip(String(chars[index...])))'")
        }
        index = j
        return .named(role: role, name: try quoted())
    }

    mutating func target(for action: String, space: ActionSpace) throws(ActionParseError) -> ElementTarget {
        try ActionParser.targetFrom(argument(for: action, what: "target element"), for: action, space: space)
    }

    mutating func text(for action: String, what: String) throws(ActionParseError) -> String {
        switch try argument(for: action, what: what) {
        case .text(let t): return t
        case .named(nil, let name): return name
        case .named(.some, _): throw ActionParseError("\(action): the \(what) must be in [brackets] or 'quotes'")
        }
    }

    mutating func optionalText() -> String? {
        skipSpaces()
        guard index < chars.count else { return nil }
        let saved = index
        switch try? argumentHere() {
        case .text(let t): return t
        case .named(nil, let name): return name
        default:
            index = saved
            return nil
        }
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
