import Digest
import Foundation

/// Feedback, metric sets, traits and judge calls (migration v5-induced-metrics).
extension Leaderboard {
    // MARK: Feedback

    /// Stores a person's feedback on an episode. The same episode, author and text twice
    /// is stored once; `added` says whether this call stored it.
    @discardableResult
    public func addFeedback(episodeID: Int64, author: String, text: String, at date: Date = Date()) throws -> (record: FeedbackRecord, added: Bool) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw LeaderboardError.invalidRecord(field: "feedback.text", reason: "must not be empty") }
        let author = author.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !author.isEmpty else { throw LeaderboardError.invalidRecord(field: "feedback.author", reason: "must not be empty") }
        let id = SHA256.hex("\(episodeID)\u{0}\(author)\u{0}\(trimmed)")
        let record = FeedbackRecord(id: id, episodeID: episodeID, author: author, text: trimmed, createdAt: date)
        let added = try store.write { db in
            try Self.requireEpisode(episodeID, db)
            return try db.execute(
                "INSERT INTO feedback (id, episode_id, author, text, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                [id, episodeID, author, trimmed, Timestamp.format(date)]) > 0
        }
        return (record, added)
    }

    /// Feedback on the episodes of the given runs (every run when empty), by episode, then time.
    public func feedback(runIDs: [String] = []) throws -> [FeedbackRecord] {
        let filter = runIDs.isEmpty ? "" : "WHERE e.run_id IN (\(runIDs.map { _ in "?" }.joined(separator: ", ")))"
        return try store.read { db in
            try db.rows(
                "SELECT f.* FROM feedback f JOIN episodes e ON e.id = f.episode_id \(filter) ORDER BY f.episode_id, f.created_at, f.id",
                runIDs
            ).map(Self.feedback(from:))
        }
    }

    /// Feedback on one episode, oldest first.
    public func feedback(episodeID: Int64) throws -> [FeedbackRecord] {
        try store.read { db in
            try db.rows("SELECT * FROM feedback WHERE episode_id = ? ORDER BY created_at, id", [episodeID]).map(Self.feedback(from:))
        }
    }

    private static func feedback(from row: SQLRow) throws -> FeedbackRecord {
        let created: String = try row["created_at"]
        guard let date = Timestamp.parse(created) else {
            throw LeaderboardError.corruptRow(table: "feedback", field: "created_at", value: created)
        }
        return FeedbackRecord(
            id: try row["id"], episodeID: try row["episode_id"], author: try row["author"], text: try row["text"], createdAt: date)
    }

    /// The episode a feedback file names: `run` is a run id, or else the name of the latest
    /// run called so; the episode is the task's last attempt at `epoch`.
    public func episodeID(run: String, taskID: String, epoch: Int) throws -> Int64 {
        try store.read { db in
            let runRow = try db.row("SELECT id FROM runs WHERE id = ?", [run])
                ?? db.row("SELECT id FROM runs WHERE name = ? ORDER BY started_at DESC, id DESC LIMIT 1", [run])
            guard let runRow else { throw LeaderboardError.unknownRun(id: run) }
            let runID: String = try runRow["id"]
            guard let episode = try db.row(
                "SELECT id FROM episodes WHERE run_id = ? AND task_id = ? AND epoch = ? ORDER BY attempt DESC LIMIT 1",
                [runID, taskID, epoch])
            else {
                throw LeaderboardError.invalidRecord(field: "episode", reason: "run \(runID) has no episode of task \(taskID) at epoch \(epoch)")
            }
            return try episode["id"]
        }
    }

    private static func requireEpisode(_ episodeID: Int64, _ db: any SQLSession) throws {
        guard try db.row("SELECT 1 AS found FROM episodes WHERE id = ?", [episodeID]) != nil else {
            throw LeaderboardError.unknownEpisode(id: episodeID)
        }
    }

    // MARK: Metric sets

    /// The version a new metric set called `name` gets: one more than the latest.
    public func nextMetricSetVersion(name: String) throws -> Int {
        try store.read { db in
            let latest: Int? = try db.row("SELECT max(version) AS latest FROM metric_sets WHERE name = ?", [name])?["latest"]
            return (latest ?? 0) + 1
        }
    }

    public func saveMetricSet(_ set: MetricSetRecord) throws {
        guard set.version >= 1 else {
            throw LeaderboardError.invalidRecord(field: "metric_set.version", reason: "must be at least 1, got \(set.version)")
        }
        try store.write { db in
            if try db.row("SELECT 1 AS found FROM metric_sets WHERE name = ? AND version = ?", [set.name, set.version]) != nil {
                throw LeaderboardError.invalidRecord(field: "metric_set", reason: "\(set.label) is already stored")
            }
            try db.execute(
                """
                INSERT INTO metric_sets (name, version, judge, set_json, coverage, redundancy, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                [set.name, set.version, set.judge, set.json, set.coverage, set.redundancy, Timestamp.format(set.createdAt)])
        }
    }

    /// Stores a metric set's coverage and redundancy (from `gauntlet metrics evaluate`).
    public func setMetaEvaluation(name: String, version: Int, coverage: Double, redundancy: Double) throws {
        try store.write { db in
            let changed = try db.execute(
                "UPDATE metric_sets SET coverage = ?, redundancy = ? WHERE name = ? AND version = ?", [coverage, redundancy, name, version])
            if changed == 0 { throw LeaderboardError.unknownMetricSet(label: "\(name)@\(version)") }
        }
    }

    /// Every stored metric set, by name then version.
    public func metricSets() throws -> [MetricSetRecord] {
        try store.read { db in
            try db.rows("SELECT * FROM metric_sets ORDER BY name, version", []).map(Self.metricSet(from:))
        }
    }

    /// A metric set by name, at `version` or else its latest.
    public func metricSet(name: String, version: Int? = nil) throws -> MetricSetRecord {
        let label = version.map { "\(name)@\($0)" } ?? name
        return try store.read { db in
            let row = try version.map { try db.row("SELECT * FROM metric_sets WHERE name = ? AND version = ?", [name, $0]) }
                ?? db.row("SELECT * FROM metric_sets WHERE name = ? ORDER BY version DESC LIMIT 1", [name])
            guard let row else { throw LeaderboardError.unknownMetricSet(label: label) }
            return try Self.metricSet(from: row)
        }
    }

    private static func metricSet(from row: SQLRow) throws -> MetricSetRecord {
        let created: String = try row["created_at"]
        guard let date = Timestamp.parse(created) else {
            throw LeaderboardError.corruptRow(table: "metric_sets", field: "created_at", value: created)
        }
        return MetricSetRecord(
            name: try row["name"], version: try row["version"], judge: try row["judge"], json: try row["set_json"],
            coverage: try row["coverage"], redundancy: try row["redundancy"], createdAt: date)
    }

    // MARK: Traits

    /// Stores traits of one episode, replacing earlier traits of the same set, version and metric.
    public func recordTraits(_ traits: [TraitRecord], episodeID: Int64) throws {
        try store.write { db in
            try Self.requireEpisode(episodeID, db)
            try TraitRows.insert(traits, episodeID: episodeID, db)
        }
    }

    /// The traits of one version of a metric set, by episode id.
    public func traits(metricSet: String, version: Int) throws -> [Int64: [TraitRecord]] {
        try store.read { db in
            try TraitRows.read(db, whereSQL: "t.metric_set = ? AND t.set_version = ?", arguments: [metricSet, version])
        }
    }

    // MARK: Judge calls

    /// A judge's stored answer for this content hash, if any.
    public func cachedJudgeResponse(key: String) throws -> String? {
        try store.read { db in
            try db.row("SELECT response_json FROM judge_cache WHERE cache_key = ?", [key])?["response_json"]
        }
    }

    /// Keeps a judge's valid answer, so asking the same again costs nothing.
    public func storeJudgeResponse(key: String, judge: String, response: String) throws {
        try store.write { db in
            try db.execute(
                """
                INSERT INTO judge_cache (cache_key, judge, response_json, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (cache_key) DO NOTHING
                """,
                [key, judge, response, Timestamp.format(Date())])
        }
    }

    public func recordJudgeCall(_ call: JudgeCallRecord) throws {
        try store.write { db in
            try db.execute(
                """
                INSERT INTO judge_calls (session, seq, purpose, judge, cache_key, cached, attempts, input_tokens,
                    output_tokens, cost_usd, error, called_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    call.session, call.sequence, call.purpose, call.judge, call.cacheKey, call.cached ? 1 : 0, call.attempts,
                    call.inputTokens, call.outputTokens, call.costUSD, call.error, Timestamp.format(Date()),
                ])
        }
    }

    /// The sessions that called a judge, oldest first.
    public func judgeSessions() throws -> [String] {
        try store.read { db in
            try db.rows("SELECT session FROM judge_calls GROUP BY session ORDER BY min(called_at), session", []).map { try $0["session"] }
        }
    }

    /// The calls of one session in order.
    public func judgeCalls(session: String) throws -> [JudgeCallRecord] {
        try store.read { db in
            try db.rows("SELECT * FROM judge_calls WHERE session = ? ORDER BY seq", [session]).map { row in
                let cached: Int = try row["cached"]
                return JudgeCallRecord(
                    session: try row["session"], sequence: try row["seq"], purpose: try row["purpose"], judge: try row["judge"],
                    cacheKey: try row["cache_key"], cached: cached == 1, attempts: try row["attempts"],
                    inputTokens: try row["input_tokens"], outputTokens: try row["output_tokens"], costUSD: try row["cost_usd"],
                    error: try row["error"])
            }
        }
    }
}
