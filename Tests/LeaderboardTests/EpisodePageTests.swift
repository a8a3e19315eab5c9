import Foundation
import Testing
@testable import Leaderboard
import Vocabulary

/// The episode page explains an outcome: the goal, the key nodes reached and missed with
/// the step of each, what every check expected and got, and the change to the state.
/// The episode goes through a real leaderboard file, so what is pinned is what is stored.
@Suite struct EpisodePageTests {
    static let sql = "SELECT sku, qty FROM cart_items ORDER BY sku"

    static func episode() -> EpisodeRecord {
        var episode = SampleData.episode(task: "shop/add-to-cart-001", status: .failure)
        episode.goal = "Add two 'Trail Runner' shoes to the cart & stop."
        episode.keyNodes = [
            KeyNodeRecord(name: "product page", check: "url under shop:/product", reachedAtStep: 2),
            KeyNodeRecord(name: "added to cart", check: "request POST /cart/add → 303", reachedAtStep: nil),
        ]
        episode.checkerResults = [
            CheckerResultRecord(
                check: "state", passed: false, score: 0, reason: "rows [] differ from expected [['TR-9', 2]]",
                expected: "state(final: \(sql)) = [['TR-9', 2]]", actual: "[]"),
            CheckerResultRecord(
                check: "url", passed: true, score: 1, reason: "final path /product/7 is under /product",
                expected: "url under shop:/product", actual: "http://shop.localhost:8123/product/7"),
        ]
        episode.stateDiff = StateDiff(changes: [StateDiff.TableChange(table: "sessions", added: 1, removed: 0)])
        return episode
    }

    @Test func storesAndShowsTheGoalKeyNodesExpectationsAndDiff() throws {
        let board = try SampleData.board()
        try board.startRun(SampleData.run())
        let id = try board.record(episode: Self.episode(), steps: SampleData.steps(["click [3]", "click [7]"]))
        #expect(try board.episode(id: id)?.record == Self.episode())
        #expect(try board.episodes(runID: SampleData.run().id).first?.record.keyNodes == Self.episode().keyNodes)

        let site = try SampleData.tempDirectory() + "/site"
        try ReportSite.write(board, to: site)
        let html = try String(contentsOfFile: site + "/episodes/\(id).html", encoding: .utf8)
        #expect(html.contains("<h2>Goal</h2>\n<p class=\"goal\">Add two &#39;Trail Runner&#39; shoes to the cart &amp; stop.</p>"))
        #expect(html.contains("<p class=\"meta\">1 of 2 reached.</p>"))
        #expect(html.contains("<td>product page</td><td><code>url under shop:/product</code></td><td class=\"nowrap pass\">✓ reached at <a href=\"#step-2\">step 2</a></td>"))
        #expect(html.contains("<td>added to cart</td><td><code>request POST /cart/add → 303</code></td><td class=\"nowrap fail\">✗ missed</td>"))
        #expect(html.contains("<td class=\"expect\"><pre>state(final: \(Self.sql)) = [[&#39;TR-9&#39;, 2]]</pre></td><td class=\"actual\"><pre>[]</pre></td>"))
        #expect(html.contains("<pre>http://shop.localhost:8123/product/7</pre>"))
        #expect(html.contains("<tr class=\"diff\"><td>sessions</td><td class=\"num\">+1</td><td class=\"num\">−0</td></tr>"))
        // The link targets a step that is on the page.
        #expect(html.contains("<section class=\"step\" id=\"step-2\">"))
    }

    /// Episodes recorded before schema v3 have none of this; their pages say so plainly.
    @Test func anEpisodeWithoutTheNewFieldsStillRenders() throws {
        let board = try SampleData.board()
        try board.startRun(SampleData.run())
        let id = try board.record(episode: SampleData.episode(task: "shop/a", status: .success), steps: [])
        let site = try SampleData.tempDirectory() + "/site"
        try ReportSite.write(board, to: site)
        let html = try String(contentsOfFile: site + "/episodes/\(id).html", encoding: .utf8)
        #expect(!html.contains("<h2>Goal</h2>"))
        #expect(!html.contains("<h2>Key nodes</h2>"))
        #expect(html.contains("No state diff recorded."))
    }
}
