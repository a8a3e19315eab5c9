import Checkers
import Tasks
import Testing
import Vocabulary

@Suite struct TaskScorerTests {
    func task(status: String, checks: String) throws -> TaskDefinition {
        try parsedTask(status: status, checks: checks)
    }

    @Test func infeasibleTaskPassesOnlyWhenTheAgentSaysSo() async throws {
        let t = try task(status: "infeasible", checks: "[]")
        let scorer = TaskScorer()
        #expect(await scorer.score(t, in: CheckContext(answer: Answer(status: .infeasible))).passed)
        let claimed = await scorer.score(t, in: CheckContext(answer: Answer(status: .ok, value: .string("Done, it is red"))))
        #expect(!claimed.passed)
        #expect(claimed.score == 0)
        #expect(claimed.reason == "failed: status: the agent answered ok; expected status infeasible")
        #expect(!(await scorer.score(t, in: CheckContext())).passed)
        #expect(!(await scorer.score(t, in: CheckContext(answer: Answer(status: .notFound)))).passed)
    }

    @Test func feasibleTaskFailsWhenTheAgentGivesUp() async throws {
        let t = try task(status: "ok", checks: #"[{"answer": {"must_include": "red"}}]"#)
        let scorer = TaskScorer()
        #expect(await scorer.score(t, in: CheckContext(answer: Answer(status: .ok, value: .string("red")))).passed)
        let gaveUp = await scorer.score(t, in: CheckContext(answer: Answer(status: .infeasible)))
        #expect(!gaveUp.passed)
        #expect(gaveUp.score == 0)
        #expect(gaveUp.children[0].reason == "the agent answered infeasible, but the task is feasible")
    }
}
