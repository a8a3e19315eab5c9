import Foundation
import Testing
@testable import InducedMetrics
import Leaderboard

/// Bad judge output is asked again, then recorded as a judge error for each trait of the
/// call: never a crash, never a rating. Real processes, a real SQLite leaderboard.
@Suite(.serialized) struct JudgeFailureTests {
    @Test func badAnswersAreRetriedThenRecordedAsJudgeErrors() async throws {
        // One episode's call gets all three kinds of bad answer; the plan then runs dry
        // (good answers) for the second episode.
        let fixture = try JudgeFixture(plan: ["notjson", "wrongschema", "outofrange"])
        let judging = fixture.judging(attempts: 3)
        let first = try await judging.judge([fixture.episodes[0]], metrics: JudgeFixture.metrics, setName: "s", version: 1, store: true)
        let traits = try #require(first[fixture.episodes[0]])
        #expect(traits.count == 2)
        #expect(traits.allSatisfy { $0.rating == nil })
        #expect(traits.allSatisfy { $0.error?.contains("must be -1, 0 or 1, got 2") == true })
        #expect(traits.allSatisfy { $0.error?.contains("after 3 attempt(s)") == true })
        #expect(try fixture.remainingPlan().isEmpty)
        // Stored as errors, without a rating.
        let stored = try #require(try fixture.board.episode(id: fixture.episodes[0])).record.traits.filter { $0.metricSet == "s" }
        #expect(stored.count == 2)
        #expect(stored.allSatisfy { $0.rating == nil && $0.error != nil })
        // The call is recorded once, with its attempts, the tokens and cost the bad answers spent, and its error.
        let calls = try fixture.board.judgeCalls(session: judging.session.id)
        #expect(calls.count == 1)
        #expect(calls[0].attempts == 3)
        #expect(calls[0].error != nil)
        #expect(calls[0].inputTokens == 20)  // wrongschema and outofrange reported usage; notjson could not
        #expect(abs((calls[0].costUSD ?? 0) - 0.002) < 1e-12)
        let totals = await judging.session.totals
        #expect(totals.failed == 1)
        #expect(totals.requests == 3)
        // A failed call is not cached: asking again asks the judge, which now answers well.
        let again = try await judging.judge([fixture.episodes[0]], metrics: JudgeFixture.metrics, setName: "s", version: 1, store: true)
        #expect(again[fixture.episodes[0]]?.map(\.rating) == [1, 1])
    }

    @Test func aTimeoutIsRetriedAndAJudgeReportedErrorToo() async throws {
        let fixture = try JudgeFixture(plan: ["sleep", "error", "good"])
        let judging = fixture.judging(attempts: 3, timeout: 2)
        let started = ContinuousClock.now
        let result = try await judging.judge([fixture.episodes[1]], metrics: JudgeFixture.metrics, setName: "s", version: 1, store: true)
        // The judge's first answer sleeps 600 s: finishing well before that shows the timeout
        // cut it off. The bound is loose because a loaded CI machine is slow to start processes.
        #expect(ContinuousClock.now - started < .seconds(300))
        #expect(result[fixture.episodes[1]]?.map(\.rating) == [1, 1])
        #expect(result[fixture.episodes[1]]?.first?.steps == [1])
        let calls = try fixture.board.judgeCalls(session: judging.session.id)
        #expect(calls.map(\.attempts) == [3])
        #expect(calls[0].error == nil)
    }

    @Test func onlyTimeoutsGiveAJudgeErrorNamingTheTimeout() async throws {
        let fixture = try JudgeFixture(plan: ["sleep", "sleep"])
        let judging = fixture.judging(attempts: 2, timeout: 1)
        let result = try await judging.judge([fixture.episodes[0]], metrics: JudgeFixture.metrics, setName: "s", version: 1, store: true)
        let traits = try #require(result[fixture.episodes[0]])
        #expect(traits.allSatisfy { $0.rating == nil && $0.error?.contains("timed out after 1.0 s") == true })
    }

    @Test func validAnswersAreCachedAndCostNothingTheSecondTime() async throws {
        // After the good answers, the plan holds bad ones: a call that reached the judge would fail.
        let fixture = try JudgeFixture(plan: ["good", "good", "notjson", "notjson", "notjson"])
        let judging = fixture.judging(attempts: 3)
        _ = try await judging.judge(fixture.episodes, metrics: JudgeFixture.metrics, setName: "s", version: 1, store: true)
        let firstTotals = await judging.session.totals
        #expect(firstTotals.calls == 2)
        #expect(firstTotals.cached == 0)
        #expect(abs(firstTotals.costUSD - 0.002) < 1e-12)
        #expect(firstTotals.inputTokens == 20)
        let second = fixture.judging(attempts: 3)
        let again = try await second.judge(fixture.episodes, metrics: JudgeFixture.metrics, setName: "s", version: 1, store: true)
        #expect(again.values.allSatisfy { $0.map(\.rating) == [1, 1] })
        let totals = await second.session.totals
        #expect(totals.cached == 2)
        #expect(totals.requests == 0)
        #expect(totals.costUSD == 0)
        #expect(try fixture.remainingPlan().count == 3)
        let calls = try fixture.board.judgeCalls(session: second.session.id)
        #expect(calls.allSatisfy { $0.cached && $0.costUSD == 0 && $0.attempts == 0 })
    }
}
