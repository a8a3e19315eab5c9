import AgentProtocol
import Checkers
import Vocabulary

/// An answered episode's status, score and reason from its check results: the one rule
/// for live runs, `verify` and `rescore`.
struct Verdict: Sendable {
    var status: EpisodeStatus
    var score: Double
    var reason: String
    var checks: CheckResult

    init(_ checks: CheckResult) {
        self.checks = checks
        if checks.containsError {
            // A check that could not run is the task's or host's fault: never the agent's.
            status = .sandboxError
            score = 0
            reason = "sandbox error: a check could not be evaluated: \(checks.reason)"
        } else {
            status = checks.passed ? .success : .failure
            score = checks.score
            reason = checks.reason
        }
    }
}
