/// What touching a widget does. Plain data, so an open dialog or menu can be kept in
/// the device's state and rebuilt on the next step.
public indirect enum Tap: Sendable, Hashable, Codable {
    /// Opens another screen of the same app on top of the back stack.
    case push(ScreenRef)
    /// The same as the system back button.
    case back
    /// Runs a command of the app (`PhoneApp.perform`).
    case run(Command)
    /// Opens a confirm dialog; its buttons say what happens.
    case dialog(Dialog)
    /// Opens a popup menu anchored on the widget.
    case menu([MenuItem])
    /// Sets a field of the current screen (a choice, a form toggle) without a command.
    case set(field: String, value: String)
    /// Opens the date picker for a field holding `YYYY-MM-DD`.
    case pickDate(field: String)
    /// Opens the time picker for a field holding `HH:MM`.
    case pickTime(field: String)
    /// Opens another app, on a screen of it or its top screen (cross-app links, the launcher).
    case open(app: String, screen: ScreenRef?)
}

/// One entry of a popup menu.
public struct MenuItem: Sendable, Hashable, Codable {
    public var label: String
    public var tap: Tap

    public init(_ label: String, _ tap: Tap) {
        self.label = label
        self.tap = tap
    }
}
