/// The device's UI state between two actions, kept in the instance (`DeviceStore`) so
/// reset, fork, export and rescoring carry it as they carry the apps' data.
struct DeviceState: Sendable, Equatable {
    /// The app in front (`LauncherApp.appID` on the home screen).
    var app: String
    /// Each app's back stack, bottom first; an app not in it starts on its home screen.
    var stacks: [String: [StackEntry]]
    /// The text field with focus on the current screen.
    var focus: String?
    var keyboard: Bool
    /// A dialog, menu, picker or the notification shade over the screen.
    var overlay: Overlay?
    /// Shown after the action that raised it, gone after the next.
    var toast: String?
    var clock: PhoneClock

    static let initial = DeviceState(app: LauncherApp.appID, stacks: [:], focus: nil, keyboard: false, overlay: nil, toast: nil, clock: .start)

    /// The front app's stack (never empty once the app is shown).
    func stack(_ app: String, home: ScreenRef) -> [StackEntry] {
        let entries = stacks[app] ?? []
        return entries.isEmpty ? [StackEntry(ref: home)] : entries
    }
}

/// One screen of a back stack: where it is scrolled to and what was typed on it.
struct StackEntry: Sendable, Equatable {
    var ref: ScreenRef
    /// Pixels scrolled from the top; nil until scrolled (the screen decides where it opens).
    var scroll: Int? = nil
    var fields: [String: String] = [:]
}
