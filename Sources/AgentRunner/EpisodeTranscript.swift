import AgentProtocol
import Vocabulary

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
