/// What the browser can be asked to do: WebArena's web actions (the `stop` and
/// `answer` actions end an episode and never reach the browser).
public enum BrowserCommand: Sendable, Equatable {
    case click(Target)
    /// Replaces the field's text; `pressEnter` then submits its form.
    case type(Target, text: String, pressEnter: Bool)
    case clear(Target)
    /// Chooses an option by its label (or value).
    case select(Target, option: String)
    case check(Target)
    case uncheck(Target)
    case hover(Target)
    case press(key: String)
    case scroll(down: Bool)
    case goto(String)
    case goBack
    case goForward
    case newTab(String?)
    case tabFocus(Int)
    case closeTab
    /// Fetches the current URL again.
    case reload

    /// How an action names an element.
    public enum Target: Sendable, Equatable, CustomStringConvertible {
        /// By stable id: `[12]`.
        case id(String)
        /// By role and accessible name, e.g. `button 'Add to Cart'`, or by name alone
        /// (`'Add to Cart'`, any role): exact match first, then case-insensitive; the
        /// first in document order wins.
        case named(role: String?, name: String)

        public var description: String {
            switch self {
            case .id(let id): "[\(id)]"
            case .named(let role?, let name): "\(role) '\(name)'"
            case .named(nil, let name): "'\(name)'"
            }
        }
    }
}
