import AgentProtocol
import Browser

/// Protocol actions as browser commands. The protocol covers web, GUI and text
/// actions; only the web ones reach a browser.
public enum ActionTranslation {
    public static func browserCommand(for action: Action) -> Result<BrowserCommand, BrowserError> {
        switch action {
        case .click(let target): target.browserTarget.map { .click($0) }
        case .type(let target, let text, let enter): target.browserTarget.map { .type($0, text: text, pressEnter: enter) }
        case .clear(let target): target.browserTarget.map { .clear($0) }
        case .select(let target, let option): target.browserTarget.map { .select($0, option: option) }
        case .check(let target): target.browserTarget.map { .check($0) }
        case .uncheck(let target): target.browserTarget.map { .uncheck($0) }
        case .hover(let target): target.browserTarget.map { .hover($0) }
        case .press(let key): .success(.press(key: key))
        case .scroll(let direction):
            switch direction {
            case .up: .success(.scroll(down: false))
            case .down: .success(.scroll(down: true))
            case .left, .right: .failure(.invalidAction("scroll [\(direction.rawValue)]: web pages scroll up or down"))
            }
        case .goto(let url): .success(.goto(url))
        case .goBack: .success(.goBack)
        case .goForward: .success(.goForward)
        case .newTab: .success(.newTab(nil))
        case .tabFocus(let index): .success(.tabFocus(index))
        case .closeTab: .success(.closeTab)
        case .longPress, .inputText, .swipe, .navigateBack, .navigateHome, .openApp, .scrollElement, .keyboardEnter, .askUser, .wait, .say:
            .failure(.invalidAction("\(action.name) is not a web action; see the actions listed in the episode message"))
        case .stop:
            .failure(.invalidAction("stop ends the episode and is handled by the harness"))
        }
    }
}

extension ElementTarget {
    var browserTarget: Result<BrowserCommand.Target, BrowserError> {
        switch self {
        case .id(let id): .success(.id(id))
        case .named(let role, let name): .success(.named(role: role, name: name))
        case .point: .failure(.invalidAction("\(self): web elements are addressed by [id] or by role and name, not by coordinates"))
        }
    }
}
