import Foundation
import Testing
@testable import Leaderboard
import Vocabulary

@Suite struct RendererTests {
    static let hostile = "</pre><script>alert(1)</script>"

    private func rows() -> [StandingsTable] {
        let run = SampleData.run(agent: "agent<b>\"x\"")
        let episodes = [
            SampleData.episode(task: "shop/a", epoch: 0, status: .success, cost: 0.5, progress: 1),
            SampleData.episode(task: "shop/a", epoch: 1, status: .failure, cost: 0.25, progress: 0.5),
            SampleData.episode(task: "shop/b", epoch: 0, status: .timeout),
            SampleData.episode(task: "shop/b", epoch: 1, status: .success),
        ].enumerated().map { StoredEpisode(id: Int64($0.offset + 1), record: $0.element) }
        return Standings.tables([RunEpisodes(run: run, episodes: episodes)])
    }

    @Test func jsonHasTheContractKeysSortedAndDeterministic() throws {
        let text = try JSONRenderer.render(rows())
        #expect(text == (try JSONRenderer.render(rows())))
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(array.count == 1)
        let row = array[0]
        for key in ["agent", "run_id", "suite", "episodes", "success_rate", "ci_low", "ci_high", "progress", "statuses", "pass_at_k", "pass_hat_k", "mean_steps", "cost_usd"] {
            #expect(row[key] != nil, "missing key \(key)")
        }
        #expect(row["agent"] as? String == "agent<b>\"x\" 1.0")
        #expect(row["episodes"] as? Int == 4)
        #expect(row["success_rate"] as? Double == 0.5)
        #expect(row["progress"] as? Double == 0.75)
        #expect(row["cost_usd"] as? Double == 0.75)
        #expect(row["k"] as? Int == 2)
        let statuses = try #require(row["statuses"] as? [String: Int])
        #expect(statuses == ["success": 2, "failure": 1, "timeout": 1, "step_limit": 0, "agent_error": 0, "protocol_error": 0, "sandbox_error": 0])
        // Keys appear in sorted order in the text itself.
        let agentAt = try #require(text.range(of: "\"agent\""))
        let successAt = try #require(text.range(of: "\"success_rate\""))
        #expect(agentAt.lowerBound < successAt.lowerBound)
    }

    @Test func progressIsNullNotMissingWhenUnknown() throws {
        let run = SampleData.run()
        let rows = Standings.tables([RunEpisodes(run: run, episodes: [StoredEpisode(id: 1, record: SampleData.episode(task: "shop/a", status: .success))])])
        let text = try JSONRenderer.render(rows)
        #expect(text.contains("\"progress\" : null"))
    }

    @Test func tableColumnsAreAligned() {
        let text = TableRenderer.render(rows())
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0] == "shop · split test · 2 tasks")
        #expect(lines[2].allSatisfy { $0 == "-" || $0 == " " })
        // The "success" column ends at the same character position in header and row.
        let header = lines[1]
        let headerEnd = header.distance(from: header.startIndex, to: header.range(of: "success")!.upperBound)
        let row = lines[3]
        let rowEnd = row.distance(from: row.startIndex, to: row.range(of: "50.0%")!.upperBound)
        #expect(headerEnd == rowEnd)
        #expect(row.contains("success 2, failure 1, timeout 1"))
    }

    @Test func markdownCellsCannotBreakTheTable() {
        #expect(MarkdownRenderer.cell("a|b\nc<script>") == "a\\|b c&lt;script&gt;")
        let md = MarkdownRenderer.render(rows())
        #expect(md.contains("| 1 | agent&lt;b&gt;\"x\" 1.0 |"))
        #expect(md.split(separator: "\n").count == 4)
    }

    @Test func htmlEscapingNeutralisesHostileText() {
        #expect(HTMLText.escape(Self.hostile) == "&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(HTMLText.escape("a\"b'c&d") == "a&quot;b&#39;c&amp;d")
        #expect(HTMLText.escape("bell\u{7}") == "bell\u{FFFD}")
        #expect(HTMLText.fileSlug("../../etc/passwd") == "_.._etc_passwd")
        #expect(HTMLText.fileSlug("run-2026 x/y") == "run-2026_x_y")
    }

    @Test func episodePageEscapesEverythingTheAgentWrote() {
        var episode = SampleData.episode(task: "shop/a", status: .failure)
        episode.answer = Answer(status: .ok, value: .string(Self.hostile))
        episode.reason = Self.hostile
        episode.stderrTail = Self.hostile
        episode.checkerResults = [CheckerResultRecord(check: Self.hostile, passed: false, score: 0, reason: Self.hostile)]
        let steps = [
            StepRecord(index: 0, observation: Self.hostile, action: Self.hostile, thought: Self.hostile, error: Self.hostile, latencyMicroseconds: 10, url: Self.hostile)
        ]
        let run = SampleData.run()
        let report = Report(databasePath: "x.sqlite", schemaVersion: "v1", runs: [RunEpisodes(run: run, episodes: [StoredEpisode(id: 7, record: episode)])])
        let pages = HTMLPages(report: report, runFiles: [run.id: "r.html"])
        let html = pages.episode(StoredEpisode(id: 7, record: episode), steps: steps)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("</pre><script"))
        #expect(html.components(separatedBy: "&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;").count - 1 >= 9)
        // The observation is collapsed, inside a <details>, in a <pre>.
        #expect(html.contains("<details open><summary>observation (1 lines)</summary><pre>&lt;/pre&gt;"))
    }
}
