import Foundation
@testable import Leaderboard
import Testing
import Vocabulary

@Suite struct StatisticsTests {
    private func e(_ task: String, _ epoch: Int, _ status: EpisodeStatus, attempt: Int = 1, suite: String = "shop") -> EpisodeRecord {
        SampleData.episode(task: task, suite: suite, epoch: epoch, attempt: attempt, status: status)
    }

    // MARK: pass@k and pass^k

    @Test func passAtKHandComputed() {
        // 1 − C(3,2)/C(5,2) = 1 − 3/10
        #expect(abs((PassAtK.passAt(k: 2, n: 5, c: 2) ?? -1) - 0.7) < 1e-12)
        // k = 1 is the plain success rate.
        #expect(abs((PassAtK.passAt(k: 1, n: 5, c: 2) ?? -1) - 0.4) < 1e-12)
        // 1 − C(7,3)/C(10,3) = 1 − 35/120
        #expect(abs((PassAtK.passAt(k: 3, n: 10, c: 3) ?? -1) - 85.0 / 120.0) < 1e-12)
        #expect(PassAtK.passAt(k: 2, n: 5, c: 0) == 0)
        #expect(PassAtK.passAt(k: 2, n: 3, c: 2) == 1)  // fewer than k failures: some draw succeeds
        #expect(PassAtK.passAt(k: 6, n: 5, c: 2) == nil)
        #expect(PassAtK.passAt(k: 0, n: 5, c: 2) == nil)
        #expect(PassAtK.passAt(k: 1, n: 5, c: 6) == nil)
    }

    @Test func passHatKHandComputed() {
        // C(2,2)/C(5,2) = 1/10
        #expect(abs((PassAtK.passHat(k: 2, n: 5, c: 2) ?? -1) - 0.1) < 1e-12)
        #expect(abs((PassAtK.passHat(k: 1, n: 5, c: 2) ?? -1) - 0.4) < 1e-12)
        // C(4,3)/C(5,3) = 4/10
        #expect(abs((PassAtK.passHat(k: 3, n: 5, c: 4) ?? -1) - 0.4) < 1e-12)
        #expect(PassAtK.passHat(k: 3, n: 5, c: 2) == 0)
        #expect(PassAtK.passHat(k: 3, n: 3, c: 3) == 1)
        #expect(PassAtK.passHat(k: 4, n: 3, c: 3) == nil)
    }

    @Test func largeTrialCountsDoNotOverflow() {
        let at = PassAtK.passAt(k: 50, n: 1000, c: 10) ?? -1
        #expect(at > 0.39 && at < 0.41)  // ≈ 1 − 0.99^50 ≈ 0.395
        #expect((PassAtK.passHat(k: 50, n: 1000, c: 990) ?? -1) > 0.59)
    }

    // MARK: Summaries

    @Test func summaryOverEpochs() {
        let episodes = [
            e("shop/a", 0, .success), e("shop/a", 1, .success),
            e("shop/b", 0, .success), e("shop/b", 1, .failure),
        ]
        let s = OutcomeSummary(episodes)
        #expect(s.episodes == 4)
        #expect(s.tasks == 2)
        #expect(s.successRate == 0.75)
        #expect(s.maxK == 2)
        #expect(s.passAt[1] == 0.75)
        #expect(s.passAt[2] == 1.0)  // mean(1, 1)
        #expect(s.passHat[2] == 0.5)  // mean(1, 0)
        #expect(s.ciLow <= 0.75 && s.ciHigh >= 0.75)
        #expect(s.statuses[.success] == 3 && s.statuses[.failure] == 1 && s.statuses[.timeout] == 0)
        #expect(s.statuses.count == EpisodeStatus.allCases.count)
    }

    @Test func onlyFinalAttemptsCountAndAFinalSandboxErrorIsAFailure() {
        let episodes = [
            e("shop/a", 0, .sandboxError, attempt: 1), e("shop/a", 0, .success, attempt: 2),
            e("shop/b", 0, .sandboxError, attempt: 1), e("shop/b", 0, .sandboxError, attempt: 2),
        ]
        let s = OutcomeSummary(episodes)
        #expect(s.episodes == 2)
        #expect(s.retries == 2)
        #expect(s.successRate == 0.5)
        #expect(s.statuses[.sandboxError] == 1)
        #expect(s.statuses[.success] == 1)
    }

