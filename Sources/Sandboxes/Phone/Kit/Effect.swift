/// What the device does after an app's command, in order.
public enum Effect: Sendable, Hashable {
    /// Opens a screen on top of the back stack.
    case push(ScreenRef)
    /// Replaces the top screen (a saved form becomes the detail it created).
    case replace(ScreenRef)
    /// Closes the top screen (its typed fields are dropped).
    case back
    /// Closes every screen above the app's home.
    case backToHome
    /// Shows a toast until the next action.
    case toast(String)
    /// Opens a dialog.
    case dialog(Dialog)
    /// Sets a field of the current screen.
    case setField(String, String)
    /// Forgets what was typed on the current screen, so its fields show their defaults.
    case clearFields
    /// Switches to another app, optionally pushing one of its screens.
    case open(app: String, screen: ScreenRef?)
}
