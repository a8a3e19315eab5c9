/// The layout primitives a screen is built from. The layout engine gives each a fixed
/// height on the 1080×2400 screen and a uiautomator class; `id` is the resource id's
/// name (`com.gauntlet.<app>:id/<id>`), which repeats across the rows of a list as on
/// Android.
public indirect enum Widget: Sendable {
    /// Static text (`TextView`).
    case text(String, id: String? = nil, style: TextStyle = .body)
    /// A labelled button (`Button`), greyed out and refusing taps when not enabled.
    case button(String, id: String, tap: Tap, enabled: Bool = true)
    /// An icon button (`ImageButton`) named by its content description.
    case icon(String, id: String, tap: Tap, enabled: Bool = true)
    /// A text field (`EditText`).
    case field(Field)
    /// A switch with its label (`Switch`); `tap` runs when it is touched.
    case toggle(String, id: String, on: Bool, tap: Tap, enabled: Bool = true)
    /// A check box with its label (`CheckBox`).
    case checkbox(String, id: String, checked: Bool, tap: Tap, enabled: Bool = true)
    /// A list item: a title, optional subtitle and trailing detail (`LinearLayout`).
    case row(ListRow)
    /// A value chosen from a picker or menu (`Spinner`): a date, a time, one of options.
    case picker(String, id: String, value: String, tap: Tap)
    /// A section heading in a list.
    case section(String)
    /// Widgets side by side, sharing the width equally.
    case hstack([Widget])
    /// Widgets in a grid of `columns` equal cells (the launcher, a month).
    case grid(columns: Int, [Widget])
    /// A tile of a grid: a label under an icon, tappable (`TextView`).
    case tile(String, id: String, tap: Tap, selected: Bool = false)
}

public enum TextStyle: Sendable {
    case title, body, caption
}

/// A text field. `value` is what it shows when nothing was typed into it on this screen;
/// what the agent types replaces it in the screen's fields (`ScreenContext.value`).
public struct Field: Sendable {
    public var id: String
    public var hint: String
    public var value: String
    public var kind: FieldKind
    /// What the keyboard's Enter does here (search); nil closes the keyboard.
    public var submit: Tap?

    public init(_ id: String, hint: String, value: String = "", kind: FieldKind = .text, submit: Tap? = nil) {
        self.id = id
        self.hint = hint
        self.value = value
        self.kind = kind
        self.submit = submit
    }
}

public enum FieldKind: Sendable {
    case text, multiline, number, phone, email, password
}

public struct ListRow: Sendable {
    public var id: String
    public var title: String
    public var subtitle: String
    public var detail: String
    public var tap: Tap?
    public var longPress: Tap?
    public var selected: Bool

    public init(_ id: String, title: String, subtitle: String = "", detail: String = "", tap: Tap? = nil, longPress: Tap? = nil,
                selected: Bool = false) {
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.detail = detail
        self.tap = tap
        self.longPress = longPress
        self.selected = selected
    }
}