    @Test func costAndProgressOnlyOverWhatWasReported() {
        var a = e("shop/a", 0, .success)
        a.costUSD = 0.25
        a.progress = 1
        var b = e("shop/b", 0, .failure)
        b.costUSD = 0.5
        b.progress = 0.5
        let c = e("shop/c", 0, .failure)
        let s = OutcomeSummary([a, b, c])
        #expect(s.costUSD == 0.75)
        #expect(s.costedEpisodes == 2)
        #expect(s.progress == 0.75)
        #expect(OutcomeSummary([c]).costUSD == nil)
        #expect(OutcomeSummary([c]).progress == nil)
        #expect(s.meanSteps == 3)
    }

    // MARK: Bootstrap

    @Test func bootstrapIsSeededAndReproducible() {
        // Tasks of different sizes, so resampled ratios do not all fall on a coarse grid.
        let clusters = (0..<40).map { Bootstrap.Cluster(total: Double($0 % 3), count: Double(2 + $0 % 5)) }
        let one = Bootstrap().ratioInterval(clusters)
        #expect(one == Bootstrap().ratioInterval(clusters))
        #expect(one != Bootstrap(seed: 7).ratioInterval(clusters))
        #expect(Bootstrap().resamples == 2000)
    }

    @Test func degenerateAndTwoPointCases() {
        let allPass = (0..<10).map { _ in Bootstrap.Cluster(total: 1, count: 1) }
        #expect(Bootstrap().ratioInterval(allPass) == Bootstrap.Interval(low: 1, high: 1))
        #expect(Bootstrap().ratioInterval([]) == nil)
        // Two tasks, 0 and 1: resamples are 0, ½ or 1 with probabilities ¼, ½, ¼.
        let two = [Bootstrap.Cluster(total: 0, count: 1), Bootstrap.Cluster(total: 1, count: 1)]
        #expect(Bootstrap().ratioInterval(two) == Bootstrap.Interval(low: 0, high: 1))
    }

    @Test func intervalMatchesTheNormalApproximationForALargeSample() throws {
        // 100 tasks, 50 successes: standard error 0.05, so about [0.40, 0.60].
        let clusters = (0..<100).map { Bootstrap.Cluster(total: $0 < 50 ? 1 : 0, count: 1) }
        let i = try #require(Bootstrap().ratioInterval(clusters))
        #expect(i.low > 0.38 && i.low < 0.42)
        #expect(i.high > 0.58 && i.high < 0.62)
    }

    @Test func clusteringByTaskWidensTheIntervalWhenEpochsAgree() throws {
        // 10 tasks × 5 epochs; each task always passes or always fails.
        var episodes: [EpisodeRecord] = []
        for t in 0..<10 {
            for epoch in 0..<5 { episodes.append(e("shop/t\(t)", epoch, t < 5 ? .success : .failure)) }
        }
        let clustered = OutcomeSummary(episodes)
        let naive = try #require(Bootstrap().ratioInterval(episodes.map { Bootstrap.Cluster(total: $0.status == .success ? 1 : 0, count: 1) }))
        #expect(clustered.successRate == 0.5)
        #expect((clustered.ciHigh - clustered.ciLow) > 1.5 * (naive.high - naive.low))
    }

    // MARK: Paired comparison

    @Test func pairedComparisonOnCommonTasks() throws {
        let a = (1...5).map { e("shop/t\($0)", 0, $0 <= 4 ? .success : .failure) } + [e("shop/only-a", 0, .success)]
        let b = (1...5).map { e("shop/t\($0)", 0, $0 <= 2 ? .success : .failure) }
        let c = try #require(PairedComparison(a: a, b: b))
        #expect(c.tasks == 5)
        #expect(abs(c.successA - 0.8) < 1e-12)
        #expect(abs(c.successB - 0.4) < 1e-12)
        #expect(abs(c.difference - 0.4) < 1e-12)
        #expect(c.aBetter == 2 && c.bBetter == 0)
        #expect(c.ciLow >= 0 && c.ciLow <= 0.4 && c.ciHigh >= 0.4 && c.ciHigh <= 1)
        #expect(PairedComparison(a: a, b: [e("shop/x", 0, .success)]) == nil)
    }
}
