/// How an episode ended (DESIGN.md, "Episode status", a contract). Only
/// `sandbox_error` is ever retried, and each retry is stored as its own attempt.
public enum EpisodeStatus: String, Sendable, Equatable, Hashable, CaseIterable, Codable, Comparable {
    case success
    case failure
    case stepLimit = "step_limit"
    case timeout
    case agentError = "agent_error"
    case protocolError = "protocol_error"
    case sandboxError = "sandbox_error"

    /// Contract order, used wherever statuses are listed.
    public static func < (a: EpisodeStatus, b: EpisodeStatus) -> Bool {
        a.rank < b.rank
    }

    private var rank: Int {
        switch self {
        case .success: 0
        case .failure: 1
        case .stepLimit: 2
        case .timeout: 3
        case .agentError: 4
        case .protocolError: 5
        case .sandboxError: 6
        }
    }
}

/// The life cycle of a run row: `running` from `startRun` until `finishRun`; a run
/// whose process died stays `running` until a resume marks it again.
public enum RunStatus: String, Sendable, Equatable, CaseIterable, Codable {
    case running
    case finished
    case interrupted
}
