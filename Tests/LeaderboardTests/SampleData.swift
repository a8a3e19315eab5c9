import Foundation
import GRDB
import GauntletTesting
@testable import Leaderboard
import Vocabulary

/// Builders for runs and episodes, and temp-dir databases for tests.
enum SampleData {
    static func tempDirectory() throws -> String {
        try TemporaryFolder.make("lb")
    }

    static func board() throws -> Leaderboard {
        try Leaderboard(path: try tempDirectory() + "/leaderboard/gauntlet.sqlite")
    }

    static func run(
        id: String = "run-20261121-220000-abcd", agent: String = "demo-agent", version: String = "1.0",
        started: Double = 1_795_000_000, epochs: Int = 1
    ) -> RunRecord {
        RunRecord(
            id: id, name: "\(agent) on shop", agentCommand: "./agents/\(agent) --fast", agentName: agent, agentVersion: version,
            agentSHA256: String(repeating: "ab", count: 32), harnessVersion: "0.1.0",
            suites: [
                SuiteReference(name: "textgame", version: "0.2.0", checksum: String(repeating: "cd", count: 32)),
                SuiteReference(name: "shop", version: "0.1.0", checksum: String(repeating: "ef", count: 32)),
            ],
            configurationJSON: #"{"concurrency":4,"steps":30}"#, seed: 42, epochs: epochs, networkMode: "none",
            machine: MachineInfo(hostname: "bench-1", cores: 2, os: "Linux 6.1"),
            startedAt: Date(timeIntervalSince1970: started))
    }

    static func episode(
        run: String = "run-20261121-220000-abcd", task: String, suite: String = "shop", template: String? = "cheapest",
        epoch: Int = 0, seed: UInt64 = 17, attempt: Int = 1, status: EpisodeStatus, steps: Int = 3, cost: Double? = nil,
        progress: Double? = nil, split: String? = "test"
    ) -> EpisodeRecord {
        EpisodeRecord(
            runID: run, taskID: task, suite: suite, template: template, split: split, revision: 2,
            taskChecksum: String(repeating: "01", count: 32), seed: seed, epoch: epoch, attempt: attempt, status: status,
            score: status == .success ? 1 : 0, progress: progress, steps: steps, wallMilliseconds: 1234,
            inputTokens: cost == nil ? nil : 1000, outputTokens: cost == nil ? nil : 200, costUSD: cost,
            answer: Answer(status: .ok, value: .string("SN-0412")), reason: status == .success ? "all checks passed" : "state differs",
            stderrTail: "agent: thinking\nagent: done\n", finalURL: "http://shop.localhost:8123/cart",
            finalState: Data([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65, 0x00, 0xFF]),
            requestLogJSON: #"[{"method":"POST","path":"/cart/add","status":303}]"#,
            checkerResults: [CheckerResultRecord(check: "state", passed: status == .success, score: status == .success ? 1 : 0, reason: "rows compared")],
            metrics: ["invalid_action_rate": 0.25, "longest_repeat_run": 2])
    }

    static func steps(_ actions: [String], observation: (Int) -> String = { "[1] RootWebArea 'Shop'\n  [\($0)] link 'Cart'" }) -> [StepRecord] {
        actions.enumerated().map { i, action in
            StepRecord(index: i + 1, observation: observation(i), action: action, thought: "step \(i)", error: nil, latencyMicroseconds: 1500 + i, url: "http://shop.localhost:8123/")
        }
    }
}

extension Leaderboard {
    /// The SQLite file's GRDB pool, for tests that look under the store (pragmas, raw rows).
    var pool: DatabasePool {
        get throws {
            guard let store = store as? SQLiteStore else {
                throw LeaderboardError.unreadableDatabase(path: path, reason: "not a SQLite leaderboard")
            }
            return store.pool
        }
    }
}
