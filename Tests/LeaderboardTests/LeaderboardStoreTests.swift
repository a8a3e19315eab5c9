import Foundation
import GRDB
import Testing
@testable import Leaderboard
import Vocabulary

@Suite struct LeaderboardStoreTests {
    @Test func migratesAnEmptyFileToTheCurrentSchema() throws {
        let dir = try SampleData.tempDirectory()
        let path = dir + "/nested/dir/gauntlet.sqlite"
        let board = try Leaderboard(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try board.appliedMigrations() == ["v1", "v2-streams", "v3-episode-pages", "v4-step-limits", "v5-induced-metrics"])
        #expect(try board.schemaVersion() == Schema.currentVersion)
        let queue = try DatabaseQueue(path: path)
        let tables = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb%' ORDER BY name")
        }
        #expect(tables == [
            "episode_artifacts", "episode_metrics", "episode_traits", "episodes", "feedback", "judge_cache", "judge_calls", "metric_sets",
            "observations", "run_suites", "runs", "steps",
        ])
        let (journal, userVersion) = try queue.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA user_version"))
        }
        #expect(journal == "wal")
        #expect(userVersion == 5)
        // Reopening applies nothing twice.
        let again = try Leaderboard(existingAt: path)
        #expect(try again.appliedMigrations() == ["v1", "v2-streams", "v3-episode-pages", "v4-step-limits", "v5-induced-metrics"])
    }

    /// A run starting while someone reads the leaderboard: both open (and migrate) a new
    /// file at once. Every opener must succeed, with each migration applied once.
    @Test func openersRacingOnANewFileAllSucceed() async throws {
        for round in 0..<10 {
            let path = try SampleData.tempDirectory() + "/race-\(round).sqlite"
            try await withThrowingTaskGroup(of: [String].self) { group in
                for _ in 0..<6 {
                    group.addTask { try Leaderboard(path: path).appliedMigrations() }
                }
                for try await applied in group {
                    #expect(applied == ["v1", "v2-streams", "v3-episode-pages", "v4-step-limits", "v5-induced-metrics"])
                }
            }
        }
    }

    @Test func synchronousIsNormal() throws {
        let board = try SampleData.board()
        let level = try board.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        #expect(level == 1)  // NORMAL
    }

    @Test func missingDatabaseIsAnErrorNamingThePath() throws {
        let path = try SampleData.tempDirectory() + "/absent.sqlite"
        #expect(throws: LeaderboardError.missingDatabase(path: path)) { try Leaderboard(existingAt: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(LeaderboardError.missingDatabase(path: path).description.contains(path))
    }

    @Test func aFileThatIsNotADatabaseIsAnErrorNamingThePath() throws {
        let path = try SampleData.tempDirectory() + "/notes.sqlite"
        try Data("these are not the pages you are looking for\n".utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try Leaderboard(existingAt: path)
            Issue.record("opened a text file as a leaderboard")
        } catch let error as LeaderboardError {
            guard case .unreadableDatabase(let p, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(p == path)
            #expect(error.description.hasPrefix(path + ": not a readable leaderboard database"))
        }
    }

    @Test func refusesAFileFromANewerSchema() throws {
        let board = try SampleData.board()
        try board.pool.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')")
        }
        #expect(throws: LeaderboardError.newerSchema(path: board.path, unknownMigrations: ["v99-future"])) {
            try Leaderboard(existingAt: board.path)
        }
    }

    @Test func runRoundTrip() throws {
        let board = try SampleData.board()
        var run = SampleData.run()
        run.agentName = nil
        run.agentVersion = nil
        try board.startRun(run)
        #expect(throws: LeaderboardError.duplicateRun(id: run.id)) { try board.startRun(run) }
        try board.setAgentIdentity(runID: run.id, name: "demo-agent", version: "1.0")
        try board.finishRun(id: run.id, status: .finished, at: Date(timeIntervalSince1970: 1_795_000_100.5))
        let read = try board.run(id: run.id)
        var expected = SampleData.run()
        expected.suites.sort { $0.name < $1.name }
        expected.status = .finished
        expected.finishedAt = Date(timeIntervalSince1970: 1_795_000_100.5)
        #expect(read == expected)
        #expect(throws: LeaderboardError.unknownRun(id: "nope")) { try board.finishRun(id: "nope") }
    }

    @Test func seedsAboveInt64MaxSurvive() throws {
        let board = try SampleData.board()
        var run = SampleData.run()
        run.seed = UInt64.max - 1
        try board.startRun(run)
        #expect(try board.run(id: run.id).seed == UInt64.max - 1)
        try board.record(episode: SampleData.episode(task: "shop/a", seed: UInt64.max, status: .success), steps: [])
        #expect(try board.completedEpisodes(runID: run.id) == [EpisodeKey(taskID: "shop/a", epoch: 0, seed: UInt64.max)])
    }

    /// Each episode's step limit is stored (v4-step-limits) and read back; one without is NULL.
    @Test func theStepLimitIsStoredPerEpisode() throws {
        let board = try SampleData.board()
        try board.startRun(SampleData.run())
        var long = SampleData.episode(task: "exploration/long", status: .success)
        long.stepLimit = 166
        let old = SampleData.episode(task: "shop/old", status: .failure)
        let ids = [try board.record(episode: long, steps: []), try board.record(episode: old, steps: [])]
        #expect(try ids.map { try board.episode(id: $0)?.record.stepLimit } == [166, nil])
        var zero = SampleData.episode(task: "shop/zero", status: .failure)
        zero.stepLimit = 0
        #expect(throws: LeaderboardError.self) { try board.record(episode: zero, steps: []) }
    }

    @Test func anAnswerIsStoredAsItsTextAndAnUnknownStoredStatusIsACorruptRow() throws {
        let board = try SampleData.board()
        try board.startRun(SampleData.run())
        var episode = SampleData.episode(task: "shop/cheapest-017", status: .success)
        episode.answer = Answer(status: .notFound, value: .array([.string("a"), .int(2)]))
        let id = try board.record(episode: episode, steps: [])
        let row = try board.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT answer_status, answer_value FROM episodes WHERE id = ?", arguments: [id])
        }
        #expect(row?["answer_status"] == "not_found")
        #expect(row?["answer_value"] == "a, 2")
        let stored = try #require(try board.episode(id: id)).record.answer
        #expect(stored == Answer(status: .notFound, value: .string("a, 2")))
        #expect(stored?.text == episode.answer?.text)

        try board.pool.write { db in try db.execute(sql: "UPDATE episodes SET answer_status = 'maybe' WHERE id = ?", arguments: [id]) }
        #expect(throws: LeaderboardError.corruptRow(table: "episodes", field: "answer_status", value: "maybe")) {
            try board.episode(id: id)
        }
    }

    @Test func episodeRoundTripWithArtifactsAndSteps() throws {
        let board = try SampleData.board()
        try board.startRun(SampleData.run())
        let episode = SampleData.episode(task: "shop/cheapest-017", status: .failure, cost: 0.0123, progress: 0.5)
        var steps = SampleData.steps(["click [12]", "type [7] [red shoes] [1]", "stop [SN-0412]"])
        steps[1].error = "no element [7]"
        steps[2].thought = nil
        let id = try board.record(episode: episode, steps: steps)

        let stored = try #require(try board.episode(id: id))
        #expect(stored.record == episode)
        #expect(try board.steps(episodeID: id) == steps)

        // The list view leaves the large artifacts out.
        let listed = try board.episodes(runID: episode.runID)
        #expect(listed.count == 1)
        #expect(listed[0].record.finalState == nil)
        #expect(listed[0].record.requestLogJSON == "")
        #expect(listed[0].record.checkerResults == episode.checkerResults)
        #expect(listed[0].record.metrics == episode.metrics)
    }

    @Test func identicalObservationsAreStoredOnce() throws {
        let board = try SampleData.board()
        try board.startRun(SampleData.run())
        let same = "[1] RootWebArea 'Shop'\n  [12] button 'Add to Cart'"
        try board.record(
            episode: SampleData.episode(task: "shop/a", status: .success),
            steps: SampleData.steps(["click [12]", "click [12]"], observation: { _ in same }))
        #expect(try board.observationCount() == 1)
        // Across episodes too, and a different text adds exactly one row.
        try board.record(
            episode: SampleData.episode(task: "shop/b", status: .success),
            steps: SampleData.steps(["click [12]", "go_back"], observation: { $0 == 0 ? same : same + " focused" }))
        #expect(try board.observationCount() == 2)
        let hashes = try board.pool.read { db in try String.fetchAll(db, sql: "SELECT hash FROM observations ORDER BY hash") }
        #expect(hashes.allSatisfy { $0.count == 64 })
    }

    @Test func aFailingStepLeavesNothingOfTheEpisodeBehind() throws {
        let board = try SampleData.board()
        try board.startRun(SampleData.run())
        var steps = SampleData.steps(["click [1]", "click [2]", "click [3]"], observation: { "page \($0)" })
        steps[2].index = steps[0].index  // duplicate (episode, index): the third insert violates the primary key
        #expect(throws: (any Error).self) {
            try board.record(episode: SampleData.episode(task: "shop/a", status: .success), steps: steps)
        }
        let counts = try board.pool.read { db in
            try ["episodes", "episode_artifacts", "episode_metrics", "steps", "observations"].map {
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? -1
            }
        }
        #expect(counts == [0, 0, 0, 0, 0])
        #expect(try board.completedEpisodes(runID: "run-20261121-220000-abcd").isEmpty)
    }

    @Test func invalidRecordsAreRejectedWithTheirField() throws {
        let board = try SampleData.board()
        try board.startRun(SampleData.run())
        var episode = SampleData.episode(task: "shop/a", status: .success)
        episode.score = 1.5
        #expect(throws: LeaderboardError.invalidRecord(field: "episode.score", reason: "must be in [0, 1], got 1.5")) {
            try board.record(episode: episode, steps: [])
        }
        var orphan = SampleData.episode(task: "shop/a", status: .success)
        orphan.runID = "no-such-run"
        #expect(throws: LeaderboardError.unknownRun(id: "no-such-run")) { try board.record(episode: orphan, steps: []) }
    }

    @Test func resumeKeysSkipSandboxErrorsAndOtherRuns() throws {
        let board = try SampleData.board()
        try board.startRun(SampleData.run(epochs: 2))
        try board.startRun(SampleData.run(id: "other-run"))
        try board.record(episode: SampleData.episode(task: "shop/a", epoch: 0, status: .success), steps: [])
        try board.record(episode: SampleData.episode(task: "shop/a", epoch: 1, status: .timeout), steps: [])
        // b/0: a sandbox error, then a retry that failed: completed.
        try board.record(episode: SampleData.episode(task: "shop/b", epoch: 0, attempt: 1, status: .sandboxError), steps: [])
        try board.record(episode: SampleData.episode(task: "shop/b", epoch: 0, attempt: 2, status: .failure), steps: [])
        // b/1: only a sandbox error so far: to be run again.
        try board.record(episode: SampleData.episode(task: "shop/b", epoch: 1, attempt: 1, status: .sandboxError), steps: [])
        try board.record(episode: SampleData.episode(run: "other-run", task: "shop/c", status: .success), steps: [])

        let keys = try board.completedEpisodes(runID: "run-20261121-220000-abcd")
        #expect(keys == [
            EpisodeKey(taskID: "shop/a", epoch: 0, seed: 17),
            EpisodeKey(taskID: "shop/a", epoch: 1, seed: 17),
            EpisodeKey(taskID: "shop/b", epoch: 0, seed: 17),
        ])
        let planned: Set<EpisodeKey> = [
            EpisodeKey(taskID: "shop/a", epoch: 0, seed: 17), EpisodeKey(taskID: "shop/a", epoch: 1, seed: 17),
            EpisodeKey(taskID: "shop/b", epoch: 0, seed: 17), EpisodeKey(taskID: "shop/b", epoch: 1, seed: 17),
        ]
        #expect(planned.subtracting(keys) == [EpisodeKey(taskID: "shop/b", epoch: 1, seed: 17)])
    }

    @Test func concurrentAsyncWritersEachCommitWholeEpisodes() async throws {
        let board = try SampleData.board()
        try board.startRun(SampleData.run(epochs: 4))
        try await withThrowingTaskGroup(of: Int64.self) { group in
            for t in 0..<8 {
                for epoch in 0..<4 {
                    group.addTask {
                        // Every episode sees the same three pages: they are stored once.
                        let steps = SampleData.steps(["click [1]", "click [2]", "stop"], observation: { "page \($0)" })
                        return try await board.record(episode: SampleData.episode(task: "shop/t\(t)", epoch: epoch, status: .success), steps: steps)
                    }
                }
            }
            var ids: Set<Int64> = []
            for try await id in group { ids.insert(id) }
            #expect(ids.count == 32)
        }
        #expect(try board.completedEpisodes(runID: "run-20261121-220000-abcd").count == 32)
        #expect(try board.observationCount() == 3)
        let stepRows = try await board.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM steps") }
        #expect(stepRows == 96)
    }

    @Test func committedEpisodesSurviveAnotherConnection() throws {
        let board = try SampleData.board()
        try board.startRun(SampleData.run())
        try board.record(episode: SampleData.episode(task: "shop/a", status: .success), steps: SampleData.steps(["stop"]))
        // A second, independent opening sees the committed episode (as after a restart).
        let reopened = try Leaderboard(existingAt: board.path)
        #expect(try reopened.episodes(runID: "run-20261121-220000-abcd").count == 1)
    }

    @Test func runIDsAreDeterministicAndDistinct() {
        let t = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18 11:06:40 UTC
        let a = RunRecord.makeID(name: "n", agentCommand: "./a", seed: 1, startedAt: t)
        #expect(a == RunRecord.makeID(name: "n", agentCommand: "./a", seed: 1, startedAt: t))
        #expect(a.hasPrefix("run-20261118-110640-"))
        #expect(a.count == "run-20261118-110640-".count + 4)
        #expect(a != RunRecord.makeID(name: "n", agentCommand: "./a", seed: 2, startedAt: t))
    }
}
