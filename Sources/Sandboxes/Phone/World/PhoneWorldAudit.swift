import AgentProtocol
import Worlds

/// What a phone task names that the phone does not have, for `gauntlet tasks validate`
/// (docs/tasks.md, "Errors"): the app and screen of every location, and the app of every
/// `open_app`, judged as the device judges them when it launches or opens one.
extension PhoneWorld {
    private static let device = PhoneDevice(apps: PhoneApps.all)

    public func problem(inLocation location: String) -> String? {
        let prefix = "phone:/"
        guard location.hasPrefix(prefix) else { return nil }
        do {
            _ = try PhoneLocation.resolve(String(location.dropFirst(prefix.count)), on: Self.device)
            return nil
        } catch {
            return error.reason
        }
    }

    public func problem(inAction action: Action) -> String? {
        guard case .openApp(let name) = action, Self.device.app(named: name) == nil else { return nil }
        return Self.device.noApp(named: name)
    }
}
