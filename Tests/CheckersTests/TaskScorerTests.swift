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
        #expect(await scorer.score(t, in: CheckContext(answer: Answer(status: .infeasible), state: try SQLiteState.untouched())).passed)
        let claimed = await scorer.score(t, in: CheckContext(answer: Answer(status: .ok, value: .string("Done, it is red")), state: try SQLiteState.untouched()))
        #expect(!claimed.passed)
        #expect(claimed.score == 0)
        #expect(claimed.reason == "failed: status: the agent answered ok; expected status infeasible")
        #expect(!(await scorer.score(t, in: CheckContext(state: try SQLiteState.untouched()))).passed)
        #expect(!(await scorer.score(t, in: CheckContext(answer: Answer(status: .notFound), state: try SQLiteState.untouched()))).passed)
    }

    @Test func feasibleTaskFailsWhenTheAgentGivesUp() async throws {
        let t = try task(status: "ok", checks: #"[{"answer": {"must_include": "red"}}]"#)
        let scorer = TaskScorer()
        #expect(await scorer.score(t, in: CheckContext(answer: Answer(status: .ok, value: .string("red")), state: try SQLiteState.untouched())).passed)
        let gaveUp = await scorer.score(t, in: CheckContext(answer: Answer(status: .infeasible), state: try SQLiteState.untouched()))
        #expect(!gaveUp.passed)
        #expect(gaveUp.score == 0)
        #expect(gaveUp.children[0].reason == "the agent answered infeasible, but the task is feasible")
    }

    @Test func guardsEarnNothingAndZeroTheScoreWhenTheyFail() async throws {
        // An infeasible task's status and its collateral are guards; its evidence is what earns.
        let t = try task(status: "infeasible", checks: #"[{"request": {"method": "GET", "path": "/orders/7", "status": 200}}]"#)
        let scorer = TaskScorer()
        let state = try SQLiteState(setup: "CREATE TABLE orders (id INTEGER PRIMARY KEY, status TEXT); INSERT INTO orders VALUES (7, 'shipped')")
        let looked = RequestRecord(sandbox: "shop", method: "GET", path: "/orders/7", status: 200)
        let guessed = await scorer.score(t, in: CheckContext(answer: Answer(status: .infeasible, value: .string("N/A")), state: state))
        #expect(!guessed.passed)
        #expect(guessed.score == 0)
        let right = await scorer.score(t, in: CheckContext(answer: Answer(status: .infeasible), requests: [looked], state: state))
        #expect(right.passed && right.score == 1)
        // The implicit collateral check allows nothing: the looking did harm, so it scores 0.
        try state.mutate("UPDATE orders SET status = 'cancelled'")
        let harmed = await scorer.score(t, in: CheckContext(answer: Answer(status: .infeasible), requests: [looked], state: state))
        #expect(!harmed.passed && harmed.score == 0)
        #expect(harmed.children.last?.reason == "guard: unexpected changes: orders[id=7] changed status")
    }

    @Test func aStateCheckTheInitialStateSatisfiesIsAGuard() async throws {
        let t = try task(status: "ok", checks: #"""
            [{"state": {"query": "SELECT status FROM orders WHERE id = 7", "expect": [["cancelled"]]}},
             {"state": {"query": "SELECT count(*) FROM orders", "expect": [[2]]}},
             {"collateral": {"allow": [{"table": "orders", "rows": "id = 7", "update": ["status"]}]}}]
            """#)
        let scorer = TaskScorer()
        let state = try SQLiteState(setup: """
            CREATE TABLE orders (id INTEGER PRIMARY KEY, status TEXT); INSERT INTO orders VALUES (7, 'pending'), (8, 'pending')
            """)
        // Doing nothing passes the count and the collateral check, and earns nothing for it.
        let idle = await scorer.score(t, in: CheckContext(answer: Answer(status: .ok), state: state))
        #expect(!idle.passed && idle.score == 0)
        try state.mutate("UPDATE orders SET status = 'cancelled' WHERE id = 7")
        let done = await scorer.score(t, in: CheckContext(answer: Answer(status: .ok), state: state))
        #expect(done.passed && done.score == 1)
        // Cancelling the other order too is damage: the main check passes, the score is 0.
        try state.mutate("UPDATE orders SET status = 'cancelled' WHERE id = 8")
        let both = await scorer.score(t, in: CheckContext(answer: Answer(status: .ok), state: state))
        #expect(!both.passed && both.score == 0)
    }
}
