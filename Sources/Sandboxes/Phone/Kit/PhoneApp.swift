import GRDB

/// One app on the phone (docs/phone.md). An app is data and screens: it declares its
/// tables and seeds them, builds each screen from layout primitives (`Widget`), and runs
/// the commands its widgets send. The device (launcher, back stacks, keyboard, dialogs,
/// scrolling, hit testing, XML) is the platform's; an app never lays anything out.
public protocol PhoneApp: Sendable {
    /// Lowercase letters: the package is `com.gauntlet.<id>`, resource ids are
    /// `com.gauntlet.<id>:id/<name>`, tables are named `<id>` or `<id>_<what>`.
    var id: String { get }
    /// The name on the launcher; `open_app` accepts it or the id, in any case.
    var label: String { get }
    /// `CREATE TABLE` (and index) statements for the app's data in the instance's `main`.
    var schema: [String] { get }
    /// Fills the app's tables for a seed. Apps are seeded in `PhoneApps.all` order, so an
    /// app may read the tables of the apps listed before it (Messages reads Contacts).
    func seed(_ db: Database, _ seed: AppSeed) throws
    /// The screen the app opens on.
    var home: ScreenRef { get }
    /// The screens a task may start on or name, for task validation.
    var screens: [String] { get }
    /// Builds one screen from the instance's data and the screen's typed fields.
    func screen(_ ref: ScreenRef, _ context: ScreenContext) throws -> Screen
    /// Runs a command a widget sent; returns what the device does next.
    func perform(_ command: Command, _ context: CommandContext) throws -> [Effect]
}

extension PhoneApp {
    /// The Android package of the app's nodes.
    public var package: String { "com.gauntlet.\(id)" }
}
