import AgentProtocol

/// What an action did: the next observation, and why the action did not apply, if so
/// (sent to the agent as `last_action_error`).
public struct StepResult: Sendable, Equatable {
    public var observation: Observation
    public var actionError: String?

    public init(observation: Observation, actionError: String? = nil) {
        self.observation = observation
        self.actionError = actionError
    }
}

/// The world an episode acts on: the browser over a sandbox instance, a GUI app, a game.
/// An error thrown here is Gauntlet's failure (`sandbox_error`), never the agent's.
public protocol AgentEnvironment: Sendable {
    func perform(_ action: Action) async throws -> StepResult
}
