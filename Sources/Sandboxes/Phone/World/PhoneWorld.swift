import AgentProtocol
import Browser
import Worlds

/// The phone's world: the device's screen as uiautomator XML, read into an observation
/// tree, and the `gui` action space (docs/phone.md, "Playing").
public struct PhoneWorld: EpisodeWorld {
    public init() {}

    public var name: String { "phone" }
    public var actionSpace: ActionSpace { .gui }
    public var explorationOrder: ExplorationOrder { .leastTriedHere }

    /// Typed text carries a goal's details; taps and navigation only move about.
    public func isParameterised(_ action: Action) -> Bool {
        if case .inputText = action { return true }
        return false
    }

    public func open(_ start: String, on instance: WorldInstance) async throws(WorldFailure) -> any WorldSession {
        guard case .success(let url) = OriginPolicy(sandboxes: instance.origins).resolve(start, from: nil) else {
            throw .sandbox("the start location \(start) is not a sandbox URL")
        }
        let session = try PhoneSession(exchange: try HostExchange(instance), origin: url.origin, includeTree: instance.includeTree, user: instance.user)
        try await session.launch(url.target)
        return session
    }

    /// The device's state is the instance's; the session adds only the screen last shown.
    public func restore(_ snapshot: WorldSnapshot, on instance: WorldInstance) async throws(WorldFailure) -> any WorldSession {
        guard let shown = snapshot.payload as? PhoneSession.Shown, let origin = instance.origins["phone"] else {
            throw .sandbox("a \(snapshot.world) snapshot cannot be restored in a \(name) world")
        }
        return try PhoneSession(exchange: try HostExchange(instance), origin: origin, includeTree: instance.includeTree, user: instance.user, shown: shown)
    }
}
