/// A failure of Gauntlet's side of an episode (the sandbox, the host): the episode is a
/// `sandbox_error`, which is the only status ever retried.
public enum WorldFailure: Error, CustomStringConvertible {
    case sandbox(String)

    public var description: String {
        switch self {
        case .sandbox(let message): "sandbox error: \(message)"
        }
    }
}
