import AgentProtocol
import Checkers
import struct Leaderboard.KeyNodeRecord
import SandboxKit
import Vocabulary

/// Everything one episode produced: what the leaderboard stores and reports show.
struct EpisodeOutcome: Sendable {
    var key: EpisodeAttempt
    var status: EpisodeStatus
    var score: Double
    /// Share of key nodes reached; nil for a task without key nodes.
    var progress: Double?
    var keyNodesReached = 0
    var keyNodesTotal = 0
    /// The task's key nodes, each with the step that reached it.
    var keyNodes: [KeyNodeRecord] = []
    /// Each step with the observation it was chosen on, as stored.
    var steps: [StepRecord]
    var answer: Answer?
    /// Why the episode ended as it did, for people.
    var reason: String
    var checks: CheckResult?
    var wallMilliseconds: Int
    var usage: Usage
    var agentName: String?
    var agentVersion: String?
    var stderr: String
    var finalURL: String
    var finalState: [UInt8]
    /// The final state against the initial one, for the episode page.
    var stateDiff: StateDiff?
    var requestLog: [RequestRecord]
    /// In a stream run: which agent process played the episode (1, 2 after a restart…).
    var agentProcess: Int?
    /// The steps the episode was allowed (the task's own, or the run's override).
    var stepLimit: Int?
    /// Why the agent could not start (launch or handshake failed), with its stderr's
    /// end: the run prints the first one at once and fails when every episode has one.
    var agentStartFailure: String?
    /// In a stream run: the episode id the agent was sent, when it was sent one (so its
    /// end can be revealed); nil when the episode never reached the agent.
    var streamEpisodeID: String?
    /// For a verify trial with nothing to try (a mutant whose step has no other value
    /// here): why. Such a trial is skipped, neither passed nor failed.
    var notApplicable: String?

    /// An episode about to be played: a `sandbox_error` until something better is known.
    static func unplayed(_ key: EpisodeAttempt) -> EpisodeOutcome {
        EpisodeOutcome(
            key: key, status: .sandboxError, score: 0, progress: nil, steps: [], answer: nil, reason: "",
            checks: nil, wallMilliseconds: 0, usage: Usage(), agentName: nil, agentVersion: nil, stderr: "",
            finalURL: "", finalState: [], requestLog: [])
    }

    /// Sets the wall time from `began` to now.
    mutating func timed(since began: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - began
        wallMilliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }
}

/// Which episode of a run: the same key on a resumed run is the same episode.
struct EpisodeAttempt: Sendable, Hashable {
    var taskID: String
    var epoch: Int
    var seed: UInt64
    var attempt: Int
}
