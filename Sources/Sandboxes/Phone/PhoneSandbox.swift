import GRDB
import SandboxKit
import Vocabulary
import Worlds

/// The phone (docs/phone.md): a simulated Android-like device whose apps keep their data,
/// and whose screens, back stacks and dialogs keep their state, in the instance's `main`.
public struct PhoneSandbox: PlayableSandbox {
    public let name = "phone"
    public let title = "Phone"
    public let dataVersion = 1
    public let connectionSetupSQL: [String] = []
    let apps: [any PhoneApp]
    let device: PhoneDevice
    /// Each instance's last screen, the start of its next action.
    let screens = ScreenCache()

    public init() {
        apps = PhoneApps.all
        device = PhoneDevice(apps: apps)
    }

    /// Response headers of `POST /act`: why the operation did not apply (percent-encoded),
    /// and where the device is after it.
    public static let errorHeader = "X-Phone-Error"
    public static let locationHeader = "X-Phone-Location"

    public var world: any EpisodeWorld { PhoneWorld() }

    /// The device's own state (screens, focus, dialogs, notifications): every action
    /// changes it, so collateral checks allow it.
    public var sessionTables: [String] { DeviceStore.tables }

    public func buildCatalog(_ db: Database, seed: UInt64) throws {
        // Everything an app shows can change, so all of it is instance state.
    }

    public func buildInstanceState(_ db: Database, seed: UInt64) throws {
        try DeviceStore.create(db)
        for app in apps {
            let before = try Self.tableNames(db)
            for statement in app.schema { try db.execute(sql: statement) }
            for table in try Self.tableNames(db).subtracting(before) where table != app.id && !table.hasPrefix(app.id + "_") {
                throw SandboxError.sqlite("the \(app.label) app's table \(table) must be named \(app.id) or \(app.id)_<what> (docs/phone.md)")
            }
            try app.seed(db, AppSeed(seed: seed, app: app.id, clock: .start))
        }
    }

    static func tableNames(_ db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT name FROM main.sqlite_master WHERE type = 'table'"))
    }

    /// `GET /screen.xml` is the screen; `POST /act` applies one operation (`DeviceOperation`)
    /// and answers the new screen; `GET /` is the HTML phone a person clicks, whose forms
    /// post to `/act?view=html` and come back to it (docs/phone.md, "Serving").
    public func handle(_ request: SandboxRequest, context: SandboxContext) async throws -> SandboxResponse {
        let device = self.device
        switch (request.method, request.path) {
        case ("GET", "/screen.xml"), ("HEAD", "/screen.xml"):
            let screen = try await context.transaction { db in try device.render(db) }
            return Self.xml(screen, error: nil, location: nil)
        case ("POST", "/act"):
            let operation: DeviceOperation
            do {
                operation = try DeviceOperation(form: request.form)
            } catch {
                return .text("bad operation: \(error)", status: 400)
            }
            let screens = self.screens, connection = context.db
            let (error, shown, changes) = try await context.transaction { db in
                let (error, state) = try device.apply(operation, db, shown: screens.shown(on: connection, changes: db.totalChangesCount))
                return (error, ShownScreen(state: state, screen: try device.render(db, state)), db.totalChangesCount)
            }
            screens.remember(shown, on: connection, changes: changes)
            let screen = shown.screen, location = device.location(shown.state)
            if request.query["view"] == "html" {
                let target = context.url("/") + (error.map { "?error=" + FormFields.encode($0) } ?? "")
                return .redirect(to: target)
            }
            return Self.xml(screen, error: error, location: location)
        case ("GET", "/"), ("HEAD", "/"):
            let (screen, location) = try await context.transaction { db in
                let state = try DeviceStore.load(db)
                return (try device.render(db, state), device.location(state))
            }
            let page = PhonePage(screen: screen, location: location, error: request.query["error"], action: context.url("/act?view=html"),
                                 xml: context.url("/screen.xml"))
            return .html(page.html())
        default:
            return .text("no such page: \(request.method) \(request.path) (GET /, GET /screen.xml, POST /act)", status: 404)
        }
    }

    static func xml(_ screen: LaidOutScreen, error: String?, location: String?) -> SandboxResponse {
        var headers = [("Content-Type", "application/xml; charset=utf-8")]
        if let location { headers.append((locationHeader, location)) }
        if let error { headers.append((errorHeader, FormFields.encode(error))) }
        // In process, the session reads the tree from the screen itself (`PhoneSession`).
        return SandboxResponse(status: 200, headers: headers, body: UIAutomatorXML.write(screen), attachment: screen)
    }
}
