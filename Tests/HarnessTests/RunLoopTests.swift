import Foundation
import GauntletTesting
import Leaderboard
import Testing

// Nested in HarnessSuites (left unindented to keep the diff small): see HarnessSuites.swift.
extension HarnessSuites {
/// The run loop end to end, through the real binary: real sandbox server, real
/// agent processes, a real leaderboard file.
@Suite(.serialized) struct RunLoopTests {
    static let randomAgent = "python3 examples/agents/random_agent.py"
    static let heuristicAgent = "python3 examples/agents/heuristic_agent.py"

    /// Two runs with the same seed, into two databases and at different concurrency, match
    /// row by row (scripts/compare-leaderboards); a copy with one step and one score changed
    /// is reported line by line.
    @Test func theSameSeedGivesTheSameEpisodes() async throws {
        let databases = [GauntletProcess.temporaryDatabase(), GauntletProcess.temporaryDatabase()]
        for (db, concurrency) in zip(databases, ["3", "1"]) {
            let output = try await GauntletProcess.run(["run", "--agent", Self.randomAgent, "--db", db, "--seed", "7",
                                                  "--epochs", "2", "--limit", "3", "--concurrency", concurrency])
            #expect(output.status == 0, "\(output.stderr)")
            // The hint names the binary as invoked and keeps --db, so it runs as printed.
            #expect(output.stdout.contains("Report: \(try BuiltProduct.gauntlet.path()) report --db \(db)"), "\(output.stdout)")
        }
        let same = try await Self.compare(databases[0], databases[1])
        #expect(same.status == 0, "\(same.stdout)\(same.stderr)")
        #expect(same.stdout.contains("identical: 1 run(s), 6 episode(s)"), "\(same.stdout)")

        let changed = GauntletProcess.temporaryDatabase()
        let edit = try await GauntletProcess.run(program: "/usr/bin/env", ["python3", "-c", """
            import sqlite3, sys
            source, target = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
            source.backup(target)
            first = target.execute("SELECT MIN(id) FROM episodes").fetchone()[0]
            target.execute("UPDATE steps SET action = 'click [999]' WHERE episode_id = ? AND idx = 1", (first,))
            target.execute("UPDATE episodes SET score = 0.25 WHERE id = ?", (first,))
            target.commit()
            """, databases[1], changed])
        #expect(edit.status == 0, "\(edit.stderr)")
        let different = try await Self.compare(databases[0], changed)
        #expect(different.status == 1, "\(different.stdout)\(different.stderr)")
        let lines = different.stdout.split(separator: "\n")
        #expect(lines.count == 2, "\(different.stdout)")
        #expect(lines.contains { $0.contains("step 1: action: ") && $0.hasSuffix("≠ 'click [999]'") }, "\(different.stdout)")
        #expect(lines.contains { $0.contains(": score: ") && $0.hasSuffix("≠ 0.25") }, "\(different.stdout)")
    }

    static func compare(_ a: String, _ b: String) async throws -> GauntletProcess.Output {
        try await GauntletProcess.run(program: "/usr/bin/env", ["python3", "scripts/compare-leaderboards", a, b])
    }

    @Test func resumeAfterAKilledRunFinishesExactlyTheMissingEpisodes() async throws {
        let db = GauntletProcess.temporaryDatabase()
        // Enough episodes that the run is still going when two are recorded, however fast they are.
        let arguments = ["run", "--agent", Self.randomAgent, "--db", db, "--epochs", "24", "--limit", "1", "--concurrency", "1"]
        let running = try GauntletProcess.start(arguments)
        // Wait until some, not all, episodes are recorded, then kill -9 the harness.
        await waitUntilRecorded(2, in: db, while: running)
        #expect(running.process.isRunning, "the run ended before it could be killed: \(running.stderr())")
        kill(running.process.processIdentifier, SIGKILL)
        running.process.waitUntilExit()

        let board = try Leaderboard(existingAt: db)
        let run = try #require(try board.runs().first, "no run recorded; the harness said: \(running.stderr())")
        let before = try board.episodes(runID: run.id).map(\.record.key)
        #expect(before.count >= 2 && before.count < 24)

        let resumed = try await GauntletProcess.run(["run", "--resume", run.id, "--db", db, "--concurrency", "2"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let after = try board.episodes(runID: run.id).map(\.record)
        let keys = after.filter { $0.status != .sandboxError }.map(\.key)
        #expect(keys.count == 24, "every planned episode (1 task × 24 epochs) exactly once")
        #expect(Set(keys).count == keys.count)
        #expect(Set(before).isSubset(of: Set(keys)), "nothing recorded before the kill was lost or replayed")
        #expect(try board.run(id: run.id).status == .finished)
    }

    /// Ctrl-C (SIGINT) during a run marks it `interrupted` and says how to finish it.
    @Test func anInterruptedRunIsMarkedSoAndSaysHowToResume() async throws {
        let db = GauntletProcess.temporaryDatabase()
        let running = try GauntletProcess.start(["run", "--agent", Self.randomAgent, "--db", db, "--epochs", "24", "--limit", "1",
                                                 "--concurrency", "1"])
        await waitUntilRecorded(1, in: db, while: running)
        #expect(running.process.isRunning, "the run ended before it could be interrupted: \(running.stderr())")
        kill(running.process.processIdentifier, SIGINT)
        running.process.waitUntilExit()
        #expect(running.process.terminationStatus == 128 + SIGINT, "\(running.stderr())")

        let board = try Leaderboard(existingAt: db)
        let run = try #require(try board.runs().first)
        #expect(run.status == .interrupted)
        #expect(try board.episodes(runID: run.id).count < 24)
        #expect(running.stderr().contains("gauntlet: run \(run.id) interrupted; finish it with: gauntlet run --resume \(run.id)"))
    }

    @Test func rescoreReproducesEveryStoredScore() async throws {
        let db = GauntletProcess.temporaryDatabase()
        let output = try await GauntletProcess.run(["run", "--agent", Self.heuristicAgent, "--db", db, "--limit", "4"])
        #expect(output.status == 0, "\(output.stderr)")
        let id = try #require(output.runID)
        let rescored = try await GauntletProcess.run(["rescore", id, "--db", db])
        #expect(rescored.status == 0, "\(rescored.stdout)\(rescored.stderr)")
        #expect(rescored.stdout.contains("reproduced"))
        #expect(!rescored.stdout.contains("  shop/"), "no mismatch lines: \(rescored.stdout)")
    }

    @Test func aBadSuiteIsAClearErrorAndRunsNothing() async throws {
        let output = try await GauntletProcess.run(["run", "--agent", Self.randomAgent, "--db", GauntletProcess.temporaryDatabase(),
                                              "--suite", "no-such-suite"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("no suite 'no-such-suite'"))
    }
}
}
