/// The structured final answer of an episode: a status and, for `ok`, the retrieved
/// data (a string, number, list or object; null for tasks that only change state).
///
/// One type from the protocol parsers through the checkers to the leaderboard. The
/// leaderboard stores `text` (its `answer_value` column) and reads it back as
/// `.string(text)`, whose `text` is the same, so a rescore sees what the live run saw.
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

    /// The value as checkers read it and the leaderboard stores it: null is empty, a
    /// string is itself, numbers as written, booleans as `true`/`false`, lists joined
    /// by ", " (each item by the same rule), objects as canonical JSON.
    public var text: String {
        value.isNull ? "" : Self.text(of: value)
    }

    private static func text(of value: JSONValue) -> String {
        if let s = value.stringValue { return s }
        if let i = value.intValue { return String(i) }
        if let d = value.doubleValue { return String(d) }
        if let b = value.boolValue { return b ? "true" : "false" }
        if let items = value.arrayValue { return items.map(text(of:)).joined(separator: ", ") }
        return JSONWriter.encode(value)
    }
}
