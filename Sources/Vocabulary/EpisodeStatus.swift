/// How an episode ended (**contract**, docs/protocol.md "Episode statuses").
///
/// Only `sandboxError` is ever retried: every other status is the agent's own result.
public enum EpisodeStatus: String, Sendable, CaseIterable, Codable, Comparable {
    /// The agent stopped and the checkers passed.
    case success
    /// The agent stopped and the checkers did not pass.
    case failure
    /// The step budget ran out before the agent stopped.
    case stepLimit = "step_limit"
    /// A handshake, step, idle or episode deadline expired.
    case timeout
    /// The agent process failed: it exited or was killed mid-episode, closed its stdout,
    /// flooded its output, or could not be started from its own files.
    case agentError = "agent_error"
    /// The agent broke the protocol: an over-long line, too many invalid actions in a
    /// row, more than one message per observation, a bad handshake.
    case protocolError = "protocol_error"
    /// Gauntlet's side failed (sandbox, browser, runner set-up). Retried.
    case sandboxError = "sandbox_error"

    public var isRetriable: Bool { self == .sandboxError }

    /// Contract order (as listed above), used wherever statuses are listed.
    public static func < (a: EpisodeStatus, b: EpisodeStatus) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}
