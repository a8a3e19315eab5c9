/// A refused message, with OpenEnv's error code (`WSErrorCode` in openenv-core's
/// `env_server/types.py`), sent as `{"type":"error","data":{"code","message"}}`.
public struct EnvError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// The message is not JSON.
        case invalidJSON = "INVALID_JSON"
        /// `type` names no message this server takes.
        case unknownType = "UNKNOWN_TYPE"
        /// A field is missing or of the wrong kind, a task is unknown, an action does not parse.
        case validation = "VALIDATION_ERROR"
        /// The message was valid but could not be carried out (no episode yet, a sandbox failure).
        case execution = "EXECUTION_ERROR"
        /// Every session slot is taken.
        case capacity = "CAPACITY_REACHED"
        /// The session itself failed or timed out.
        case session = "SESSION_ERROR"
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code.rawValue): \(message)" }
}
