import Foundation
@testable import Harness
@testable import Leaderboard
import Testing

extension HarnessSuites {
    /// A real episode, recorded into a real leaderboard and published: its page shows why
    /// it scored as it did.
    @Suite struct EpisodePageTests {
        @Test func aRecordedOracleEpisodeShowsItsGoalKeyNodesChecksAndStateDiff() async throws {
            let task = try HarnessFixture.task("shop/add-address-001")
            let sandboxes = try await HostedSandboxes.start(HarnessFixture.registry, serving: ["shop"], poolSize: 1)
            let key = HarnessFixture.key(task)
            let outcome = await HarnessFixture.runner(sandboxes).run(task, key: key, index: 0, player: .oracle)
            await sandboxes.stop()
            #expect(outcome.status == .success, "\(outcome.reason)")

            let dir = try HarnessFixture.directory("pages")
            let board = try Leaderboard(path: dir + "/gauntlet.sqlite")
            let run = RunRecord(
                id: "run-pages", name: "oracle", agentCommand: "oracle", agentSHA256: "", harnessVersion: "test", suites: [],
                configurationJSON: "{}", seed: 1, epochs: 1, networkMode: "none",
                machine: MachineInfo(hostname: "test", cores: 2, os: "Linux"), startedAt: Date(timeIntervalSince1970: 0))
            try board.startRun(run)
            let entry = EpisodePlan.Entry(task: task, suite: "shop", epoch: 0, seed: key.seed)
            let id = try await board.record(episode: Evaluation.record(outcome, entry: entry, runID: run.id), steps: outcome.steps)

            // Stored and read back: the goal, each key node with its step, each check's
            // expectation and actual value, and the diff the episode made.
            let stored = try #require(try board.episode(id: id)).record
            #expect(stored.goal == task.goal)
            #expect(stored.goal?.contains("88 Orchard Lane") == true)
            #expect(stored.keyNodes.map(\.name) == task.keyNodes.map(\.name))
            #expect(stored.keyNodes.allSatisfy { ($0.reachedAtStep ?? 0) >= 1 })
            let state = try #require(stored.checkerResults.first { $0.check == "state" })
            #expect(state.expected?.contains("SELECT customer_id, full_name, line1") == true)
            #expect(state.actual?.contains("'88 Orchard Lane'") == true)
            let diff = try #require(stored.stateDiff)
            // The new address, and the old default address rewritten as no longer default.
            let addresses = try #require(diff.change("addresses"))
            #expect(addresses.added == 2 && addresses.removed == 1)

            let site = dir + "/site"
            try ReportSite.write(board, to: site)
            let html = try String(contentsOfFile: site + "/episodes/\(id).html", encoding: .utf8)
            #expect(html.contains("<p class=\"goal\">\(HTMLText.escape(task.goal))</p>"))
            let book = try #require(stored.keyNodes.first { $0.name == "address form accepted" }?.reachedAtStep)
            #expect(html.contains("<td>address form accepted</td>"))
            #expect(html.contains("✓ reached at <a href=\"#step-\(book)\">step \(book)</a>"))
            // The step it links to is the one whose action sent the form.
            #expect(html.contains("<section class=\"step\" id=\"step-\(book)\">"))
            #expect(outcome.steps.first { $0.index == book }?.action.contains("Save address") == true)
            #expect(html.contains("SELECT customer_id, full_name, line1"))
            #expect(html.contains("<tr class=\"diff\"><td>addresses</td><td class=\"num\">+2</td><td class=\"num\">−1</td></tr>"))
        }
    }
}
