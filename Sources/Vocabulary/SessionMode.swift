/// Whether one process plays one episode, or a stream of them: said to the agent in
/// `hello` and stored with the run.
public enum SessionMode: String, Sendable, CaseIterable {
    /// A fresh process per episode; `episode_end` never reveals the score.
    case episode
    /// One persistent process for an ordered stream of episodes.
    case stream
}
