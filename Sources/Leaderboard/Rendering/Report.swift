import Foundation

/// Everything a report shows, read once from the leaderboard.
public struct Report: Sendable {
    public var databasePath: String
    public var schemaVersion: String
    public var bootstrap: Bootstrap
    /// The selected runs, oldest first, with their episodes.
    public var runs: [RunEpisodes]
    /// Every run listed (`allRuns`), each table's agents ranked by their latest run.
    public var tables: [StandingsTable]
    public var suites: Breakdown
    public var templates: Breakdown
    /// Each run's traits per metric (induced metrics and step criteria).
    public var traits: [TraitSummary]
    /// The stored metric sets with their coverage and redundancy.
    public var metricSets: [MetricSetRecord]
    /// Feedback by episode id.
    public var feedback: [Int64: [FeedbackRecord]]

    public init(databasePath: String, schemaVersion: String, runs: [RunEpisodes], bootstrap: Bootstrap = Bootstrap(),
                metricSets: [MetricSetRecord] = [], feedback: [FeedbackRecord] = []) {
        self.databasePath = databasePath
        self.schemaVersion = schemaVersion
        self.bootstrap = bootstrap
        self.runs = runs
        tables = Standings.tables(runs, allRuns: true, bootstrap: bootstrap)
        suites = Breakdown(.suite, tables: tables, runs: runs, bootstrap: bootstrap)
        templates = Breakdown(.template, tables: tables, runs: runs, bootstrap: bootstrap)
        traits = TraitSummary.rows(runs, bootstrap: bootstrap)
        self.metricSets = metricSets
        self.feedback = Dictionary(grouping: feedback, by: \.episodeID)
    }

    /// Reads the given runs (all when empty) from `leaderboard`.
    public init(leaderboard: Leaderboard, runIDs: [String] = [], bootstrap: Bootstrap = Bootstrap()) throws {
        self.init(
            databasePath: leaderboard.path, schemaVersion: try leaderboard.schemaVersion() ?? "none",
            runs: try leaderboard.runEpisodes(ids: runIDs), bootstrap: bootstrap, metricSets: try leaderboard.metricSets(),
            feedback: try leaderboard.feedback(runIDs: runIDs))
    }
}

/// A run's provenance as labelled fields, shared by the Markdown and HTML renderers.
enum ReportProvenance {
    static func fields(_ r: RunRecord) -> [(String, String)] {
        [
            ("run id", r.id),
            ("name", r.name),
            ("status", r.status.rawValue),
            ("agent", r.agentLabel),
            ("agent command", r.agentCommand),
            ("agent sha256", r.agentSHA256),
            ("harness version", r.harnessVersion),
            ("suites", r.suites.map { "\($0.name) \($0.version) sha256:\($0.checksum)" }.joined(separator: "; ")),
            ("seed", String(r.seed)),
            ("epochs", String(r.epochs)),
            ("network mode", r.networkMode),
            ("mode", r.mode == .stream ? "stream (one agent process, outcomes revealed after each episode)" : "episode"),
            ("machine", "\(r.machine.hostname), \(r.machine.cores) cores, \(r.machine.os)"),
            ("started", Timestamp.format(r.startedAt)),
            ("finished", r.finishedAt.map(Timestamp.format) ?? "–"),
            ("configuration", r.configurationJSON),
        ]
    }
}
