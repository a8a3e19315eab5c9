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
