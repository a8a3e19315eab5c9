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
