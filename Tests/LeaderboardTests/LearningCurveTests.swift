import Foundation
import GRDB
@testable import Leaderboard
import Testing
import Vocabulary

/// The learning curve of stream runs, on constructed streams whose numbers are known by hand.
@Suite struct LearningCurveTests {
    static let runID = "run-20261122-010000-5eed"

    /// A stream episode: outcome 1 → success, 0 → failure, at `index`.
    static func episode(_ index: Int, _ outcome: Int, attempt: Int = 1, status: EpisodeStatus? = nil, process: Int = 1) -> EpisodeRecord {
        var e = SampleData.episode(run: runID, task: "crafting/t\(index % 3)", suite: "crafting", epoch: index / 3,
                                   attempt: attempt, status: status ?? (outcome == 1 ? .success : .failure))
        e.streamIndex = index
        e.agentProcess = process
        return e
    }

    static func stream(_ outcomes: [Int]) -> [EpisodeRecord] {
        outcomes.enumerated().map { episode($0.offset, $0.element) }
    }

    @Test func aStreamThatLearnsHalfwayHasTheHandComputedNumbers() throws {
        // 0 0 0 1 1 1: success so far 0, 0, 0, 1/4, 2/5, 3/6.
        let curve = try #require(LearningCurve(Self.stream([0, 0, 0, 1, 1, 1])))
        #expect(curve.episodes == 6)
        #expect(curve.window == 1)
        #expect(curve.points.map(\.runningMean) == [0, 0, 0, 0.25, 0.4, 0.5])
        #expect(curve.points.map(\.windowMean) == [0, 0, 0, 1, 1, 1])
        #expect(abs(curve.auc - (0.25 + 0.4 + 0.5) / 6) < 1e-12)
        #expect(curve.third == 2)
        #expect(curve.earlyRate == 0)
        #expect(curve.lateRate == 1)
        #expect(curve.improvement == 1)
        // Both thirds are constant, so every resample gives exactly 1 − 0.
        #expect(curve.improvementLow == 1)
        #expect(curve.improvementHigh == 1)
        #expect(curve.successRate == 0.5)
        #expect(curve.restarts == 0)
    }

    @Test func learningEarlyScoresAHigherAUCThanLearningLateAtTheSameSuccessRate() throws {
        let early = try #require(LearningCurve(Self.stream([1, 1, 1, 0, 0, 0])))
        let late = try #require(LearningCurve(Self.stream([0, 0, 0, 1, 1, 1])))
        #expect(early.successRate == late.successRate)
        // 1, 1, 1, 3/4, 3/5, 3/6.
        #expect(abs(early.auc - (3 + 0.75 + 0.6 + 0.5) / 6) < 1e-12)
        #expect(early.auc > late.auc)
        #expect(early.improvement == -1)
    }

    @Test func aMovingWindowAndAnIntervalThatStraddlesTheChange() throws {
        // Ten alternating outcomes: window 10 / 5 = 2; thirds of 3: early 1 0 1, late 0 1 0.
        let curve = try #require(LearningCurve(Self.stream([1, 0, 1, 0, 1, 0, 1, 0, 1, 0])))
        #expect(curve.window == 2)
        #expect(curve.points.map(\.windowMean) == [1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5])
        #expect(curve.third == 3)
        #expect(abs((curve.earlyRate ?? 0) - 2.0 / 3) < 1e-12)
        #expect(abs((curve.lateRate ?? 0) - 1.0 / 3) < 1e-12)
        #expect(abs((curve.improvement ?? 0) + 1.0 / 3) < 1e-12)
        let low = try #require(curve.improvementLow)
        let high = try #require(curve.improvementHigh)
        #expect(low < -1.0 / 3 && high > -1.0 / 3)
        #expect(low >= -1 && high <= 1)
        // Seeded: the same data gives the same interval.
        let again = try #require(LearningCurve(Self.stream([1, 0, 1, 0, 1, 0, 1, 0, 1, 0])))
        #expect(again.improvementLow == low && again.improvementHigh == high)
    }

    @Test func onlyTheFinalAttemptOfAnIndexCountsAndRestartsAreCounted() throws {
        var records = [
            Self.episode(0, 0, process: 1),
            Self.episode(1, 0, attempt: 1, status: .sandboxError, process: 1),
            Self.episode(1, 1, attempt: 2, process: 1),
            Self.episode(2, 0, status: .agentError, process: 1),
            Self.episode(3, 1, process: 2),
            Self.episode(4, 1, process: 3),
        ]
        records.reverse()  // the store's order is by task, not by index
        let curve = try #require(LearningCurve(records))
        #expect(curve.points.map(\.index) == [0, 1, 2, 3, 4])
        #expect(curve.points.map(\.success) == [false, true, false, true, true])
        #expect(curve.restarts == 2)
        #expect(curve.third == 1)
        #expect(curve.earlyRate == 0 && curve.lateRate == 1)
    }

