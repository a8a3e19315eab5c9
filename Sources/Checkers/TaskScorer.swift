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
        // The status is a guard too: stopping with `N/A` guesses an infeasible task's status.
        var guards = [true]
        // Every task guards against collateral damage: with no check of its own, nothing
        // but the sandboxes' sessions and logs may change.
        let checks = task.checks.contains(where: \.hasCollateral) ? task.checks : task.checks + [.collateral(CollateralCheck(allow: []))]
        for check in checks {
            let isGuard = await self.isGuard(check, context)
            var result = await evaluator.evaluate(check, in: context)
            if isGuard { result.reason = "guard: " + result.reason }
            children.append(result)
            guards.append(isGuard)
        }
        // Guards earn nothing and zero the score when they fail, so that an agent that does
        // nothing, or only harm that is undone, scores 0; the main checks share the score.
        let passed = children.allSatisfy(\.passed)
        let guardsHold = zip(children, guards).allSatisfy { !$1 || $0.passed }
        let main = zip(children, guards).filter { !$1 }.map(\.0.score)
        let score = !guardsHold ? 0 : main.isEmpty ? (passed ? 1 : 0) : main.reduce(0, +) / Double(main.count)
        let failed = children.filter { !$0.passed }
        let reason = passed ? "passed: " + children.map(\.reason).joined(separator: "; ")
            : "failed: " + failed.map { "\($0.kind): \($0.reason)" }.joined(separator: "; ")
        return CheckResult(kind: "task", passed: passed, score: score, reason: reason, children: children)
    }

    /// A check that only asserts that nothing bad happened: collateral, a request that
    /// must not occur, a state check the initial state already satisfies (it expects the
    /// initial value), or a combination of guards.
    func isGuard(_ check: Check, _ context: CheckContext) async -> Bool {
        switch check {
        case .collateral: return true
        case .request(let r): return r.absent
        case .state:
            guard let state = context.state else { return false }
            var before = context
            before.state = InitialStateView(state: state)
            let result = await evaluator.evaluate(check, in: before)
            return result.passed && !result.containsError
        case .all(let checks), .any(let checks):
            for c in checks where !(await isGuard(c, context)) { return false }
            return true
        case .answer, .url, .page: return false
        }
    }
}

extension Check {
    /// Whether this check, or one nested in it, is a collateral check.
    var hasCollateral: Bool {
        switch self {
        case .collateral: true
        case .all(let checks), .any(let checks): checks.contains(where: \.hasCollateral)
        case .answer, .url, .state, .request, .page: false
        }
    }
}
