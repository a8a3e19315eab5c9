/// A modal dialog: a title, a message and buttons (Cancel first, as Android lays them
/// out). A button with no tap closes the dialog; any other closes it and then acts.
public struct Dialog: Sendable, Hashable, Codable {
    public var title: String
    public var message: String
    public var buttons: [DialogButton]

    public init(title: String, message: String = "", buttons: [DialogButton]) {
        self.title = title
        self.message = message
        self.buttons = buttons
    }

    /// "Cancel" and one confirming button that runs `command`.
    public static func confirm(_ title: String, message: String = "", confirm: String, _ command: Command) -> Dialog {
        Dialog(title: title, message: message, buttons: [DialogButton("Cancel"), DialogButton(confirm, .run(command))])
    }
}

public struct DialogButton: Sendable, Hashable, Codable {
    public var label: String
    public var tap: Tap?

    public init(_ label: String, _ tap: Tap? = nil) {
        self.label = label
        self.tap = tap
    }
}
