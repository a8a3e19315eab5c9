import Vocabulary

/// Why an agent's line was refused. The message is what the harness reports to the
/// agent in `last_action_error`, so it says exactly what was wrong.
public enum ProtocolError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The line is not JSON.
    case invalidJSON(JSONParseError)
    /// The line is JSON but not a message of the expected shape.
    case wrongShape(String)
    /// The action does not parse, or is not in this episode's action space.
    case invalidAction(ActionParseError)

    public var description: String {
        switch self {
        case .invalidJSON(let e): return e.description
        case .wrongShape(let s): return s
        case .invalidAction(let e): return e.description
        }
    }
}
