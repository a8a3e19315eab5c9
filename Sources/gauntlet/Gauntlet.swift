import ArgumentParser
import Foundation

@main
struct Gauntlet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gauntlet",
        abstract: "Benchmark suite and sandboxed evaluation harness for AI agents.",
        discussion: """
            Gauntlet serves mock websites, GUI apps and text games on loopback, runs any \
            agent binary that speaks the JSON-lines protocol against them in a sandbox, \
            scores every episode and keeps the results in a SQLite leaderboard.
            """,
        version: GauntletVersion.string,
        subcommands: [
            ObserveCommand.self,
            BenchCommand.self,
            TasksCommand.self,
            ServeCommand.self,
            EnvServerCommand.self,
            MCPCommand.self,
            BrowseCommand.self,
            RunCommand.self,
            MergeCommand.self,
            RescoreCommand.self,
            VerifyCommand.self,
            LeaderboardCommand.self,
            ReportCommand.self,
            FeedbackCommand.self,
            ReviewCommand.self,
            MetricsCommand.self,
        ]
    )

    /// As swift-argument-parser's own `main`, with negative numbers attached to their
    /// options first (`Invocation.attachingNegativeNumbers`).
    static func main() async {
        do {
            var command = try parseAsRoot(Invocation.attachingNegativeNumbers(Array(CommandLine.arguments.dropFirst())))
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}

enum GauntletVersion {
    static let string = "0.1.0"
}
