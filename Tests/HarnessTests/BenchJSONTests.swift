import Foundation
import GauntletTesting
import Testing

/// Scripts read `gauntlet bench … --json`: each bench prints one JSON object with the keys
/// it has always had, now that the measurements live in the Benchmarks library.
@Suite struct BenchJSONTests {
    func object(_ arguments: [String]) async throws -> [String: Any] {
        let output = try await GauntletProcess.run(["bench"] + arguments + ["--json"])
        #expect(output.status == 0, "\(output.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any], "\(output.stdout)")
    }

    @Test func leaderboardKeys() async throws {
        let figures = try await object(["leaderboard", "--episodes", "3", "--steps", "2"])
        #expect(Set(figures.keys) == ["episodes", "steps_per_episode", "record_ms_p50", "record_ms_p99", "episodes_per_s",
                                      "distinct_observations", "db_mb", "report_s", "report_pages", "postgres"])
        #expect(figures["episodes"] as? Double == 3)
        #expect(figures["postgres"] as? Double == 0, "a fresh SQLite file, not PostgreSQL")
    }

    @Test func textgameKeys() async throws {
        let figures = try await object(["textgame", "--steps", "100", "--tasks", "1", "--harness-steps", "0"])
        #expect(Set(figures.keys) == ["vocabulary", "engine_steps_per_s", "engine_text_steps_per_s", "screen_steps_per_s",
                                      "harness_steps_per_s", "harness_in_process_steps_per_s", "harness_parallel_steps_per_s", "harness_parallel_streams",
                                      "generate_verify_ms", "generate_verify_ms_by_family", "tasks_per_family", "suite_tasks",
                                      "suite_generate_admit_ms", "planner_states", "steps", "note"])
        #expect(figures["harness_steps_per_s"] is NSNull, "--harness-steps 0 skips the harness figure")
        #expect(figures["harness_in_process_steps_per_s"] is NSNull, "--harness-steps 0 skips the in-process figure too")
    }

    @Test func aRangeIsCheckedBeforeTheBenchRuns() async throws {
        let output = try await GauntletProcess.run(["bench", "leaderboard", "--episodes", "0"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("--episodes must be at least 1, got 0"), "\(output.stderr)")
    }
}
