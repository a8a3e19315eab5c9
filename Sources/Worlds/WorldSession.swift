import AgentProtocol

/// One episode's open world: what the agent sees, what its actions do, where it is.
/// The harness drives it one action at a time and checks key nodes after every step
/// from `location`, so a world never tracks progress itself.
public protocol WorldSession: Sendable {
    /// What the agent sees now.
    func observation() async -> Observation
    /// Applies one action. Returns why the action did not apply (the agent's
    /// `last_action_error`), or nil; throws when the sandbox itself failed.
    func perform(_ action: Action) async throws(WorldFailure) -> String?
    /// Where the episode is now (the active URL), read without rendering anything.
    var location: String { get async }
    /// Takes the agent's declaration that the goal cannot be reached, with what it says
    /// is missing (the answer's value), where the world records it for the checkers (a
    /// text game's state); a no-op where it does not.
    func declareInfeasible(naming missing: String) async throws(WorldFailure)

    /// Another valid value for a parameterised `action` here, for `gauntlet verify`'s mutant
    /// trials (docs/tasks.md "Trials"): the one step of a solution changed to a value the
    /// goal did not ask for. Nil when this world has no other value for it here.
    func mutation(of action: Action) async -> Action?
    /// What a goal-blind explorer may do from here, in this world's order of preference
    /// (verify's explorer trial). Empty when nothing is left to do.
    func explorationMoves() async -> [Action]
    /// What a copy of this session on a copy of its instance needs (fork and restore).
    func snapshot() async -> WorldSnapshot
}
