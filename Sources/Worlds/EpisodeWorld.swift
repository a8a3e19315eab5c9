import AgentProtocol

/// How an episode in a sandbox is played: the grammar of actions it accepts and how a
/// session on one instance opens. Each sandbox declares its world (`PlayableSandbox`);
/// the harness gets it from the `SandboxRegistry` and never names a sandbox.
public protocol EpisodeWorld: Sendable {
    /// Names the kind of world ("web", "text-game"): sandboxes whose worlds share a
    /// name can be played together in one session over one instance.
    var name: String { get }
    /// The action family agents use here (listed in the episode message).
    var actionSpace: ActionSpace { get }
    /// A session on `instance`, showing the task's start location. A failure here is
    /// the sandbox's, never the agent's.
    func open(_ start: String, on instance: WorldInstance) async throws(WorldFailure) -> any WorldSession
    /// Whether `action` carries a detail of a goal (a chosen option, a typed value, an
    /// object to use) that verify's mutant trial changes; navigation does not. The
    /// session then finds the other value (`WorldSession.mutation(of:)`).
    func isParameterised(_ action: Action) -> Bool
    /// How verify's goal-blind explorer walks this world's moves.
    var explorationOrder: ExplorationOrder { get }
    /// A session as `snapshot` saw it, on `instance` (a copy of the snapshot's instance).
    func restore(_ snapshot: WorldSnapshot, on instance: WorldInstance) async throws(WorldFailure) -> any WorldSession
}
