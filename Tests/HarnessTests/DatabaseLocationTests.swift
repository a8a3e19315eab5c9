import Foundation
import GauntletTesting
import Testing

/// `--db` names a SQLite file in a folder that exists, or a PostgreSQL database; anything
/// else is a clear error and creates nothing (leaderboard/README.md).
@Suite struct DatabaseLocationTests {
    /// A PostgreSQL server that does not answer is an error naming the URL (without its
    /// password), and no folder named `postgres:` appears.
    @Test func anUnreachablePostgresServerIsNamedWithoutItsPassword() async throws {
        let output = try await GauntletProcess.run(["leaderboard", "--db", "postgres://user:secret@127.0.0.1:1/gauntlet"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("postgres://user:***@127.0.0.1:1/gauntlet: not a readable leaderboard database"), "\(output.stderr)")
        #expect(!output.stderr.contains("secret"))
        #expect(!FileManager.default.fileExists(atPath: Checkout.path("postgres:")))
    }

    @Test func anotherURLIsRefused() async throws {
        let output = try await GauntletProcess.run(["report", "--db", "mysql://localhost/x"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("'mysql://' URLs are not supported"), "\(output.stderr)")
    }

    @Test func aFileInAMissingFolderIsRefusedBeforeTheRunStarts() async throws {
        let folder = TemporaryFolder.path("missing")
        let output = try await GauntletProcess.run(["run", "--agent", "python3 examples/agents/noop_agent.py", "--db", folder + "/board.sqlite",
                                              "--limit", "1"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("the folder '\(folder)' does not exist"), "\(output.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func theReportGoesToLeaderboardSiteByDefault() async throws {
        let home = TemporaryFolder.path("home")
        try FileManager.default.createDirectory(atPath: home + "/leaderboard", withIntermediateDirectories: true)
        let db = home + "/leaderboard/gauntlet.sqlite"
        let ran = try await GauntletProcess.run(["run", "--agent", "python3 examples/agents/noop_agent.py", "--db", db, "--limit", "1"])
        #expect(ran.status == 0, "\(ran.stderr)")
        let report = try await GauntletProcess.run(["report"], environment: ["GAUNTLET_HOME": home])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(FileManager.default.fileExists(atPath: home + "/leaderboard/site/index.html"))
    }
}
