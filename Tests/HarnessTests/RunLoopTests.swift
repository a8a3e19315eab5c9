import Foundation
import Leaderboard
import Testing

// Nested in HarnessSuites (left unindented to keep the diff small): see HarnessSuites.swift.
extension HarnessSuites {
/// The run loop end to end, through the real binary: real sandbox server, real
/// agent processes, a real leaderboard file.
@Suite(.serialized) struct RunLoopTests {
    static let randomAgent = "python3 examples/agents/random_agent.py"
    static let heuristicAgent = "python3 examples/agents/heuristic_agent.py"

    func runID(_ output: GauntletProcess.Output) -> String? {
        output.stderr.split(separator: "\n").first { $0.hasPrefix("gauntlet: run ") }
            .map { String($0.dropFirst("gauntlet: run ".count).prefix { $0 != " " }) }
    }

    @Test func theSameSeedGivesTheSameTrajectoriesAndScores() throws {
        let db = GauntletProcess.temporaryDatabase()
        var runs: [String] = []
        for _ in 0..<2 {
            let output = try GauntletProcess.run(["run", "--agent", Self.randomAgent, "--db", db, "--seed", "7",
                                                  "--epochs", "2", "--limit", "3", "--concurrency", "3"])
            #expect(output.status == 0, "\(output.stderr)")
            // The hint names the binary as invoked and keeps --db, so it runs as printed.
            #expect(output.stdout.contains("Report: \(GauntletProcess.binary) report --db \(db)"), "\(output.stdout)")
            runs.append(try #require(runID(output)))
        }
        let board = try Leaderboard(existingAt: db)
        func trajectory(_ run: String) throws -> [String] {
            try board.episodes(runID: run).map(\.record).sorted { ($0.taskID, $0.epoch) < ($1.taskID, $1.epoch) }
                .map { episode in
                    let steps = try board.steps(episodeID: try board.episodes(runID: run).first { $0.record.key == episode.key }!.id)
                    return "\(episode.taskID)#\(episode.epoch) \(episode.status.rawValue) \(episode.score) "
                        + steps.map { "\($0.action)|\($0.observation.hashValue)" }.joined(separator: ";")
                }
        }
        let first = try trajectory(runs[0])
        #expect(!first.isEmpty)
        #expect(first == (try trajectory(runs[1])))
    }

    @Test func resumeAfterAKilledRunFinishesExactlyTheMissingEpisodes() throws {
        let db = GauntletProcess.temporaryDatabase()
        // Enough episodes that the run is still going when two are recorded, however fast they are.
        let arguments = ["run", "--agent", Self.randomAgent, "--db", db, "--epochs", "24", "--limit", "1", "--concurrency", "1"]
        let running = try GauntletProcess.start(arguments)
        // Wait until some, not all, episodes are recorded, then kill -9 the harness.
        let deadline = Date().addingTimeInterval(120)
        var recorded = 0
        while Date() < deadline && running.process.isRunning {
            recorded = (try? Leaderboard(existingAt: db))
                .flatMap { board in try? board.runs().first.map { try board.episodes(runID: $0.id).count } } ?? 0
            if recorded >= 2 { break }
            usleep(20_000)
        }
        #expect(running.process.isRunning, "the run ended before it could be killed: \(running.stderr())")
        kill(running.process.processIdentifier, SIGKILL)
        running.process.waitUntilExit()

        let board = try Leaderboard(existingAt: db)
        let run = try #require(try board.runs().first, "no run recorded; the harness said: \(running.stderr())")
        let before = try board.episodes(runID: run.id).map(\.record.key)
        #expect(before.count >= 2 && before.count < 24)

        let resumed = try GauntletProcess.run(["run", "--resume", run.id, "--db", db, "--concurrency", "2"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let after = try board.episodes(runID: run.id).map(\.record)
        let keys = after.filter { $0.status != .sandboxError }.map(\.key)
        #expect(keys.count == 24, "every planned episode (1 task × 24 epochs) exactly once")
        #expect(Set(keys).count == keys.count)
        #expect(Set(before).isSubset(of: Set(keys)), "nothing recorded before the kill was lost or replayed")
        #expect(try board.run(id: run.id).status == .finished)
    }

    @Test func rescoreReproducesEveryStoredScore() throws {
        let db = GauntletProcess.temporaryDatabase()
        let output = try GauntletProcess.run(["run", "--agent", Self.heuristicAgent, "--db", db, "--limit", "4"])
        #expect(output.status == 0, "\(output.stderr)")
        let id = try #require(runID(output))
        let rescored = try GauntletProcess.run(["rescore", id, "--db", db])
        #expect(rescored.status == 0, "\(rescored.stdout)\(rescored.stderr)")
        #expect(rescored.stdout.contains("reproduced"))
        #expect(!rescored.stdout.contains("  shop/"), "no mismatch lines: \(rescored.stdout)")
    }

    @Test func aBadSuiteIsAClearErrorAndRunsNothing() throws {
        let output = try GauntletProcess.run(["run", "--agent", Self.randomAgent, "--db", GauntletProcess.temporaryDatabase(),
                                              "--suite", "no-such-suite"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("no suite 'no-such-suite'"))
    }
}
}
