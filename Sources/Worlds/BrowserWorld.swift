import AgentProtocol
import Browser

/// The web world, shared by every website sandbox: Gauntlet's browser over the
/// instance. A task over several web sandboxes plays in one browser, whose origin
/// policy admits all of them.
public struct BrowserWorld: EpisodeWorld {
    public init() {}

    public var name: String { "web" }
    public var actionSpace: ActionSpace { .web }
    public var explorationOrder: ExplorationOrder { .breadthFirst }

    public func isParameterised(_ action: Action) -> Bool {
        WebTrials.isParameterised(action)
    }

    public func open(_ start: String, on instance: WorldInstance) async throws(WorldFailure) -> any WorldSession {
        let browser: Browser
        do {
            browser = try Browser(policy: OriginPolicy(sandboxes: instance.origins), instance: instance.id)
        } catch {
            throw .sandbox("cannot start a browser: \(error)")
        }
        let session = BrowserSession(browser: browser, includeTree: instance.includeTree)
        try await session.open(start)
        return session
    }

    public func restore(_ snapshot: WorldSnapshot, on instance: WorldInstance) async throws(WorldFailure) -> any WorldSession {
        guard let state = snapshot.payload as? Browser.State else {
            throw .sandbox("a \(snapshot.world) snapshot cannot be restored in a \(name) world")
        }
        do {
            let browser = try Browser(restoring: state, policy: OriginPolicy(sandboxes: instance.origins), instance: instance.id)
            return BrowserSession(browser: browser, includeTree: instance.includeTree)
        } catch {
            throw .sandbox("cannot start a browser: \(error)")
        }
    }
}
