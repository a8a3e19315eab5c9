/// One screen as an app builds it: the platform lays it out under the status bar and an
/// app bar (back arrow, title, actions), with `header` fixed at the top, `footer` fixed at
/// the bottom (above the keyboard when it shows), and `body` scrolling between them.
public struct Screen: Sendable {
    public var title: String
    /// Icons and buttons on the app bar, right-aligned (search, overflow menu).
    public var actions: [Widget]
    /// Widgets that stay put above the scrolling body (a search field, tabs).
    public var header: [Widget]
    /// The content; it scrolls when taller than the space left, as one list.
    public var body: [Widget]
    /// Widgets that stay at the bottom (a message box and its Send button).
    public var footer: [Widget]
    /// Opens scrolled to the end of the body (a conversation shows its latest message).
    public var startsAtEnd: Bool
    /// A floating action button at the bottom right ("New contact").
    public var fab: Widget?
    /// The resource id of the scrolling body (`com.gauntlet.<app>:id/<bodyID>`).
    public var bodyID: String

    public init(title: String, actions: [Widget] = [], header: [Widget] = [], body: [Widget], footer: [Widget] = [], fab: Widget? = nil,
                bodyID: String = "list", startsAtEnd: Bool = false) {
        self.title = title
        self.actions = actions
        self.header = header
        self.body = body
        self.footer = footer
        self.startsAtEnd = startsAtEnd
        self.fab = fab
        self.bodyID = bodyID
    }
}
