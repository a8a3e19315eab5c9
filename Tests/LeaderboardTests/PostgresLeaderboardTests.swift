import Foundation
import GauntletTesting
import Testing
@testable import Leaderboard
import Vocabulary

/// The leaderboard on a real PostgreSQL server (initdb in a temporary folder, a free port
/// of 127.0.0.1): the same migrations, and what is written reads back as from SQLite.
@Suite(.serialized) struct PostgresLeaderboardTests {
    @Test func theSameRecordsReadBackFromPostgresAsFromSQLite() throws {
        let server = try PostgresServer.start()
        defer { server.stop() }
        let url = try server.createDatabase("roundtrip")
        #expect(throws: LeaderboardError.missingDatabase(path: url)) { try Leaderboard(existingAt: url) }

        let postgres = try Leaderboard(path: url)
        let sqlite = try SampleData.board()
        #expect(try postgres.appliedMigrations() == Schema.migrations.map(\.identifier))
        #expect(try postgres.appliedMigrations() == (try sqlite.appliedMigrations()))
        for board in [postgres, sqlite] {
            var run = SampleData.run(id: "run-a")
            run.seed = UInt64.max - 3  // above Int64.max: stored by bit pattern
            try board.startRun(run)
            try board.record(episode: SampleData.episode(run: "run-a", task: "shop/b-task", status: .success),
                             steps: SampleData.steps(["click [1]", "stop [x]"]))
            try board.record(episode: SampleData.episode(run: "run-a", task: "shop/B-task", epoch: 1, status: .failure, cost: 0.5),
                             steps: SampleData.steps(["click [1]"]))
            try board.record(episode: SampleData.episode(run: "run-a", task: "shop/a_task", status: .sandboxError), steps: [])
            try board.finishRun(id: "run-a", at: Date(timeIntervalSince1970: 1_795_000_100))
        }
        #expect(try postgres.runs() == (try sqlite.runs()))
        let (a, b) = (try postgres.episodes(runID: "run-a"), try sqlite.episodes(runID: "run-a"))
        #expect(a.map(\.record) == b.map(\.record))
        #expect(a.map(\.record.taskID) == ["shop/B-task", "shop/a_task", "shop/b-task"], "text orders by bytes, as in SQLite")
        for (x, y) in zip(a, b) {
            #expect(try postgres.episode(id: x.id)?.record == (try sqlite.episode(id: y.id)?.record))
            #expect(try postgres.steps(episodeID: x.id) == (try sqlite.steps(episodeID: y.id)))
        }
        #expect(try postgres.completedEpisodes(runID: "run-a") == (try sqlite.completedEpisodes(runID: "run-a")))
        #expect(try postgres.observationCount() == (try sqlite.observationCount()))
        #expect(TableRenderer.render(try postgres.standings()) == TableRenderer.render(try sqlite.standings()))

        // Opening again finds the schema up to date; a second run id is refused as in SQLite.
        let again = try Leaderboard(existingAt: url)
        #expect(throws: LeaderboardError.duplicateRun(id: "run-a")) { try again.startRun(SampleData.run(id: "run-a")) }
    }

