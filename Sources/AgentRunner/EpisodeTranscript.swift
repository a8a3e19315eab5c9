import AgentProtocol
import Vocabulary

/// One step as the runner saw it.
public struct StepRecord: Sendable, Equatable {
    /// 1-based: the n-th line the agent sent in this episode.
    public var index: Int
    /// The observation the agent had when it sent this line, recorded where it was sent.
    public var observation: Observation
    /// The line as sent (cut to 4 KiB for the record).
    public var line: String
    public var action: Action?
    /// Why the line was refused or the action did not apply.
    public var error: String?
    public var thought: String?
    public var usage: Usage?
    /// From sending the observation to receiving this line.
    public var latency: Duration
}

/// How an episode ended, from the runner's side. Success or failure of an answered
/// episode is decided afterwards by the checkers.
public enum EpisodeEndReason: Sendable, Equatable {
    case answered(Answer)
    case stepLimit
    /// Too many invalid lines in a row.
    case invalidActions(count: Int)
    /// The agent process ended or was stopped (timeout, exit, flood…).
    case agentTerminated(AgentTermination)
    /// The environment failed.
    case environmentFailed(String)
}

public struct EpisodeTranscript: Sendable, Equatable {
    public var episodeID: String
    public var reason: EpisodeEndReason
    public var steps: [StepRecord]
    /// Usage summed over the steps that reported it.
    public var usage: Usage
    public var wallTime: Duration

    public var answer: Answer? {
        if case .answered(let answer) = reason { return answer }
        return nil
    }

    /// The episode status: the checkers' verdict for an answered episode, else what
    /// ended it.
    public func status(checkersPassed: Bool) -> EpisodeStatus {
        switch reason {
        case .answered: return checkersPassed ? .success : .failure
        case .stepLimit: return .stepLimit
        case .invalidActions: return .protocolError
        case .agentTerminated(let termination): return termination.episodeStatus
        case .environmentFailed: return .sandboxError
        }
    }

    /// The status when the episode was not answered (no checker involved).
    public var statusIfUnanswered: EpisodeStatus? {
        if case .answered = reason { return nil }
        return status(checkersPassed: false)
    }
}
