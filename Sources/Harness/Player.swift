import AgentRunner

/// Who plays an episode.
enum Player: Sendable {
    /// Any agent binary, in its sandbox, over the process protocol.
    case agent(AgentConfiguration)
    /// The task's oracle solution, replayed in-process through the same environment
    /// (for `gauntlet verify`).
    case oracle
    /// One of verify's trials, played in-process like the oracle.
    case trial(TrialScript)
    /// The persistent agent of a stream run (`gauntlet run --stream`): the episode is
    /// played by its current process, and its end is revealed by the caller.
    case stream(StreamAgent)
}
