import Foundation
import Testing
@testable import Leaderboard

@Suite struct ReportSiteTests {
    @Test func writesTheSiteMarkdownAndJSON() throws {
        let board = try SampleData.board()
        try DemoLeaderboard.fill(board)
        let out = try SampleData.tempDirectory() + "/site"
        let summary = try ReportSite.write(board, to: out)
        let fm = FileManager.default
        #expect(summary.runPages == 2)
        let episodeIDs = try board.runEpisodes().flatMap { $0.episodes.map(\.id) }
        #expect(summary.episodePages == episodeIDs.count)
        for file in ["index.html", "style.css", "report.md", "report.json"] {
            #expect(fm.fileExists(atPath: out + "/" + file), "missing \(file)")
        }
        for id in episodeIDs {
            #expect(fm.fileExists(atPath: out + "/episodes/\(id).html"))
        }
        let runPages = try fm.contentsOfDirectory(atPath: out + "/runs").sorted()
        #expect(runPages == ["run-20261120-090000-demo.html", "run-20261121-100000-demo.html"])

        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(index.contains("<svg class=\"chart\""))
        #expect(index.contains("Success by suite"))
        #expect(index.contains("Success by template"))
        #expect(index.contains("href=\"runs/run-20261121-100000-demo.html\""))
        #expect(!index.contains("<script"))

        // The hostile action of the demo data is escaped on its episode page.
        let pages = try episodeIDs.map { try String(contentsOfFile: out + "/episodes/\($0).html", encoding: .utf8) }
        #expect(pages.contains { $0.contains("&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;") })
        #expect(pages.allSatisfy { !$0.contains("<script") })

        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/report.json"))) as? [String: Any])
        let rows = try #require(json["leaderboard"] as? [[String: Any]])
        // Two runs on two suites: one table per suite, each agent once in each.
        #expect(rows.count == 4)
        #expect(rows.map { $0["suite"] as? String } == ["shop", "shop", "textgame", "textgame"])
        #expect(rows.map { $0["rank"] as? Int } == [1, 2, 1, 2])
        #expect(index.contains("shop · split test · 6 tasks"))
        #expect(rows.allSatisfy { $0["ci_low"] != nil && $0["statuses"] != nil })
        #expect((json["runs"] as? [Any])?.count == 2)
        let md = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        #expect(md.hasPrefix("# Gauntlet report"))
        #expect(md.contains("## Success by template"))

        // Regenerating gives the same bytes.
        let again = try SampleData.tempDirectory() + "/site"
        try ReportSite.write(board, to: again)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/report.json")) == Data(contentsOf: URL(fileURLWithPath: again + "/report.json")))
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/index.html")) == Data(contentsOf: URL(fileURLWithPath: again + "/index.html")))
    }

    @Test func onlySelectedRuns() throws {
        let board = try SampleData.board()
        try DemoLeaderboard.fill(board)
        let out = try SampleData.tempDirectory() + "/site"
        let summary = try ReportSite.write(board, runIDs: ["run-20261120-090000-demo"], to: out)
        #expect(summary.runPages == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/runs") == ["run-20261120-090000-demo.html"])
        #expect(throws: LeaderboardError.unknownRun(id: "nope")) { try ReportSite.write(board, runIDs: ["nope"], to: out) }
    }

    /// Writes the demo leaderboard to a fixed file in the temp directory, for looking at
    /// `gauntlet report` by hand (docs/leaderboard.md), and checks what it holds.
    @Test func demoDatabaseForTheCommandLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gauntlet-demo-leaderboard.sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let board = try Leaderboard(path: path)
        try DemoLeaderboard.fill(board)
        let rows = try #require(try board.standings().first).rows
        #expect(rows.map(\.agent) == ["planner-agent 2.1", "baseline-agent 0.3"])
        #expect(rows[0].summary.maxK == 3)
        #expect(rows[0].summary.successRate > rows[1].summary.successRate)
    }
}
