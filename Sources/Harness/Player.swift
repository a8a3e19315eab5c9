import AgentRunner

/// Who plays an episode.
enum Player: Sendable {
    /// Any agent binary, in its sandbox, over the process protocol.
    case agent(AgentConfiguration)
    /// The task's oracle solution, replayed in-process through the same environment
    /// (for `gauntlet verify`).
    case oracle
}
