import Foundation

/// One leaderboard row: one run's episodes in one table's suite, split and task set.
public struct LeaderboardRow: Sendable, Equatable {
    /// `name version` from the agent's `ready`, else the run name.
    public var agent: String
    public var runID: String
    public var runName: String
    public var suite: String
    /// The split of every episode in the row; nil for tasks without one.
    public var split: String?
    public var startedAt: Date
    /// Place in its table; nil for an agent's earlier run (listed with `--all-runs`).
    public var rank: Int?
    public var agentSHA256: String
    public var harnessVersion: String
    public var networkMode: String
    public var summary: OutcomeSummary
    /// For a stream run (`gauntlet run --stream`): success over the stream; else nil.
    public var learning: LearningCurve? = nil
}

/// A run with its episodes, the unit the statistics and renderers work on.
public struct RunEpisodes: Sendable {
    public var run: RunRecord
    public var episodes: [StoredEpisode]

    public init(run: RunRecord, episodes: [StoredEpisode]) {
        self.run = run
        self.episodes = episodes
    }

    public var records: [EpisodeRecord] { episodes.map(\.record) }
}

/// Builds the leaderboard as tables that each compare like with like (docs/leaderboard.md,
/// "Leaderboard tables"): one per suite, split and task set. A run's episodes are cut
/// into one part per (suite, split); parts that ran the same tasks share a table.
/// Within a table each agent is ranked by its latest run there: success rate, then the
/// interval's low end, then agent name. A table whose tasks are fewer than that suite's
/// split has in any run is a subset table, marked as such, and its ranks are its own.
public enum Standings {
    public static func tables(_ runs: [RunEpisodes], suite: String? = nil, allRuns: Bool = false,
                              bootstrap: Bootstrap = Bootstrap()) -> [StandingsTable] {
        struct Part {
            var entry: RunEpisodes
            var suite: String
            var split: String?
            var tasks: [String]
        }
        var parts: [Part] = []
        for entry in runs {
            let selected = entry.episodes.filter { suite == nil || $0.record.suite == suite }
            let keys = Set(selected.map { SplitKey(suite: $0.record.suite, split: $0.record.split) })
            for key in keys.sorted() {
                let episodes = selected.filter { $0.record.suite == key.suite && $0.record.split == key.split }
                parts.append(Part(entry: RunEpisodes(run: entry.run, episodes: episodes), suite: key.suite, split: key.split,
                                  tasks: Set(episodes.map(\.record.taskID)).sorted()))
            }
        }
        var universe: [SplitKey: Set<String>] = [:]
        for part in parts { universe[SplitKey(suite: part.suite, split: part.split), default: []].formUnion(part.tasks) }

        let grouped = Dictionary(grouping: parts) { TableKey(split: SplitKey(suite: $0.suite, split: $0.split), tasks: $0.tasks) }
        let tables = grouped.map { key, members -> StandingsTable in
            let byAgent = Dictionary(grouping: members.map(\.entry), by: \.run.agentLabel).mapValues { runs in
                runs.sorted { ($0.run.startedAt, $0.run.id) > ($1.run.startedAt, $1.run.id) }
            }
            func row(_ entry: RunEpisodes, rank: Int?) -> LeaderboardRow {
                LeaderboardRow(
                    agent: entry.run.agentLabel, runID: entry.run.id, runName: entry.run.name, suite: key.split.suite,
                    split: key.split.split, startedAt: entry.run.startedAt, rank: rank,
                    agentSHA256: entry.run.agentSHA256, harnessVersion: entry.run.harnessVersion,
                    networkMode: entry.run.networkMode, summary: OutcomeSummary(entry.records, bootstrap: bootstrap),
                    learning: entry.run.mode == .stream ? LearningCurve(entry.records, bootstrap: bootstrap) : nil)
            }
            let latest = byAgent.values.compactMap(\.first).map { row($0, rank: nil) }.sorted { a, b in
                if a.summary.successRate != b.summary.successRate { return a.summary.successRate > b.summary.successRate }
                if a.summary.ciLow != b.summary.ciLow { return a.summary.ciLow > b.summary.ciLow }
                return a.agent < b.agent
            }
            var rows: [LeaderboardRow] = []
            for (index, var best) in latest.enumerated() {
                best.rank = index + 1
                rows.append(best)
                if allRuns { rows += (byAgent[best.agent] ?? []).dropFirst().map { row($0, rank: nil) } }
            }
            return StandingsTable(suite: key.split.suite, split: key.split.split, tasks: key.tasks.count,
                                  suiteTasks: universe[key.split]?.count ?? key.tasks.count, rows: rows)
        }
        return tables.sorted { a, b in
            if a.suite != b.suite { return a.suite < b.suite }
            if a.split != b.split { return (a.split ?? "") < (b.split ?? "") }
            if a.tasks != b.tasks { return a.tasks > b.tasks }
            return (a.rows.first?.runID ?? "") < (b.rows.first?.runID ?? "")
        }
    }

    private struct SplitKey: Hashable, Comparable {
        var suite: String
        var split: String?
        static func < (a: SplitKey, b: SplitKey) -> Bool { (a.suite, a.split ?? "") < (b.suite, b.split ?? "") }
    }

    private struct TableKey: Hashable {
        var split: SplitKey
        var tasks: [String]
    }
}

/// Success per group (suite or template, each with its split) for each run ranked in a
/// leaderboard table: a matrix whose rows are groups and whose columns are runs.
public struct Breakdown: Sendable {
    public enum Dimension: String, Sendable {
        case suite
        case template
    }

    public var dimension: Dimension
    /// Column headings: the ranked runs' agents, in table order.
    public var agents: [String]
    public var runIDs: [String]
    /// Group names, sorted; tasks without a template are grouped under `(none)`, and a
    /// split is part of the group ("shop · test"), so no cell mixes splits.
    public var groups: [String]
    /// cells[group][column]: nil when that run has no episode in the group.
    public var cells: [[OutcomeSummary?]]

    public static let noTemplate = "(none)"

    public init(_ dimension: Dimension, tables: [StandingsTable], runs: [RunEpisodes], bootstrap: Bootstrap = Bootstrap()) {
        self.dimension = dimension
        var columns: [LeaderboardRow] = []
        for row in tables.flatMap(\.ranked) where !columns.contains(where: { $0.runID == row.runID }) { columns.append(row) }
        agents = columns.map(\.agent)
        runIDs = columns.map(\.runID)
        let byID = Dictionary(runs.map { ($0.run.id, $0) }, uniquingKeysWith: { first, _ in first })
        let suites = Set(tables.map(\.suite))
        func group(_ e: EpisodeRecord) -> String {
            let name = switch dimension {
            case .suite: e.suite
            case .template: e.template ?? Self.noTemplate
            }
            return e.split.map { "\(name) · \($0)" } ?? name
        }
        let episodes = runIDs.map { id in (byID[id]?.records ?? []).filter { suites.contains($0.suite) } }
        groups = Set(episodes.flatMap { $0.map(group) }).sorted()
        cells = groups.map { g in
            episodes.map { episodes in
                let selected = episodes.filter { group($0) == g }
                return selected.isEmpty ? nil : OutcomeSummary(selected, bootstrap: bootstrap)
            }
        }
    }
}
