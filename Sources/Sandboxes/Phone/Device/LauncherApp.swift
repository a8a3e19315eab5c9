import GRDB

/// The home screen and the app drawer, built with the same kit as any app: the launcher
/// is the device's, so it is not in `PhoneApps.all` and has no data. Its screens have no
/// title, so no app bar.
struct LauncherApp: PhoneApp {
    static let appID = "launcher"
    let id = LauncherApp.appID
    let label = "Home"
    let schema: [String] = []
    let home = ScreenRef("home")
    let screens = ["home", "drawer"]
    /// The apps in the drawer, by label.
    let apps: [any PhoneApp]
    /// The apps on the home screen's dock, when installed.
    static let dock = ["dialer", "messages", "mail", "contacts", "calendar"]

    init(apps: [any PhoneApp]) {
        self.apps = apps.sorted { $0.label < $1.label }
    }

    func seed(_ db: Database, _ seed: AppSeed) throws {}

    func screen(_ ref: ScreenRef, _ context: ScreenContext) throws -> Screen {
        if ref.name == "drawer" {
            return Screen(title: "", body: [.grid(columns: 4, apps.map(tile))], bodyID: "apps_list")
        }
        let dock = Self.dock.compactMap { id in apps.first { $0.id == id } }
        return Screen(
            title: "",
            body: [
                .text(PhoneClock.day(context.clock.now), id: "date", style: .title),
                .grid(columns: 4, dock.map(tile)),
                .button("All apps", id: "all_apps", tap: .push(ScreenRef("drawer"))),
            ],
            bodyID: "workspace")
    }

    func perform(_ command: Command, _ context: CommandContext) throws -> [Effect] { [] }

    private func tile(_ app: any PhoneApp) -> Widget {
        .tile(app.label, id: "app_\(app.id)", tap: .open(app: app.id, screen: nil))
    }
}
