import AgentProtocol
import Vocabulary

/// Which deadline expired.
public enum TimeoutKind: String, Sendable {
    case handshake, step, episode, idle
}

/// Why an agent process ended, as precisely as the runner knows it.
public enum AgentTermination: Sendable, Equatable, CustomStringConvertible {
    /// It exited by itself.
    case exited(code: Int32)
    /// It was killed by a signal; `limit` names the rlimit or cgroup limit behind it, if known.
    case signaled(signal: Int32, limit: String?)
    /// A deadline expired and the runner stopped it.
    case timedOut(TimeoutKind)
    /// A stdout line grew past the cap.
    case lineTooLong(limit: Int)
    /// It wrote more than allowed on a stream (stderr past the flood threshold).
    case outputFlood(stream: String, bytes: Int)
    /// It closed its stdout but kept running.
    case closedStdout
    /// It broke the protocol (an unsolicited message, a bad handshake…).
    case protocolViolation(String)
    /// The harness ended the session (after `bye`, or between episodes).
    case stoppedByHarness
    /// The sandbox could not start it (bwrap refused a mount, the command is missing…).
    case launchFailed(String)

    /// The episode status this termination gives when it ends an episode early.
    public var episodeStatus: EpisodeStatus {
        switch self {
        case .timedOut: return .timeout
        case .lineTooLong, .protocolViolation: return .protocolError
        case .launchFailed: return .sandboxError
        case .exited, .signaled, .outputFlood, .closedStdout, .stoppedByHarness: return .agentError
        }
    }

    public var description: String {
        switch self {
        case .exited(let code): return "exited with code \(code)"
        case .signaled(let signal, let limit):
            return "killed by signal \(signal)" + (limit.map { " (\($0))" } ?? "")
        case .timedOut(let kind): return "\(kind.rawValue) deadline expired"
        case .lineTooLong(let limit): return "stdout line longer than \(limit) bytes"
        case .outputFlood(let stream, let bytes): return "flooded \(stream) (more than \(bytes) bytes)"
        case .closedStdout: return "closed its stdout while still running"
        case .protocolViolation(let why): return "protocol violation: \(why)"
        case .stoppedByHarness: return "stopped by the harness"
        case .launchFailed(let why): return "could not be started: \(why)"
        }
    }
}
