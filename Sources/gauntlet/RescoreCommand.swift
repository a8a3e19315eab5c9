import ArgumentParser
import Browser
import Foundation
import Harness
import Leaderboard
import SandboxKit
import Tasks
import Worlds

struct RescoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rescore",
        abstract: "Re-run the checkers of a stored run from its saved final states and request logs.",
        discussion: """
            No agent runs and nothing is replayed: each answered episode's final state is \
            rebuilt from the bytes stored with it, and its checks are evaluated again. \
            Exits 1 unless every score is reproduced.
            """
    )

    @Argument(help: "The run id (see gauntlet leaderboard).")
    var runID: String

    @Option(help: LeaderboardLocation.help)
    var db: String?

    @OptionGroup var location: TasksCommand.Location

    func run() async throws {
        let board = try LeaderboardLocation.open(db)
        // The listing leaves out the stored state and log; each episode is read whole.
        let episodes = try board.episodes(runID: runID).compactMap { try board.episode(id: $0.id)?.record }
        guard !episodes.isEmpty else { throw CommandError("run \(runID) has no episodes in \(board.path)") }
        let loaded = try location.load(suite: nil)
        let tasks = Dictionary(loaded.suites.flatMap(\.tasks).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let needed = Set(episodes.compactMap { tasks[$0.taskID]?.sandboxes }.flatMap { $0 }).sorted()
        let sandboxes = try await HostedSandboxes.start(.standard, serving: needed, poolSize: Defaults.PoolSize.single)
        let result = await Rescoring(sandboxes: sandboxes).rescore(episodes, tasks: tasks)
        await sandboxes.stop()
        say("rescore \(runID): \(result.reproduced) of \(result.episodes - result.skipped) scored episodes reproduced"
            + (result.skipped > 0 ? " (\(result.skipped) unanswered, nothing to score)" : ""))
        for mismatch in result.mismatches { say("  \(mismatch)") }
        if !result.mismatches.isEmpty { throw ExitCode.failure }
    }
}
