import ArgumentParser
import Foundation
import Harness
import Leaderboard

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the static report: HTML leaderboard, run and episode pages, report.md and report.json."
    )

    /// Beside the default database, and ignored by git like it (leaderboard/README.md).
    static var defaultOut: String { LeaderboardLocation.home(Defaults.Paths.report) }

    @Option(help: "The output directory, created if missing (default: $GAUNTLET_HOME/\(Defaults.Paths.report), else ./\(Defaults.Paths.report)).")
    var out: String?

    @Option(help: LeaderboardLocation.help)
    var db: String?

    @Option(name: .customLong("run"), help: "Only this run; repeat for several (default: every run).")
    var runs: [String] = []

    func run() async throws {
        let board = try LeaderboardLocation.open(db)
        let out = self.out ?? Self.defaultOut
        do {
            let summary = try ReportSite.write(board, runIDs: runs, to: out)
            print("wrote \(out)/index.html, \(summary.runPages) run page(s), \(summary.episodePages) episode page(s), report.md, report.json")
        } catch let error as LeaderboardError {
            throw CommandError(error.description)
        }
    }
}
