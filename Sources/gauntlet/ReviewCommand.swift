import ArgumentParser
import Defaults
import Foundation
import Leaderboard
import Review

struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Serve the report on loopback with a feedback form on every episode page; feedback goes to the leaderboard.",
        discussion: "Open the printed URL, read an episode's steps, and write what the agent did well or badly. Ctrl-C stops."
    )

    @Option(help: LeaderboardLocation.help)
    var db: String?

    @Option(help: "Port on 127.0.0.1 (0 picks a free one).")
    var port = Defaults.Review.port

    func validate() throws {
        try ArgumentRange.within(0...65_535, port, "--port")
    }

    func run() async throws {
        let board = try LeaderboardLocation.open(db)
        let path = board.path
        try await ReviewServer(leaderboard: board).run(port: port) { bound in
            say("Reviewing \(path): open http://127.0.0.1:\(bound)/ (Ctrl-C stops)")
        }
    }
}
