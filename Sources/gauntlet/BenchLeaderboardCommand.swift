import ArgumentParser
import Benchmarks
import Defaults

struct BenchLeaderboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leaderboard",
        abstract: "Time recording episodes (one transaction each) into a fresh leaderboard, and writing its report.",
        discussion: """
            Each episode has --steps steps whose ~6 KB observations come from 40 distinct pages \
            (so deduplication is exercised), a 64 KB final state and a request log. The database \
            lives in a temporary directory that is removed afterwards; with --db (e.g. a \
            postgres:// URL) the episodes go there, in a run of their own.
            """
    )

    @Option(help: "Episodes to record.")
    var episodes = Defaults.Bench.leaderboardEpisodes

    @Option(help: "Steps per episode.")
    var steps = Defaults.Bench.leaderboardSteps

    @Option(help: "Record into this leaderboard instead of a fresh SQLite file, e.g. postgres://USER@HOST/DATABASE.")
    var db: String?

    @OptionGroup var output: BenchOutput

    func validate() throws {
        try ArgumentRange.atLeast(1, episodes, "--episodes")
        try ArgumentRange.atLeast(1, steps, "--steps")
    }

    func run() async throws {
        let report = try await LeaderboardBenchmark(
            episodes: episodes, steps: steps, harnessVersion: GauntletVersion.string, database: try db.map { try LeaderboardLocation.path($0) }).run()
        output.print(report)
    }
}