    @Test func shortAndNonStreamRuns() {
        #expect(LearningCurve([SampleData.episode(task: "shop/a", status: .success)]) == nil)
        let two = LearningCurve(Self.stream([0, 1]))
        #expect(two?.third == 0)
        #expect(two?.improvement == nil)
        #expect(two?.auc == 0.25)
    }

    @Test func aStreamRunRoundTripsThroughTheStoreAndReachesEveryRenderer() throws {
        let board = try SampleData.board()
        var run = SampleData.run(id: Self.runID)
        run.mode = .stream
        try board.startRun(run)
        for record in Self.stream([0, 0, 0, 1, 1, 1]) {
            try board.record(episode: record, steps: SampleData.steps(["click [1]"]))
        }
        let stored = try board.run(id: Self.runID)
        #expect(stored.mode == .stream)
        let episodes = try board.episodes(runID: Self.runID).map(\.record)
        #expect(episodes.compactMap(\.streamIndex).sorted() == [0, 1, 2, 3, 4, 5])
        #expect(Set(episodes.compactMap(\.agentProcess)) == [1])

        let rows = try board.standings()
        let learning = try #require(rows.first?.rows.first?.learning)
        #expect(learning.improvement == 1)

        let table = TableRenderer.render(rows)
        #expect(table.contains("Learning (stream runs"))
        #expect(table.contains("+100.0 pp"))
        #expect(table.contains("0.192"))  // AUC 1.15 / 6
        #expect(MarkdownRenderer.render(rows).contains("**Learning**"))
        let json = try JSONRenderer.render(rows)
        #expect(json.contains("\"learning\" : {"))
        #expect(json.contains("\"improvement\" : 1"))

        let report = try Report(leaderboard: board)
        let dir = try SampleData.tempDirectory()
        try ReportSite.write(report, to: dir) { try board.steps(episodeID: $0) }
        let index = try String(contentsOfFile: dir + "/index.html", encoding: .utf8)
        #expect(index.contains("<h2>Learning curves</h2>"))
        #expect(index.contains("<svg class=\"chart learning\""))
        #expect(index.components(separatedBy: "<circle ").count - 1 == 6)
        let markdown = try String(contentsOfFile: dir + "/report.md", encoding: .utf8)
        #expect(markdown.contains("Learning curve (window 1)"))
        let reportJSON = try String(contentsOfFile: dir + "/report.json", encoding: .utf8)
        #expect(reportJSON.contains("\"mode\" : \"stream\""))
        #expect(reportJSON.contains("\"stream_index\" : 5"))
    }

    @Test func anEpisodeRunHasNoLearningCurve() throws {
        let board = try SampleData.board()
        try board.startRun(SampleData.run(id: Self.runID))
        try board.record(episode: SampleData.episode(run: Self.runID, task: "shop/a", status: .success), steps: [])
        #expect(try board.run(id: Self.runID).mode == .episode)
        #expect(try board.standings().first?.rows.first?.learning == nil)
        #expect(!TableRenderer.render(try board.standings()).contains("Learning"))
    }

    @Test func aVersionOneFileIsMigratedAndItsRunsReadAsEpisodeRuns() throws {
        let path = try SampleData.tempDirectory() + "/old.sqlite"
        let queue = try DatabaseQueue(path: path)
        // A file as GRDB's migrator left it after v1: the tables, and the migration recorded.
        try queue.write { db in
            for statement in Schema.migrations[0].statements(for: .sqlite) { try db.execute(sql: statement) }
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY); INSERT INTO grdb_migrations VALUES ('v1')")
        }
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO runs (id, name, agent_command, agent_sha256, harness_version, config_json, seed, epochs,
                    network_mode, machine_hostname, machine_cores, machine_os, started_at, status)
                VALUES ('old-run', 'old', 'a', 'x', '0.1.0', '{}', 1, 1, 'none', 'h', 2, 'Linux', '2026-11-21T00:00:00.000Z', 'finished')
                """)
        }
        try queue.close()
        let board = try Leaderboard(existingAt: path)
        #expect(try board.appliedMigrations() == Schema.migrations.map(\.identifier))
        #expect(try board.run(id: "old-run").mode == .episode)
    }
}
