import Vocabulary
import Foundation
import Testing
@testable import Leaderboard

/// The rules of docs/leaderboard.md, "Leaderboard tables", one test each.
@Suite struct StandingsTests {
    private func e(_ task: String, _ status: EpisodeStatus, run: String, suite: String = "shop", split: String? = "test") -> EpisodeRecord {
        SampleData.episode(run: run, task: task, suite: suite, status: status, split: split)
    }

    private func entry(_ id: String, agent: String, started: Double, _ records: [EpisodeRecord]) -> RunEpisodes {
        RunEpisodes(run: SampleData.run(id: id, agent: agent, started: started),
                    episodes: records.enumerated().map { StoredEpisode(id: Int64($0.offset), record: $0.element) })
    }

    /// 10 tasks shop/t0…t9; `passing` of them succeed.
    private func full(_ id: String, agent: String, started: Double, passing: Int) -> RunEpisodes {
        entry(id, agent: agent, started: started, (0..<10).map { e("shop/t\($0)", $0 < passing ? .success : .failure, run: id) })
    }

    @Test func aSubsetRunIsItsOwnMarkedTableAndNeverOutranksAFullRun() {
        let runs = [
            full("r-full", agent: "broad", started: 100, passing: 4),
            entry("r-small", agent: "narrow", started: 200, (0..<3).map { e("shop/t\($0)", .success, run: "r-small") }),
        ]
        let tables = Standings.tables(runs)
        #expect(tables.count == 2)
        #expect(tables[0].rows.map(\.runID) == ["r-full"])
        #expect(!tables[0].isSubset && tables[0].tasks == 10)
        #expect(tables[0].title == "shop · split test · 10 tasks")
        #expect(tables[1].rows.map(\.runID) == ["r-small"])
        #expect(tables[1].isSubset && tables[1].tasks == 3 && tables[1].suiteTasks == 10)
        #expect(tables[1].title.contains("subset: 3 of 10 tasks"))
        // Its 100% is ranked within its own table only.
        #expect(tables[1].rows[0].rank == 1 && tables[1].rows[0].summary.successRate == 1)
        #expect(TableRenderer.render(tables).contains("subset: 3 of 10 tasks"))
    }

    @Test func splitsAreNeverMixed() {
        let run = entry("r", agent: "a", started: 1, [
            e("shop/d1", .success, run: "r", split: "dev"), e("shop/d2", .success, run: "r", split: "dev"),
            e("shop/t1", .failure, run: "r", split: "test"), e("shop/n1", .success, run: "r", split: nil),
        ])
        let tables = Standings.tables([run])
        #expect(tables.map(\.split) == [nil, "dev", "test"])
        #expect(tables.map { $0.rows[0].summary.successRate } == [1, 1, 0])
        #expect(tables[0].title == "shop · no split · 1 task")

        let suites = Breakdown(.suite, tables: tables, runs: [run])
        #expect(suites.groups == ["shop", "shop · dev", "shop · test"])
        #expect(suites.runIDs == ["r"])
    }

    @Test func eachAgentIsRankedByItsLatestRunInTheTable() {
        let runs = [
            full("r-old", agent: "alpha", started: 100, passing: 9),
            full("r-new", agent: "alpha", started: 300, passing: 2),
            full("r-beta", agent: "beta", started: 200, passing: 5),
        ]
        let table = Standings.tables(runs)[0]
        #expect(table.rows.map(\.runID) == ["r-beta", "r-new"])
        #expect(table.rows.map(\.rank) == [1, 2])
    }

    @Test func allRunsListsEarlierRunsUnderTheirAgentLatestFirst() {
        let runs = [
            full("r-1", agent: "alpha", started: 100, passing: 9),
            full("r-3", agent: "alpha", started: 300, passing: 2),
            full("r-2", agent: "alpha", started: 200, passing: 1),
            full("r-beta", agent: "beta", started: 200, passing: 5),
        ]
        let table = Standings.tables(runs, allRuns: true)[0]
        #expect(table.rows.map(\.runID) == ["r-beta", "r-3", "r-2", "r-1"])
        #expect(table.rows.map(\.rank) == [1, 2, nil, nil])
        #expect(table.ranked.map(\.runID) == ["r-beta", "r-3"])
        let text = TableRenderer.render([table])
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("·") }.count == 2)
    }

    @Test func anOlderFullRunIsNotHiddenByANewerSubsetRun() {
        let runs = [
            full("r-full", agent: "alpha", started: 100, passing: 5),
            entry("r-part", agent: "alpha", started: 200, [e("shop/t0", .success, run: "r-part")]),
        ]
        let tables = Standings.tables(runs)
        #expect(tables.map { $0.rows.map(\.runID) } == [["r-full"], ["r-part"]])
    }

    @Test func suitesHaveTablesOfTheirOwnAndTheFilterKeepsOne() {
        let run = entry("r", agent: "a", started: 1, [
            e("shop/a", .success, run: "r"), e("game/x", .failure, run: "r", suite: "textgame"),
        ])
        #expect(Standings.tables([run]).map(\.suite) == ["shop", "textgame"])
        #expect(Standings.tables([run], suite: "textgame").map(\.suite) == ["textgame"])
        #expect(Standings.tables([run], suite: "none").isEmpty)
    }

    @Test func jsonRowsNameTheirTable() throws {
        let runs = [
            full("r-full", agent: "broad", started: 100, passing: 4),
            entry("r-small", agent: "narrow", started: 200, [e("shop/t0", .success, run: "r-small")]),
        ]
        let text = try JSONRenderer.render(Standings.tables(runs))
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["subset"] as? Bool } == [false, true])
        #expect(rows.map { $0["table_tasks"] as? Int } == [10, 1])
        #expect(rows.map { $0["suite_tasks"] as? Int } == [10, 10])
        #expect(rows.map { $0["split"] as? String } == ["test", "test"])
        #expect(rows.map { $0["rank"] as? Int } == [1, 1])
    }
}
