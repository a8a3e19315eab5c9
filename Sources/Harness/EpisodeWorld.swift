import AgentProtocol
import AgentRunner
import Checkers

/// What an episode runs in, seen from `EpisodeRunner`: a web browser on an
/// instance, or a text game on one.
protocol EpisodeWorld: AgentEnvironment {
    /// Shows the task's start location; a failure here is the sandbox's.
    func open(_ start: String) async throws(EpisodeFailure)
    func observation() async -> Observation
    var currentURL: String { get async }
    var progress: KeyNodeTracker { get async }
    /// What each performed action led to, in order.
    var shown: [(text: String, url: String)] { get async }
    /// The action family agents use here.
    var actionSpace: ActionSpace { get }
}
