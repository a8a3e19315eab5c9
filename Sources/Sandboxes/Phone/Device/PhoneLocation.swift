/// What a path `<app>` or `<app>/<screen>?<args>` names on the phone: the device launches
/// it, and the task audit (`PhoneWorld.problem(inLocation:)`) checks a task's locations
/// with the same rule, so a location that validates is one the device opens.
struct PhoneLocation {
    /// Why a path names nothing on this phone, as the device and the audit report it.
    struct Unknown: Error {
        let reason: String
    }

    let app: any PhoneApp
    /// Nil for the app's first screen.
    let screen: ScreenRef?

    /// The app and screen `path` names, or nil for the home screen (an empty path).
    static func resolve(_ path: String, on device: PhoneDevice) throws(Unknown) -> PhoneLocation? {
        let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
        guard let name = parts.first else { return nil }
        guard let app = device.app(name) else {
            throw Unknown(reason: "no app '\(name)' on this phone (apps: \(device.apps.map(\.id).joined(separator: ", ")))")
        }
        guard parts.count == 2 else { return PhoneLocation(app: app, screen: nil) }
        guard let ref = ScreenRef(parsing: parts[1]), app.screens.contains(ref.name) else {
            throw Unknown(reason: "\(app.label) has no screen '\(parts[1])' (screens: \(app.screens.joined(separator: ", ")))")
        }
        return PhoneLocation(app: app, screen: ref)
    }
}
