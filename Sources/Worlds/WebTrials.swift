import AgentProtocol
import Browser
import ObservationTree

/// What verify's trials do on a website (docs/tasks.md "Trials"): the other value of a
/// form step, and the links a goal-blind explorer follows.
public enum WebTrials {
    /// Form steps carry a goal's details; a search box only navigates, and where the
    /// search led is judged by the checks, so it is not mutated.
    static func isParameterised(_ action: Action) -> Bool {
        switch action {
        case .select, .check, .uncheck: true
        case .type(let target, _, _): target.role != Role.searchbox.rawValue
        default: false
        }
    }

    /// The step with another valid value: a select's next real option, a radio's next
    /// choice in its group, a checkbox left as it was, a typed value changed plausibly.
    static func mutation(of action: Action, in browser: Browser) -> Action? {
        guard let page = browser.page, isParameterised(action) else { return nil }
        switch action {
        case .select(let target, let option):
            guard let select = index(target, in: browser) else { return nil }
            let nodes = page.tree.nodes
            let options = page.options(of: select)
            let chosen = options.first { nodes[$0].name == option }
                ?? options.first { nodes[$0].name.lowercased() == option.lowercased() }
                ?? options.first { nodes[$0].source?["value"] == option }
            // A placeholder (an empty value) is not a value the goal could have asked for.
            let real = options.filter { $0 == chosen || (!nodes[$0].states.contains(.disabled) && nodes[$0].source?["value"] != "") }
            return next(after: chosen, in: real).map { .select(target, option: nodes[$0].name) }
        case .check(let target):
            guard let box = index(target, in: browser) else { return nil }
            guard page.tree.nodes[box].role == .radio else { return .uncheck(target) }
            let group = page.radioGroup(of: box).filter { $0 == box || !page.tree.nodes[$0].states.contains(.disabled) }
            return next(after: box, in: group).map { .check(Self.target(of: $0, in: page, browser: browser)) }
        case .uncheck(let target):
            return .check(target)
        case .type(let target, let text, let enter):
            return .type(target, text: otherText(text), pressEnter: enter)
        default:
            return nil
        }
    }

    /// A plausible other value of the same shape: the last number one higher (a ZIP code,
    /// a quantity, a phone number, a password with digits), else another mailbox at the
    /// same domain, else the words in reverse order, else the word with a letter more.
    public static func otherText(_ text: String) -> String {
        var characters = Array(text)
        if let last = characters.lastIndex(where: \.isASCIIDigit) {
            var i = last
            while true {
                if characters[i] == "9" {
                    characters[i] = "0"
                    if i > 0 && characters[i - 1].isASCIIDigit { i -= 1; continue }
                    characters.insert("1", at: i)
                } else {
                    characters[i] = Character(String(characters[i].wholeNumberValue! + 1))
                }
                break
            }
            return String(characters)
        }
        if let at = text.firstIndex(of: "@") { return String(text[..<at]) + "x" + String(text[at...]) }
        let words = text.split(separator: " ")
        if Set(words).count > 1 { return words.reversed().joined(separator: " ") }
        return text + "x"
    }

    /// Every link of the page to its own origin, as `goto` moves, in page order.
    static func links(in browser: Browser) -> [Action] {
        guard let page = browser.page else { return [] }
        var seen: Set<String> = [page.url.string]
        var out: [Action] = []
        for node in page.tree.nodes where node.role == .link {
            guard let href = node.href, case .success(let url) = browser.policy.resolve(href, from: page.url),
                url.origin == page.url.origin
            else { continue }
            let address = url.string.prefix { $0 != "#" }
            if seen.insert(String(address)).inserted { out.append(.goto(url: String(address))) }
        }
        return out
    }

    private static func index(_ target: ElementTarget, in browser: Browser) -> Int? {
        guard case .success(let located) = target.browserTarget, let index = try? browser.locate(located) else { return nil }
        return index
    }

    /// A target for a node: by role and name when that finds it, else by its id.
    private static func target(of index: Int, in page: Page, browser: Browser) -> ElementTarget {
        let node = page.tree.nodes[index]
        let named = ElementTarget.named(role: node.role.rawValue, name: node.name)
        return Self.index(named, in: browser) == index ? named : .id(node.id)
    }

    /// The item after `current` in `items`, wrapping; nil when there is no other.
    private static func next(after current: Int?, in items: [Int]) -> Int? {
        let others = items.filter { $0 != current }
        guard let current, let position = items.firstIndex(of: current) else { return others.first }
        return items[(position + 1)...].first { $0 != current } ?? others.first
    }
}

extension ElementTarget {
    /// The role a target names, when it names one.
    var role: String? {
        if case .named(let role, _) = self { return role }
        return nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
