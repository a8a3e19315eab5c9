import Foundation

/// Traits as rows of `episode_traits`: written with an episode (the rule judges) or later
/// (`gauntlet metrics judge`, which replaces the same metric's earlier trait), and read
/// back with episodes.
enum TraitRows {
    static func validate(_ trait: TraitRecord) throws {
        let field = "trait.\(trait.metricSet)@\(trait.setVersion).\(trait.metric)"
        if let rating = trait.rating, !(-1...1).contains(rating) {
            throw LeaderboardError.invalidRecord(field: field + ".rating", reason: "must be -1, 0 or 1, got \(rating)")
        }
        if (trait.rating == nil) == (trait.error == nil) {
            throw LeaderboardError.invalidRecord(field: field, reason: "needs exactly one of a rating and an error")
        }
        if trait.metric.isEmpty || trait.metricSet.isEmpty {
            throw LeaderboardError.invalidRecord(field: field, reason: "metric and metric set must not be empty")
        }
    }

    static func insert(_ traits: [TraitRecord], episodeID: Int64, _ db: any SQLSession) throws {
        for trait in traits {
            try validate(trait)
            try db.execute(
                """
                INSERT INTO episode_traits (episode_id, metric_set, set_version, metric, judge, rating, reasoning, steps_json, error)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (episode_id, metric_set, set_version, metric) DO UPDATE SET
                    judge = excluded.judge, rating = excluded.rating, reasoning = excluded.reasoning,
                    steps_json = excluded.steps_json, error = excluded.error
                """,
                [
                    episodeID, trait.metricSet, trait.setVersion, trait.metric, trait.judge, trait.rating, trait.reasoning,
                    try Leaderboard.encodeJSON(trait.steps), trait.error,
                ])
        }
    }

    /// Traits by episode id, each episode's in (set, version, metric) order.
    static func read(_ db: any SQLSession, whereSQL: String, arguments: [any SQLArgument]) throws -> [Int64: [TraitRecord]] {
        let rows = try db.rows(
            """
            SELECT t.* FROM episode_traits t JOIN episodes e ON e.id = t.episode_id WHERE \(whereSQL)
            ORDER BY t.episode_id, t.metric_set, t.set_version, t.metric
            """,
            arguments)
        var out: [Int64: [TraitRecord]] = [:]
        for row in rows {
            let stepsText: String = try row["steps_json"]
            guard let steps = try? JSONDecoder().decode([Int].self, from: Data(stepsText.utf8)) else {
                throw LeaderboardError.corruptRow(table: "episode_traits", field: "steps_json", value: String(stepsText.prefix(80)))
            }
            let episodeID: Int64 = try row["episode_id"]
            out[episodeID, default: []].append(TraitRecord(
                metricSet: try row["metric_set"], setVersion: try row["set_version"], metric: try row["metric"],
                judge: try row["judge"], rating: try row["rating"], reasoning: try row["reasoning"], steps: steps,
                error: try row["error"]))
        }
        return out
    }
}
