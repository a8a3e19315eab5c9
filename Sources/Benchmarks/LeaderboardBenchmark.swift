import Foundation
import Leaderboard
import Vocabulary

/// `gauntlet bench leaderboard`: recording episodes (one transaction each) into a fresh
/// leaderboard, and writing its report. Each episode has `steps` steps whose ~6 KB
/// observations come from 40 distinct pages (so deduplication is exercised), a 64 KB final
/// state and a request log. The database lives in a temporary directory removed afterwards,
/// or is the given one (a `postgres://` URL, to compare PostgreSQL's rate with SQLite's).
public struct LeaderboardBenchmark: Sendable {
    /// Episodes to record.
    public var episodes: Int
    /// Steps per episode.
    public var steps: Int
    /// Recorded with the bench run, as a real run records it.
    public var harnessVersion: String
    /// Where to record: nil for a fresh SQLite file; else a leaderboard (e.g. `postgres://…`)
    /// that gets a run of its own.
    public var database: String?

    public init(episodes: Int, steps: Int, harnessVersion: String, database: String? = nil) {
        self.episodes = episodes
        self.steps = steps
        self.harnessVersion = harnessVersion
        self.database = database
    }

    public func run() async throws -> BenchmarkReport {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gauntlet-bench-lb-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let board = try Leaderboard(path: database ?? dir + "/gauntlet.sqlite")
        let runID = database == nil ? "run-bench" : "run-bench-\(UUID().uuidString.prefix(8).lowercased())"
        try board.startRun(RunRecord(
            id: runID, name: "bench", agentCommand: "bench", agentName: "bench-agent", agentVersion: "1",
            agentSHA256: String(repeating: "0", count: 64), harnessVersion: harnessVersion, suites: [],
            seed: 1, epochs: 1, networkMode: "none", machine: .current, startedAt: Date()))

        let pages = (0..<40).map { page in
            (0..<120).map { "  [\(page * 1000 + $0)] link 'Product \(page)-\($0) with a reasonably long accessible name'" }
                .joined(separator: "\n")
        }
        let state = Data(repeating: 0x5A, count: 64 * 1024)
        var latencies: [Double] = []
        let start = ContinuousClock.now
        for e in 0..<episodes {
            let trace = (0..<steps).map { i in
                StepRecord(index: i, observation: pages[(e * 7 + i) % pages.count], action: "click [\(i)]", latencyMicroseconds: 900, url: "http://shop.localhost/")
            }
            let episode = EpisodeRecord(
                runID: runID, taskID: "bench/task-\(e)", suite: "bench", revision: 1, taskChecksum: "0", seed: UInt64(e), epoch: 0,
                status: e % 3 == 0 ? .success : .failure, score: e % 3 == 0 ? 1 : 0, steps: steps, wallMilliseconds: 1000,
                finalState: state, requestLogJSON: #"[{"method":"GET","path":"/"}]"#,
                checkerResults: [CheckerResultRecord(check: "url", passed: e % 3 == 0, score: e % 3 == 0 ? 1 : 0, reason: "bench")])
            let t = ContinuousClock.now
            try await board.record(episode: episode, steps: trace)
            latencies.append((ContinuousClock.now - t).milliseconds)
        }
        let recordSeconds = (ContinuousClock.now - start).milliseconds / 1000
        try board.finishRun(id: runID)

        let reportStart = ContinuousClock.now
        let summary = try ReportSite.write(board, runIDs: [runID], to: dir + "/report")
        let reportSeconds = (ContinuousClock.now - reportStart).milliseconds / 1000
        let size = ((try? FileManager.default.attributesOfItem(atPath: dir + "/gauntlet.sqlite")[.size] as? NSNumber)?.doubleValue ?? 0)
            + ((try? FileManager.default.attributesOfItem(atPath: dir + "/gauntlet.sqlite-wal")[.size] as? NSNumber)?.doubleValue ?? 0)

        latencies.sort()
        var figures: [String: Double] = [
            "episodes": Double(episodes),
            "steps_per_episode": Double(steps),
            "record_ms_p50": latencies[latencies.count / 2],
            "record_ms_p99": latencies[min(latencies.count - 1, latencies.count * 99 / 100)],
            "episodes_per_s": Double(episodes) / recordSeconds,
            "distinct_observations": Double(try board.observationCount()),
            "db_mb": size / 1_000_000,
            "report_s": reportSeconds,
            "report_pages": Double(summary.episodePages + summary.runPages + 1),
            "postgres": Leaderboard.isPostgres(board.path) ? 1 : 0,
        ]
        if database != nil { figures["db_mb"] = nil }
        let data = try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys])
        let text = figures.keys.sorted().map { key in
            "\(key.padding(toLength: 22, withPad: " ", startingAt: 0)) \(String(format: "%.3f", figures[key] ?? 0))\n"
        }
        return BenchmarkReport(json: String(decoding: data, as: UTF8.self) + "\n", text: text.joined())
    }
}
