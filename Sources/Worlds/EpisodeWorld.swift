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
    /// What a task file names inside this world that does not exist (an app, a screen, a
    /// resource id), for `gauntlet tasks validate`: `location` is a `sandbox:/path` of the
    /// task (its start, a URL check or key node), `action` an oracle step. Nil when
    /// nothing is wrong.
    func problem(inLocation location: String) -> String?
    func problem(inAction action: Action) -> String?
}

/// Worlds whose locations and actions name nothing of their own (a website's paths are
/// its server's to judge) have nothing to audit.
extension EpisodeWorld {
    public func problem(inLocation location: String) -> String? { nil }
    public func problem(inAction action: Action) -> String? { nil }
}
