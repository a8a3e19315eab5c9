import AgentProtocol
import Browser
import Worlds

/// The games sandbox's world: a text game's screen on the episode's instance, read as
/// XML into an observation tree (over HTTP, or in process when the host is at hand). Agents send `say [command]`; an `infeasible` answer
/// is typed to the game as `declare infeasible`, which records it in the game's state.
public struct TextGameWorld: EpisodeWorld {
    public init() {}

    public var name: String { "text-game" }
    public var actionSpace: ActionSpace { .text }
    public var explorationOrder: ExplorationOrder { .leastTriedHere }

    public func isParameterised(_ action: Action) -> Bool {
        TextGameTrials.isParameterised(action)
    }

    public func open(_ start: String, on instance: WorldInstance) async throws(WorldFailure) -> any WorldSession {
        let exchange = try HostExchange(instance)
        let policy = OriginPolicy(sandboxes: instance.origins)
        guard case .success(let game) = policy.resolve(start, from: nil) else {
            throw .sandbox("the start location \(start) is not a sandbox URL")
        }
        let session = TextGameSession(exchange: exchange, game: game)
        try await session.load()
        return session
    }

    /// The game's state is the instance's; the session adds only the screen shown.
    public func restore(_ snapshot: WorldSnapshot, on instance: WorldInstance) async throws(WorldFailure) -> any WorldSession {
        guard let screen = snapshot.payload as? TextGameSession.Screen else {
            throw .sandbox("a \(snapshot.world) snapshot cannot be restored in a \(name) world")
        }
        return TextGameSession(exchange: try HostExchange(instance), game: screen.game, tree: screen.tree)
    }
}
