/// The status part of an agent's final answer, after WebArena-Verified's typed answers.
///
/// Replaces WebArena's "N/A" convention: a task whose correct outcome is, say,
/// `infeasible` passes only if the agent says so, and a feasible task fails if the
/// agent gives up with a non-`ok` status.
public enum AnswerStatus: String, Sendable, Equatable, CaseIterable, Codable {
    case ok
    case notFound = "not_found"
    case infeasible
    case permissionDenied = "permission_denied"
    case actionNotAllowed = "action_not_allowed"
    case dataValidation = "data_validation"
}

extension AnswerStatus {
    /// The status named by `text`; an unknown name is an error, never a silent `ok`.
    public init(validating text: String) throws(UnknownAnswerStatus) {
        guard let status = AnswerStatus(rawValue: text) else { throw UnknownAnswerStatus(text: text) }
        self = status
    }
}

/// A stored or received answer status that is not one of `AnswerStatus`'s names.
public struct UnknownAnswerStatus: Error, Sendable, Equatable, CustomStringConvertible {
    public var text: String

    public init(text: String) {
        self.text = text
    }

    public var description: String {
        "unknown answer status '\(text)' (expected one of: \(AnswerStatus.allCases.map(\.rawValue).joined(separator: ", ")))"
    }
}
