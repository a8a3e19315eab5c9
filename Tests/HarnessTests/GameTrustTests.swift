import AgentProtocol
import Foundation
import GauntletTesting
@testable import Harness
import Leaderboard
import Tasks
import Testing
import Vocabulary

extension HarnessSuites {
    /// Issue #12, text games: cheats that never read the goal win nothing, and a task's own
    /// step limit is the one its episodes get.
    @Suite struct GameTrustTests {
        static let families = ["household", "crafting", "exploration"]

        static func gameTasks() throws -> [TaskDefinition] {
            try families.flatMap { try HarnessFixture.suite($0).tasks }
        }

        /// Verify's goal-blind explorer (it opens, takes and tries every admissible command,
        /// least tried first, then answers the status the task expects) for each task's own
        /// step budget: it wins no game task, feasible or infeasible.
        @Test func theGoalBlindExplorerWinsNoGameTask() async throws {
            let tasks = try Self.gameTasks()
            #expect(tasks.count >= 170)
            let sandboxes = try await HostedSandboxes.start(HarnessFixture.registry, serving: ["games"], poolSize: 1)
            let runner = HarnessFixture.runner(sandboxes)
            var won: [String] = []
            for task in tasks {
                let moves = try #require(task.limits.steps) - 1
                let outcome = await runner.run(task, key: HarnessFixture.key(task), index: 0,
                                               player: .trial(.explore(Answer(status: task.expectedStatus), moves: moves)))
                #expect(outcome.status == .success || outcome.status == .failure, "\(task.id): \(outcome.reason)")
                if outcome.status == .success { won.append(task.id) }
            }
            await sandboxes.stop()
            #expect(won.isEmpty, "\(won)")
        }

        /// The cheat that passed all 23 infeasible tasks: search every place (the oracle's own
        /// search), then declare infeasible without naming, or naming the wrong thing. It
        /// fails every infeasible task now; naming what is missing passes.
        @Test func searchingThenDeclaringWithoutTheMissingThingFails() async throws {
            let tasks = try Self.gameTasks().filter { $0.expectedStatus == .infeasible }
            #expect(tasks.count >= 20)
            let sandboxes = try await HostedSandboxes.start(HarnessFixture.registry, serving: ["games"], poolSize: 1)
            let runner = HarnessFixture.runner(sandboxes)
            for task in tasks {
                let search = Array(task.oracle.dropLast())
                let answer = try #require(task.oracle.last)
                #expect(answer.hasPrefix("answer [infeasible] ["), "\(task.id)")
                for cheat in ["stop [N/A]", "answer [infeasible]", "answer [infeasible] [nothing useful]"] {
                    let outcome = await runner.run(task, key: HarnessFixture.key(task), index: 0, player: .trial(.steps(search + [cheat])))
                    #expect(outcome.status == .failure, "\(task.id) with \(cheat): \(outcome.reason)")
                }
                let honest = await runner.run(task, key: HarnessFixture.key(task), index: 0, player: .trial(.steps(search + [answer])))
                #expect(honest.status == .success, "\(task.id): \(honest.reason)")
            }
            await sandboxes.stop()
        }

        /// Under `gauntlet run`'s defaults a task's own step limit applies: the exploration
        /// task with the longest oracle (more than 30 steps, the old cap) passes when an agent
        /// plays it, and the episode records its limit. `--max-steps 30` overrides it.
        @Test func aLongExplorationOraclePassesUnderRunDefaults() async throws {
            let task = try #require(try HarnessFixture.suite("exploration").tasks.max { $0.oracle.count < $1.oracle.count })
            #expect(task.oracle.count > 30)
            let lines = try String(decoding: JSONSerialization.data(withJSONObject: task.oracle), as: UTF8.self)
            let agent = try TemporaryFolder.make("oracle-agent") + "/agent.py"
            try """
                import json, sys
                plan = \(lines)
                step = 0
                for line in sys.stdin:
                    kind = json.loads(line)["type"]
                    if kind == "hello":
                        print(json.dumps({"type": "ready", "agent": "replay", "version": "1"}), flush=True)
                    elif kind in ("episode", "observation"):
                        print(json.dumps({"type": "action", "action": plan[step]}), flush=True)
                        step += 1
                    elif kind == "bye":
                        break
                """.write(toFile: agent, atomically: true, encoding: .utf8)
            for (extra, status, limit) in [([String](), EpisodeStatus.success, try #require(task.limits.steps)), (["--max-steps", "30"], .stepLimit, 30)] {
                let db = GauntletProcess.temporaryDatabase()
                let output = try await GauntletProcess.run(["run", "--agent", "python3 \(agent)", "--suite", "exploration",
                                                            "--tasks", task.id, "--db", db, "--quiet"] + extra)
                #expect(output.status == 0, "\(output.stderr)")
                let board = try Leaderboard(existingAt: db)
                let run = try #require(try board.runs().first)
                let episodes = try board.episodes(runID: run.id).map(\.record)
                #expect(episodes.map(\.status) == [status], "\(extra): \(episodes.map(\.reason))")
                #expect(episodes.map(\.stepLimit) == [limit], "\(extra)")
            }
        }
    }
}
