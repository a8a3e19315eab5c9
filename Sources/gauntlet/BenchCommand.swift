import ArgumentParser

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Gauntlet's speed targets (build with -c release for real figures).",
        subcommands: [
            BenchObserveCommand.self,
            BenchSandboxCommand.self,
            BenchTextgameCommand.self,
            BenchPhoneCommand.self,
            BenchProtocolCommand.self,
            BenchLeaderboardCommand.self,
        ]
    )
}
