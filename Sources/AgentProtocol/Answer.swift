/// The status of a final answer, after WebArena-Verified's explicit codes.
public enum AnswerStatus: String, Sendable, CaseIterable, Codable {
    case ok
    case notFound = "not_found"
    case infeasible
    case permissionDenied = "permission_denied"
    case actionNotAllowed = "action_not_allowed"
    case dataValidation = "data_validation"
}

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
