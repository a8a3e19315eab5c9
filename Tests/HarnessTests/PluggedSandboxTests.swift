import AgentProtocol
import Foundation
@testable import Harness
import Leaderboard
import Shop
import Tasks
import Testing
import Worlds

extension HarnessSuites {
    /// A sandbox defined in this test target plays episodes, is scored and rescored through
    /// the registry it is given, with no change to the harness.
    @Suite struct PluggedSandboxTests {
        static let registry = SandboxRegistry([TallySandbox(), ShopSandbox()])

        /// A suite of two tally tasks: one that passes, one whose check cannot run (its
        /// query names a table that does not exist).
        static func suite() throws -> Suite {
            let directory = try HarnessFixture.directory("tally-suite") + "/tally"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            func write(_ name: String, _ text: String) throws {
                try Data(text.utf8).write(to: URL(fileURLWithPath: "\(directory)/\(name)"))
            }
            try write("suite.json", #"{"name": "tally", "version": "1", "description": "Counting.", "splits": ["dev"], "limits": {"steps": 10}}"#)
            for (id, table) in [("add-twice", "tally"), ("broken-check", "no_such_table")] {
                try write("\(id).json", """
                    {"id": "tally/\(id)", "revision": 1, "sandboxes": ["tally"], "start": "tally:/", "goal": "Add two.",
                     "seed": 1, "split": "dev",
                     "checks": [{"state": {"query": "SELECT n FROM \(table)", "expect": [[2]]}},
                                {"collateral": {"allow": [{"table": "tally", "update": ["n"]}]}}],
                     "key_nodes": [{"name": "added", "request": {"method": "POST", "path": "/add", "status": 200}}],
                     "oracle": ["say [add]", "say [add]", "stop [done]"]}
                    """)
            }
            let loaded = TaskLoader(knownSandboxes: ["tally"]).loadSuite(directory: directory)
            guard loaded.problems.isEmpty, let suite = loaded.suite else { throw FixtureError("\(loaded.problems)") }
            return suite
        }

        @Test func aSandboxDefinedInATestPlaysAnEpisodeInItsOwnWorld() async throws {
            let task = try #require(try Self.suite().tasks.first { $0.id == "tally/add-twice" })
            let sandboxes = try await HostedSandboxes.start(Self.registry, serving: ["tally"], poolSize: 1, home: try TallySandbox.home())
            let outcome = await HarnessFixture.runner(sandboxes).run(task, key: HarnessFixture.key(task), index: 0, player: .oracle)
            await sandboxes.stop()

            #expect(outcome.status == .success, "\(outcome.reason)")
            #expect(outcome.score == 1)
            #expect(outcome.steps.map(\.observation) == ["tally 0", "tally 1", "tally 2"])
            #expect(outcome.keyNodesReached == 1 && outcome.progress == 1)
        }

        @Test func aTaskMixingWorldsOfDifferentKindsIsAClearError() throws {
            #expect(try Self.registry.world(for: ["shop"]).name == "web")
            #expect(throws: WorldMismatch.self) { try Self.registry.world(for: ["shop", "tally"]) }
            do {
                _ = try Self.registry.world(for: ["tally", "shop"])
            } catch {
                #expect("\(error)".contains("shop is played in a web world"))
                #expect("\(error)".contains("tally is played in a tally world"))
            }
            #expect(throws: (any Error).self) { try Self.registry.world(for: ["nowhere"]) }
        }

        @Test func aRunWithATaskMixingWorldsIsRefusedBeforeAnythingRuns() async throws {
            let directory = try HarnessFixture.directory("mixed-suite") + "/mixed"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(#"{"name": "mixed", "version": "1", "description": "Mixed.", "splits": ["dev"]}"#.utf8)
                .write(to: URL(fileURLWithPath: "\(directory)/suite.json"))
            try Data(#"""
                {"id": "mixed/both", "revision": 1, "sandboxes": ["tally", "shop"], "start": "tally:/", "goal": "Count.",
                 "seed": 1, "split": "dev", "checks": [{"state": {"query": "SELECT n FROM tally", "expect": [[0]]}}], "oracle": ["stop [done]"]}
                """#.utf8).write(to: URL(fileURLWithPath: "\(directory)/both.json"))
            let loaded = TaskLoader(knownSandboxes: ["shop", "tally"]).loadSuite(directory: directory)
            let suite = try #require(loaded.suite, "\(loaded.problems)")
            #expect(suite.tasks.count == 1, "\(loaded.problems)")
            let sandboxes = try await HostedSandboxes.start(Self.registry, serving: ["tally"], poolSize: 1, home: try TallySandbox.home())
            let board = try Leaderboard(path: "\(try HarnessFixture.directory("mixed-board"))/board.sqlite")
            try board.startRun(RunRecord(
                id: "mixed", name: "oracle", agentCommand: "oracle", agentSHA256: "", harnessVersion: "test",
                suites: [], seed: 1, epochs: 1, networkMode: "none", machine: .current, startedAt: Date()))
            var options = Evaluation.Options()
            options.quiet = true
            do {
                _ = try await Evaluation(sandboxes: sandboxes, leaderboard: board, options: options)
                    .run(try board.run(id: "mixed"), suites: [suite], player: .oracle, include: { _ in true }, limit: nil)
                Issue.record("the run started")
            } catch {
                #expect("\(error)".contains("both.json: sandboxes: one episode cannot span worlds of different kinds"), "\(error)")
            }
            await sandboxes.stop()
            #expect(try board.episodes(runID: "mixed").isEmpty)
        }

        @Test func rescoringARunWithACheckErrorGivesTheLiveStatuses() async throws {
            let suite = try Self.suite()
            let sandboxes = try await HostedSandboxes.start(Self.registry, serving: ["tally"], poolSize: 1, home: try TallySandbox.home())
            let board = try Leaderboard(path: "\(try HarnessFixture.directory("tally-board"))/board.sqlite")
            try board.startRun(RunRecord(
                id: "tally-oracle", name: "oracle", agentCommand: "oracle", agentSHA256: "", harnessVersion: "test",
                suites: [], seed: 1, epochs: 1, networkMode: "none", machine: .current, startedAt: Date()))
            var options = Evaluation.Options()
            options.maxAttempts = 1
            options.quiet = true
            _ = try await Evaluation(sandboxes: sandboxes, leaderboard: board, options: options)
                .run(try board.run(id: "tally-oracle"), suites: [suite], player: .oracle, include: { _ in true }, limit: nil)

            let episodes = try board.episodes(runID: "tally-oracle").compactMap { try board.episode(id: $0.id)?.record }
            let live = Dictionary(uniqueKeysWithValues: episodes.map { ($0.taskID, $0.status) })
            #expect(live == ["tally/add-twice": .success, "tally/broken-check": .sandboxError])

            let tasks = Dictionary(uniqueKeysWithValues: suite.tasks.map { ($0.id, $0) })
            let result = await Rescoring(sandboxes: sandboxes).rescore(episodes, tasks: tasks)
            await sandboxes.stop()
            #expect(result.mismatches.isEmpty, "\(result.mismatches)")
            #expect(result.episodes == 2 && result.skipped == 0 && result.reproduced == 2)
        }
    }
}