    /// Step limits, traits, feedback, metric sets and judge calls (migrations v4 and v5)
    /// read back from PostgreSQL as from SQLite, and a merge into PostgreSQL of a SQLite
    /// shard keeps each episode's step limit and traits.
    @Test func inducedMetricsAndStepLimitsReadBackFromPostgresAsFromSQLite() throws {
        let server = try PostgresServer.start()
        defer { server.stop() }
        let postgres = try Leaderboard(path: try server.createDatabase("metrics"))
        let sqlite = try SampleData.board()
        let created = Date(timeIntervalSince1970: 1_795_000_050)
        let rule = TraitRecord(metricSet: "rules", setVersion: 1, metric: "no_repeats", judge: "rule", rating: -1, reasoning: "repeated", steps: [1, 2])
        var results: [[String]] = []
        for board in [postgres, sqlite] {
            try board.startRun(SampleData.run(id: "run-m"))
            var episode = SampleData.episode(run: "run-m", task: "shop/a", status: .success)
            episode.stepLimit = 7
            episode.traits = [rule]
            let id = try board.record(episode: episode, steps: SampleData.steps(["click [1]", "click [1]"]))
            try board.finishRun(id: "run-m")
            #expect(try board.episodeID(run: "run-m", taskID: "shop/a", epoch: 0) == id)
            #expect(try board.addFeedback(episodeID: id, author: "ana", text: " loops on the cart ", at: created).added)
            #expect(try !board.addFeedback(episodeID: id, author: "ana", text: "loops on the cart", at: created).added)
            #expect(throws: LeaderboardError.unknownEpisode(id: id + 100)) { try board.addFeedback(episodeID: id + 100, author: "ana", text: "x") }
            #expect(try board.nextMetricSetVersion(name: "induced") == 1)
            try board.saveMetricSet(MetricSetRecord(name: "induced", version: 1, judge: "process:judge", json: "{}", createdAt: created))
            #expect(try board.nextMetricSetVersion(name: "induced") == 2)
            try board.setMetaEvaluation(name: "induced", version: 1, coverage: 0.75, redundancy: 0.5)
            #expect(throws: LeaderboardError.unknownMetricSet(label: "induced@2")) {
                try board.setMetaEvaluation(name: "induced", version: 2, coverage: 1, redundancy: 0)
            }
            let judged = TraitRecord(metricSet: "induced", setVersion: 1, metric: "focus", judge: "process:judge", rating: 1, reasoning: "on task")
            try board.recordTraits([judged], episodeID: id)
            try board.recordTraits([.failed(metricSet: "induced", setVersion: 1, metric: "focus", judge: "process:judge", error: "timeout")], episodeID: id)
            try board.storeJudgeResponse(key: "k1", judge: "process:judge", response: #"{"rating":1}"#)
            try board.storeJudgeResponse(key: "k1", judge: "process:judge", response: #"{"rating":0}"#)
            try board.recordJudgeCall(JudgeCallRecord(
                session: "s1", sequence: 1, purpose: "judge", judge: "process:judge", cacheKey: "k1", cached: false, attempts: 2,
                inputTokens: 10, outputTokens: 3, costUSD: 0.25, error: nil))

            let stored = try #require(try board.episode(id: id)?.record)
            #expect(stored.stepLimit == 7)
            #expect(stored.traits == [.failed(metricSet: "induced", setVersion: 1, metric: "focus", judge: "process:judge", error: "timeout"), rule])
            #expect(try board.episodes(runID: "run-m").map(\.record) == [stored].map { var e = $0; e.finalState = nil; e.requestLogJSON = ""; return e })
            #expect(try board.cachedJudgeResponse(key: "k1") == #"{"rating":1}"#)
            results.append([
                "\(try board.feedback(runIDs: ["run-m"]).map { "\($0.author) \($0.text) \($0.createdAt)" })",
                "\(try board.feedback(episodeID: id).count)",
                "\(try board.metricSets().map { "\($0.label) \($0.coverage ?? -1) \($0.redundancy ?? -1) \($0.createdAt)" })",
                "\(try board.metricSet(name: "induced").label)",
                "\(try board.traits(metricSet: "rules", version: 1).values.flatMap { $0 })",
                "\(try board.judgeSessions())", "\(try board.judgeCalls(session: "s1"))",
            ])
        }
        #expect(results[0] == results[1])

        let shard = ShardRun(board: sqlite, run: try sqlite.run(id: "run-m"), shard: try Shard(index: 0, count: 1))
        let merge = try ShardMerge.merge(
            [shard], configurationJSON: "{}", planned: [EpisodeKey(taskID: "shop/a", epoch: 0, seed: 17)], into: postgres)
        let merged = try #require(try postgres.episodes(runID: merge.runID).first?.record)
        let original = try #require(try sqlite.episodes(runID: "run-m").first?.record)
        #expect(merged.stepLimit == 7)
        #expect(merged.traits == original.traits && merged.traits.count == 2)
    }

    /// Many async writers at once, sharing observation texts: whole episodes, none lost,
    /// no deadlock between transactions inserting the same texts.
    @Test func concurrentWritersFromManyConnectionsCommitWholeEpisodes() async throws {
        let server = try PostgresServer.start()
        defer { server.stop() }
        let url = try server.createDatabase("writers")
        let boards = try (0..<4).map { _ in try Leaderboard(path: url) }
        try boards[0].startRun(SampleData.run(id: "run-w"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<64 {
                let board = boards[i % boards.count]
                group.addTask {
                    let shared = (0..<5).map { "shared observation \(($0 + i) % 7)" }
                    try await board.record(
                        episode: SampleData.episode(run: "run-w", task: "shop/t\(i)", status: .success),
                        steps: SampleData.steps(["a", "b", "c", "d", "e"]) { shared[$0] })
                }
            }
            try await group.waitForAll()
        }
        let episodes = try boards[0].episodes(runID: "run-w")
        #expect(episodes.count == 64)
        for episode in episodes { #expect(try boards[1].steps(episodeID: episode.id).count == 5) }
        #expect(try boards[2].observationCount() == 7)
    }
}
