/// A rectangle on the screen, in pixels: `[x1,y1][x2,y2]` as uiautomator writes it.
struct Rect: Sendable, Equatable {
    var x1: Int, y1: Int, x2: Int, y2: Int

    var isEmpty: Bool { x2 <= x1 || y2 <= y1 }
    var center: (x: Int, y: Int) { ((x1 + x2) / 2, (y1 + y2) / 2) }

    func contains(x: Double, y: Double) -> Bool {
        x >= Double(x1) && x < Double(x2) && y >= Double(y1) && y < Double(y2)
    }

    func clipped(top: Int, bottom: Int) -> Rect {
        Rect(x1: x1, y1: max(y1, top), x2: x2, y2: min(y2, bottom))
    }

    var uiautomator: String { "[\(x1),\(y1)][\(x2),\(y2)]" }
}

/// uiautomator's boolean attributes of a node.
struct NodeFlags: OptionSet, Sendable {
    let rawValue: UInt16
    static let clickable = NodeFlags(rawValue: 1 << 0)
    static let longClickable = NodeFlags(rawValue: 1 << 1)
    static let checkable = NodeFlags(rawValue: 1 << 2)
    static let checked = NodeFlags(rawValue: 1 << 3)
    static let disabled = NodeFlags(rawValue: 1 << 4)
    static let focusable = NodeFlags(rawValue: 1 << 5)
    static let focused = NodeFlags(rawValue: 1 << 6)
    static let scrollable = NodeFlags(rawValue: 1 << 7)
    static let selected = NodeFlags(rawValue: 1 << 8)
    static let password = NodeFlags(rawValue: 1 << 9)
}

/// What touching a node does: an app's tap, or the device's own.
enum NodeAction: Sendable, Equatable {
    case app(Tap)
    case system(SystemAction)
}

/// The device's own controls: navigation, the keyboard, overlays.
enum SystemAction: Sendable, Equatable {
    case back, home, enter, hideKeyboard
    case dialogButton(Int)
    case menuItem(Int)
    case notification(Int)
    case clearNotifications
    case pickDay(String)
    case pickMonth(Int)
    case pickHour(Int)
    case pickMinute(Int)
    case pickerDone
    case dismiss
}

/// One laid-out node of the screen, in pre-order with its depth.
struct UINode: Sendable {
    var className: String
    var resourceID = ""
    var text = ""
    var contentDesc = ""
    var hint = ""
    var package: String
    var bounds: Rect
    var flags: NodeFlags = []
    var depth: Int
    var action: NodeAction?
    var longAction: NodeAction?
    /// The field id of a text field.
    var field: String?

    var isEditable: Bool { field != nil }
    var enabled: Bool { !flags.contains(.disabled) }

    /// How an error names it: its text, else its description, else its class.
    var label: String {
        let name = !contentDesc.isEmpty ? contentDesc : !text.isEmpty ? text : !hint.isEmpty ? hint : ""
        let short = className.split(separator: ".").last.map(String.init) ?? className
        return name.isEmpty ? short : "'\(name)' (\(short))"
    }
}
