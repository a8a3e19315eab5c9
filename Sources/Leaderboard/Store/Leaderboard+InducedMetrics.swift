import Digest
import Foundation
import GRDB

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
        let added = try pool.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM episodes WHERE id = ?", arguments: [episodeID]) == true else {
                throw LeaderboardError.unknownEpisode(id: episodeID)
            }
            try db.execute(
                sql: "INSERT INTO feedback (id, episode_id, author, text, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                arguments: [id, episodeID, author, trimmed, Timestamp.format(date)])
            return db.changesCount > 0
        }
        return (record, added)
    }

    /// Feedback on the episodes of the given runs (every run when empty), by episode, then time.
    public func feedback(runIDs: [String] = []) throws -> [FeedbackRecord] {
        let filter = runIDs.isEmpty ? "" : "WHERE e.run_id IN (\(runIDs.map { _ in "?" }.joined(separator: ", ")))"
        return try pool.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT f.* FROM feedback f JOIN episodes e ON e.id = f.episode_id \(filter) ORDER BY f.episode_id, f.created_at, f.id",
                arguments: StatementArguments(runIDs)
            ).map(Self.feedback(from:))
        }
    }

    /// Feedback on one episode, oldest first.
    public func feedback(episodeID: Int64) throws -> [FeedbackRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM feedback WHERE episode_id = ? ORDER BY created_at, id", arguments: [episodeID])
                .map(Self.feedback(from:))
        }
    }

    private static func feedback(from row: Row) throws -> FeedbackRecord {
        let created: String = row["created_at"]
        guard let date = Timestamp.parse(created) else {
            throw LeaderboardError.corruptRow(table: "feedback", field: "created_at", value: created)
        }
        return FeedbackRecord(id: row["id"], episodeID: row["episode_id"], author: row["author"], text: row["text"], createdAt: date)
    }

    /// The episode a feedback file names: `run` is a run id, or else the name of the latest
    /// run called so; the episode is the task's last attempt at `epoch`.
    public func episodeID(run: String, taskID: String, epoch: Int) throws -> Int64 {
        try pool.read { db in
            let runID = try String.fetchOne(db, sql: "SELECT id FROM runs WHERE id = ?", arguments: [run])
                ?? String.fetchOne(db, sql: "SELECT id FROM runs WHERE name = ? ORDER BY started_at DESC, id DESC LIMIT 1", arguments: [run])
            guard let runID else { throw LeaderboardError.unknownRun(id: run) }
            guard let id = try Int64.fetchOne(
                db, sql: "SELECT id FROM episodes WHERE run_id = ? AND task_id = ? AND epoch = ? ORDER BY attempt DESC LIMIT 1",
                arguments: [runID, taskID, epoch])
            else {
                throw LeaderboardError.invalidRecord(field: "episode", reason: "run \(runID) has no episode of task \(taskID) at epoch \(epoch)")
            }
            return id
        }
    }

    // MARK: Metric sets

    /// The version a new metric set called `name` gets: one more than the latest.
    public func nextMetricSetVersion(name: String) throws -> Int {
        try pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT max(version) FROM metric_sets WHERE name = ?", arguments: [name]) ?? 0) + 1
        }
    }

    public func saveMetricSet(_ set: MetricSetRecord) throws {
        guard set.version >= 1 else {
            throw LeaderboardError.invalidRecord(field: "metric_set.version", reason: "must be at least 1, got \(set.version)")
        }
        try pool.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM metric_sets WHERE name = ? AND version = ?", arguments: [set.name, set.version]) == true {
                throw LeaderboardError.invalidRecord(field: "metric_set", reason: "\(set.label) is already stored")
            }
            try db.execute(
                sql: """
                    INSERT INTO metric_sets (name, version, judge, set_json, coverage, redundancy, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [set.name, set.version, set.judge, set.json, set.coverage, set.redundancy, Timestamp.format(set.createdAt)])
        }
    }

    /// Stores a metric set's coverage and redundancy (from `gauntlet metrics evaluate`).
    public func setMetaEvaluation(name: String, version: Int, coverage: Double, redundancy: Double) throws {
        try pool.write { db in
            try db.execute(
                sql: "UPDATE metric_sets SET coverage = ?, redundancy = ? WHERE name = ? AND version = ?",
                arguments: [coverage, redundancy, name, version])
            if db.changesCount == 0 { throw LeaderboardError.unknownMetricSet(label: "\(name)@\(version)") }
        }
    }

    /// Every stored metric set, by name then version.
    public func metricSets() throws -> [MetricSetRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM metric_sets ORDER BY name, version").map(Self.metricSet(from:))
        }
    }

    /// A metric set by name, at `version` or else its latest.
    public func metricSet(name: String, version: Int? = nil) throws -> MetricSetRecord {
        let label = version.map { "\(name)@\($0)" } ?? name
        return try pool.read { db in
            let row = try version.map {
                try Row.fetchOne(db, sql: "SELECT * FROM metric_sets WHERE name = ? AND version = ?", arguments: [name, $0])
            } ?? Row.fetchOne(db, sql: "SELECT * FROM metric_sets WHERE name = ? ORDER BY version DESC LIMIT 1", arguments: [name])
            guard let row else { throw LeaderboardError.unknownMetricSet(label: label) }
            return try Self.metricSet(from: row)
        }
    }

    private static func metricSet(from row: Row) throws -> MetricSetRecord {
        let created: String = row["created_at"]
        guard let date = Timestamp.parse(created) else {
            throw LeaderboardError.corruptRow(table: "metric_sets", field: "created_at", value: created)
        }
        return MetricSetRecord(
            name: row["name"], version: row["version"], judge: row["judge"], json: row["set_json"], coverage: row["coverage"],
            redundancy: row["redundancy"], createdAt: date)
    }

    // MARK: Traits

    /// Stores traits of one episode, replacing earlier traits of the same set, version and metric.
    public func recordTraits(_ traits: [TraitRecord], episodeID: Int64) throws {
        try pool.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM episodes WHERE id = ?", arguments: [episodeID]) == true else {
                throw LeaderboardError.unknownEpisode(id: episodeID)
            }
            try TraitRows.insert(traits, episodeID: episodeID, db)
        }
    }

    /// The traits of one version of a metric set, by episode id.
    public func traits(metricSet: String, version: Int) throws -> [Int64: [TraitRecord]] {
        try pool.read { db in
            try TraitRows.read(db, whereSQL: "t.metric_set = ? AND t.set_version = ?", arguments: [metricSet, version])
        }
    }

    // MARK: Judge calls

    /// A judge's stored answer for this content hash, if any.
    public func cachedJudgeResponse(key: String) throws -> String? {
        try pool.read { db in
            try String.fetchOne(db, sql: "SELECT response_json FROM judge_cache WHERE cache_key = ?", arguments: [key])
        }
    }

    /// Keeps a judge's valid answer, so asking the same again costs nothing.
    public func storeJudgeResponse(key: String, judge: String, response: String) throws {
        try pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO judge_cache (cache_key, judge, response_json, created_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (cache_key) DO NOTHING
                    """,
                arguments: [key, judge, response, Timestamp.format(Date())])
        }
    }

    public func recordJudgeCall(_ call: JudgeCallRecord) throws {
        try pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO judge_calls (session, seq, purpose, judge, cache_key, cached, attempts, input_tokens,
                        output_tokens, cost_usd, error, called_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    call.session, call.sequence, call.purpose, call.judge, call.cacheKey, call.cached ? 1 : 0, call.attempts,
                    call.inputTokens, call.outputTokens, call.costUSD, call.error, Timestamp.format(Date()),
                ])
        }
    }

    /// The sessions that called a judge, oldest first.
    public func judgeSessions() throws -> [String] {
        try pool.read { db in
            try String.fetchAll(db, sql: "SELECT session FROM judge_calls GROUP BY session ORDER BY min(called_at), session")
        }
    }

    /// The calls of one session in order.
    public func judgeCalls(session: String) throws -> [JudgeCallRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM judge_calls WHERE session = ? ORDER BY seq", arguments: [session]).map { row in
                let cached: Int = row["cached"]
                return JudgeCallRecord(
                    session: row["session"], sequence: row["seq"], purpose: row["purpose"], judge: row["judge"],
                    cacheKey: row["cache_key"], cached: cached == 1, attempts: row["attempts"], inputTokens: row["input_tokens"],
                    outputTokens: row["output_tokens"], costUSD: row["cost_usd"], error: row["error"])
            }
        }
    }
}
