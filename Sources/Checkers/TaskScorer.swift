import Tasks

/// Scores a finished episode of one task: the answer-status gate, then the checks.
public struct TaskScorer: Sendable {
    public var evaluator = CheckEvaluator()

    public init() {}

    /// Passes only when the agent's answer status is the task's expected status
    /// (an infeasible task passes only if the agent says infeasible; a feasible
    /// task fails if it does) and every top-level check passes.
    public func score(_ task: TaskDefinition, in context: CheckContext) async -> CheckResult {
        var context = context
        context.goal = task.goal
        let status = context.answer?.status ?? .ok
        let gate: CheckResult
        if task.expectedStatus != .ok {
            gate = status == task.expectedStatus
                ? CheckResult(kind: "status", passed: true, reason: "the agent answered \(status.rawValue), as expected")
                : context.answer?.isNotApplicable == true
                ? CheckResult(
                    kind: "status", passed: true,
                    reason: "the agent answered N/A, which matches the expected status \(task.expectedStatus.rawValue)")
                : CheckResult(
                    kind: "status", passed: false,
                    reason: context.answer == nil
                        ? "the agent gave no answer; expected status \(task.expectedStatus.rawValue)"
                        : "the agent answered \(status.rawValue); expected status \(task.expectedStatus.rawValue)")
        } else {
            gate = status == .ok
                ? CheckResult(kind: "status", passed: true, reason: "answer status ok")
                : CheckResult(
                    kind: "status", passed: false,
                    reason: "the agent answered \(status.rawValue), but the task is feasible")
        }
        var children = [gate.showing(
            expected: "answer status \(task.expectedStatus.rawValue)",
            actual: context.answer.map { $0.text.isEmpty ? $0.status.rawValue : "\($0.status.rawValue): \($0.text)" } ?? "no answer")]
        for check in task.checks { children.append(await evaluator.evaluate(check, in: context)) }
        // A wrong status fails outright: partial credit from other checks would reward
        // giving up on a feasible task or "solving" an infeasible one.
        let passed = children.allSatisfy(\.passed)
        let score = gate.passed ? children.map(\.score).reduce(0, +) / Double(children.count) : 0
        let failed = children.filter { !$0.passed }
        let reason = passed ? "passed: " + children.map(\.reason).joined(separator: "; ")
            : "failed: " + failed.map { "\($0.kind): \($0.reason)" }.joined(separator: "; ")
        return CheckResult(kind: "task", passed: passed, score: score, reason: reason, children: children)
    }
}
