/// A node's role, as in WAI-ARIA and Chrome's accessibility tree.
///
/// A struct over a string rather than an enum, so explicit `role=` values and GUI
/// classes that we do not know still round-trip.
public struct Role: RawRepresentable, Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public static let rootWebArea: Role = "RootWebArea"
    public static let staticText: Role = "StaticText"
    public static let link: Role = "link"
    public static let button: Role = "button"
    public static let textbox: Role = "textbox"
    public static let searchbox: Role = "searchbox"
    public static let checkbox: Role = "checkbox"
    public static let radio: Role = "radio"
    public static let combobox: Role = "combobox"
    public static let listbox: Role = "listbox"
    public static let option: Role = "option"
    public static let spinbutton: Role = "spinbutton"
    public static let slider: Role = "slider"
    public static let img: Role = "img"
    public static let heading: Role = "heading"
    public static let list: Role = "list"
    public static let listitem: Role = "listitem"
    public static let table: Role = "table"
    public static let row: Role = "row"
    public static let cell: Role = "cell"
    public static let columnheader: Role = "columnheader"
    public static let rowheader: Role = "rowheader"
    public static let form: Role = "form"
    public static let navigation: Role = "navigation"
    public static let main: Role = "main"
    public static let banner: Role = "banner"
    public static let contentinfo: Role = "contentinfo"
    public static let complementary: Role = "complementary"
    public static let search: Role = "search"
    public static let region: Role = "region"
    public static let dialog: Role = "dialog"
    public static let group: Role = "group"
    public static let paragraph: Role = "paragraph"
    public static let separator: Role = "separator"
    public static let generic: Role = "generic"
    /// A GUI screen's window.
    public static let window: Role = "window"

    /// Roles an agent can act on; the browser and the random agent use this.
    public var isInteractive: Bool {
        ByteKey(rawValue).flatMap { RoleCode.byName[$0] }?.isInteractive ?? false
    }
}
