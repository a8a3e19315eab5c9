import AgentProtocol
import Defaults
@testable import Harness
import Testing
import Worlds

extension HarnessSuites {
    /// Episodes driven from outside one action at a time (the env server's), on the real
    /// sandboxes: scored as `run` scores them, and forked mid-episode into copies that go
    /// on exactly alike and share nothing.
    @Suite struct DrivenEpisodeTests {
        static let limits = EpisodeLimits(steps: 30, stepSeconds: 30, episodeSeconds: 120)

        func drive(_ task: String, forkAfter split: Int) async throws {
            let task = try HarnessFixture.task(task)
            let sandboxes = try await HostedSandboxes.start(HarnessFixture.registry, serving: task.sandboxes, poolSize: 1)
            let episode = try await DrivenEpisode(task, suite: "s", seed: 0, sandboxes: sandboxes, limits: Self.limits, includeTree: false)
            let space = await episode.actionSpace
            let actions = try task.oracle.map { try ActionParser.parse($0, space: space) }
            for action in actions.prefix(split) { #expect(await episode.act(ActionMessage(action: action)) == nil) }
            let copy = try await episode.fork()
            let other = try await episode.fork()
            #expect(await copy.observation == episode.observation)
            #expect(await copy.stepCount == split)
            #expect(await copy.progress == episode.progress)
            // The same actions give the same observations, step by step, and the same end.
            for action in actions.dropFirst(split) {
                let (a, b) = (await episode.act(ActionMessage(action: action)), await copy.act(ActionMessage(action: action)))
                #expect(a == b)
                #expect(await episode.observation == copy.observation)
            }
            let ended = try #require(await episode.result)
            #expect(ended.status == .success, "\(ended.reason)")
            #expect(await copy.result == ended)
            // A third copy that answers at once fails: nothing the others did reached it.
            _ = await other.act(ActionMessage(action: try #require(actions.last)))
            #expect(await other.result?.status == .failure)
            await episode.close()
            await copy.close()
            await other.close()
            await sandboxes.stop()
        }

        @Test func aShopEpisodeForksAfterSigningIn() async throws {
            try await drive("shop/add-to-wishlist-001", forkAfter: 4)
        }

        @Test func aTextGameForksMidway() async throws {
            try await drive("household/look-at-obj-in-light-test-506001", forkAfter: 2)
        }

        @Test func theStepLimitEndsAnUnansweredEpisode() async throws {
            let task = try HarnessFixture.task("household/look-at-obj-in-light-test-506001")
            let sandboxes = try await HostedSandboxes.start(HarnessFixture.registry, serving: task.sandboxes, poolSize: 1)
            let episode = try await DrivenEpisode(
                task, suite: "s", seed: 0, sandboxes: sandboxes, limits: Self.limits, stepsOverride: 2, includeTree: false)
            _ = await episode.act(ActionMessage(action: .say("look")))
            #expect(await episode.result == nil)
            _ = await episode.act(ActionMessage(action: .say("look")))
            #expect(await episode.result?.status == .stepLimit)
            #expect(await episode.act(ActionMessage(action: .say("look"))) != nil)
            await episode.close()
            await sandboxes.stop()
        }
    }
}
