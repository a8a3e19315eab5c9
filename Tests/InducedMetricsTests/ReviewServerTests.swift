import Foundation
import GauntletTesting
import Leaderboard
import Testing

/// `gauntlet review` through the binary on loopback: an episode page with its form, a
/// feedback posted through it saved to the leaderboard and shown on the page.
@Suite struct ReviewServerTests {
    @Test func feedbackPostedThroughTheFormIsSavedAndShown() async throws {
        let fixture = try JudgeFixture(plan: [])
        let db = fixture.folder + "/gauntlet.sqlite"
        let running = try GauntletProcess.start(["review", "--db", db, "--port", "0"])
        defer {
            // SIGKILL: a child of the test runner may inherit SIGTERM as ignored.
            kill(running.process.processIdentifier, SIGKILL)
            running.process.waitUntilExit()
        }
        var port: Int?
        for _ in 0..<600 where port == nil {
            try await Task.sleep(for: .milliseconds(50))
            if let range = running.stdout().range(of: "http://127.0.0.1:") {
                port = Int(running.stdout()[range.upperBound...].prefix { $0.isNumber })
            }
        }
        let client = LoopbackHTTPClient(port: try #require(port, "\(running.stderr())"), hostName: "127.0.0.1", instanceID: nil)
        let id = fixture.episodes[0]
        let page = try client.get("/episodes/\(id).html")
        #expect(page.status == 200)
        #expect(page.body.contains("action=\"/episodes/\(id)/feedback\""))
        #expect(page.body.contains("No feedback yet."))
        #expect(try client.get("/").body.contains("Gauntlet leaderboard"))

        let posted = try client.post("/episodes/\(id)/feedback", form: [("author", "ana"), ("text", "Answered <b>12.50</b> without opening the product page.")])
        #expect(posted.status == 303)
        #expect(posted.header("location") == "/episodes/\(id).html#feedback")
        let stored = try fixture.board.feedback(episodeID: id)
        #expect(stored.map(\.author) == ["ana"])
        #expect(stored.map(\.text) == ["Answered <b>12.50</b> without opening the product page."])
        let after = try client.get("/episodes/\(id).html").body
        #expect(after.contains("Answered &lt;b&gt;12.50&lt;/b&gt; without opening the product page."))

        let empty = try client.post("/episodes/\(id)/feedback", form: [("author", "ana"), ("text", "  ")])
        #expect(empty.status == 400)
        #expect(try client.post("/episodes/999999/feedback", form: [("author", "a"), ("text", "x")]).status == 400)
        #expect(try client.get("/episodes/999999.html").status == 404)
        #expect(try fixture.board.feedback(episodeID: id).count == 1)
    }
}
