/// One leaderboard row: an agent's latest run, summarised.
public struct LeaderboardRow: Sendable, Equatable {
    /// `name version` from the agent's `ready`, else the run name.
    public var agent: String
    public var runID: String
    public var runName: String
    /// The suite filter, or the run's suites joined by `,`.
    public var suite: String
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

/// Builds the leaderboard: one row per agent, from its most recent run that has
/// episodes (in the chosen suite), ordered by success rate, then the interval's low end,
/// then agent name.
public enum Standings {
    public static func rows(_ runs: [RunEpisodes], suite: String? = nil, bootstrap: Bootstrap = Bootstrap()) -> [LeaderboardRow] {
        var latest: [String: RunEpisodes] = [:]
        for entry in runs {
            let episodes = entry.episodes.filter { suite == nil || $0.record.suite == suite }
            guard !episodes.isEmpty else { continue }
            let filtered = RunEpisodes(run: entry.run, episodes: episodes)
            let agent = entry.run.agentLabel
            if let seen = latest[agent],
                (seen.run.startedAt, seen.run.id) >= (entry.run.startedAt, entry.run.id)
            {
                continue
            }
            latest[agent] = filtered
        }
        let rows = latest.keys.sorted().compactMap { agent -> LeaderboardRow? in
            guard let entry = latest[agent] else { return nil }
            let suites = Set(entry.episodes.map(\.record.suite)).sorted().joined(separator: ",")
            return LeaderboardRow(
                agent: agent, runID: entry.run.id, runName: entry.run.name, suite: suite ?? suites,
                agentSHA256: entry.run.agentSHA256, harnessVersion: entry.run.harnessVersion,
                networkMode: entry.run.networkMode, summary: OutcomeSummary(entry.records, bootstrap: bootstrap),
                learning: entry.run.mode == .stream ? LearningCurve(entry.records, bootstrap: bootstrap) : nil)
        }
        return rows.sorted { a, b in
            if a.summary.successRate != b.summary.successRate { return a.summary.successRate > b.summary.successRate }
            if a.summary.ciLow != b.summary.ciLow { return a.summary.ciLow > b.summary.ciLow }
            return a.agent < b.agent
        }
    }
}

/// Success per group (suite or template) for each leaderboard row: a matrix whose
/// rows are groups and whose columns are the leaderboard's rows.
public struct Breakdown: Sendable {
    public enum Dimension: String, Sendable {
        case suite
        case template
    }

    public var dimension: Dimension
    /// Column headings: the leaderboard rows' agents, in leaderboard order.
    public var agents: [String]
    public var runIDs: [String]
    /// Group names, sorted; tasks without a template are grouped under `(none)`.
    public var groups: [String]
    /// cells[group][column]: nil when that run has no episode in the group.
    public var cells: [[OutcomeSummary?]]

    public static let noTemplate = "(none)"

    public init(_ dimension: Dimension, rows: [LeaderboardRow], runs: [RunEpisodes], bootstrap: Bootstrap = Bootstrap()) {
        self.dimension = dimension
        agents = rows.map(\.agent)
        runIDs = rows.map(\.runID)
        let byID = Dictionary(runs.map { ($0.run.id, $0) }, uniquingKeysWith: { first, _ in first })
        func group(_ e: EpisodeRecord) -> String {
            switch dimension {
            case .suite: e.suite
            case .template: e.template ?? Self.noTemplate
            }
        }
        let columns = rows.map { row in
            (byID[row.runID]?.records ?? []).filter { row.suite.split(separator: ",").contains(Substring($0.suite)) }
        }
        groups = Set(columns.flatMap { $0.map(group) }).sorted()
        cells = groups.map { g in
            columns.map { episodes in
                let selected = episodes.filter { group($0) == g }
                return selected.isEmpty ? nil : OutcomeSummary(selected, bootstrap: bootstrap)
            }
        }
    }
}
