import Foundation
import GauntletTesting
import SandboxKit
import Tasks
import Testing
import TextWorlds
import Vocabulary

@Suite struct GameTaskFileTests {
    @Test func taskFilesAreByteIdenticalAndLoad() throws {
        let first = try StandardSuite.generate(split: .test).map { try GameTaskFile.json(suite: $0.description.family.rawValue, $0).canonical() }
        let second = try StandardSuite.generate(split: .test).map { try GameTaskFile.json(suite: $0.description.family.rawValue, $0).canonical() }
        #expect(first == second)
        #expect(first.count == 90)

        // Write one suite per family to a scratch folder and load it with the real loader.
        let root = TemporaryFolder.path("games-tasks")
        defer { try? FileManager.default.removeItem(atPath: root) }
        for task in try StandardSuite.generate(split: .test) {
            let d = task.description
            let dir = root + "/" + d.family.rawValue
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try Data(GameTaskFile.suiteJSON(name: d.family.rawValue, family: d.family).canonical().utf8).write(to: URL(fileURLWithPath: dir + "/suite.json"))
            try Data(GameTaskFile.json(suite: d.family.rawValue, task).canonical().utf8).write(to: URL(fileURLWithPath: dir + "/" + GameTaskFile.fileName(d)))
        }
        let loaded = TaskLoader(knownSandboxes: ["games"]).loadAll(directory: root)
        #expect(loaded.problems.isEmpty, "\(loaded.problems)")
        #expect(loaded.suites.reduce(0) { $0 + $1.tasks.count } == 90)
        let infeasible = loaded.suites.flatMap(\.tasks).filter { $0.expectedStatus == .infeasible }
        #expect(infeasible.count == 12)
        #expect(infeasible.allSatisfy { $0.oracle.last?.hasPrefix("answer [infeasible] [") == true && $0.oracle.count >= 2 })
    }

    @Test func aFeasibleTaskHasTheOracleKeyNodesAndTheWinCheck() throws {
        let task = try TaskGenerator.generate(.household, seed: 7, split: .train, knobs: Knobs(taskType: .heatThenPlace))
        let d = task.description
        let text = try GameTaskFile.json(suite: "household", task).canonical()
        let key = GameKey(family: .household, split: .train, seed: 7, knobs: d.knobs).text
        #expect(text.contains("\"start\": \"games:/play/\(key)\""))
        #expect(text.contains("SELECT status FROM games WHERE key = '\(key)'"))
        #expect(text.contains("\"steps\": \(min(3 * d.optimalLength + 10, d.maxSteps))"))
        for (i, command) in d.oracle.enumerated() {
            #expect(text.contains("\"say [\(command)]\""), "step \(i)")
        }
        #expect(text.contains("\"stop [done]\""))
        #expect(text.contains("subgoals_reached >= \(d.subgoals.count) FROM"))
        #expect(!text.contains("subgoals_reached >= \(d.subgoals.count + 1) FROM"))
    }
}

@Suite struct SearchCoverageTests {
    @Test func theSearchPlanCoversEveryPlaceOfEveryInfeasibleStandardTask() throws {
        let tasks = try StandardSuite.generate(split: .train).filter { $0.description.infeasible }
        #expect(tasks.count == 12)
        for task in tasks {
            let plan = try #require(SearchCoverage.searchPlan(task.world), "\(task.description.id)")
            var game = GameSession(task.world)
            #expect(game.coverage.total > 0)
            #expect(game.coverage.searched < game.coverage.total, "nothing is searched at the start of \(task.description.id)")
            for command in plan { #expect(game.apply(command).ok || task.description.family == .crafting) }
            #expect(game.coverage.searched == game.coverage.total, "\(task.description.id)")
            game.apply("declare infeasible \(task.world.layout.missing ?? "")")
            #expect(game.world.isWon)
        }
    }
}

@Suite struct TaskFileAdmissionTests {
    /// Admission (StandardSuite: a seeded random admissible agent, five tries) re-checked at
    /// the task file's step limit, with admission's own random stream.
    @Test func aRandomAgentWinsNoStandardTaskWithinTheFileStepLimit() throws {
        var wins: [String] = []
        for split in Split.allCases {
            for task in try StandardSuite.generate(split: split) where !task.description.infeasible {
                let limit = GameTaskFile.stepLimit(task.description, commands: task.description.oracle.count)
                for t in 0..<5 {
                    var rng = SeededGenerator(seed: task.description.seed &+ UInt64(t), stream: "admission/random-agent")
                    var w = task.world
                    for _ in 0..<limit {
                        guard let c = rng.pick(w.admissibleCommands()) else { break }
                        w.apply(c)
                        if w.isWon { break }
                    }
                    if w.isWon { wins.append(task.description.id); break }
                }
            }
        }
        #expect(wins.isEmpty, "\(wins)")
    }
}
