import Vocabulary

/// The structured final answer of an episode: a status and, for `ok`, the retrieved
/// data (a string, number, list or object; null for tasks that only change state).
public struct Answer: Sendable, Equatable {
    public var status: AnswerStatus
    public var value: JSONValue

    public init(status: AnswerStatus, value: JSONValue = .null) {
        self.status = status
        self.value = value
    }

    public var json: JSONValue {
        .object([("status", .string(status.rawValue)), ("value", value)])
    }
}
