import Digest
import Foundation
import Vocabulary

/// An episode checked and made ready for insertion: observation hashes and JSON are
/// computed before the write lock is taken, because the writer is shared by every
/// concurrent episode.
struct PreparedEpisode: Sendable {
    let episode: EpisodeRecord
    let steps: [(step: StepRecord, hash: String)]
    let checkerJSON: String
    let keyNodesJSON: String
    let stateDiffJSON: String?
    /// Each distinct observation text with its hash, in hash order.
    let observations: [(hash: String, text: String)]

    init(episode: EpisodeRecord, steps: [StepRecord]) throws {
        try Self.validate(episode)
        self.episode = episode
        self.steps = steps.map { (step: $0, hash: SHA256.hex($0.observation)) }
        var texts: [String: String] = [:]
        for (step, hash) in self.steps { texts[hash] = step.observation }
        observations = texts.keys.sorted().map { (hash: $0, text: texts[$0] ?? "") }
        checkerJSON = try Leaderboard.encodeJSON(episode.checkerResults)
        keyNodesJSON = try Leaderboard.encodeJSON(episode.keyNodes)
        stateDiffJSON = try episode.stateDiff.map(Leaderboard.encodeJSON)
    }

    /// Inserts everything; the caller's `write` makes it one transaction. Observations go
    /// first, each text once and in hash order, so that concurrent writers sharing texts
    /// take their row locks in one order (PostgreSQL would otherwise deadlock them).
    func insert(_ db: any SQLSession) throws -> Int64 {
        guard try db.row("SELECT 1 AS found FROM runs WHERE id = ?", [episode.runID]) != nil else {
            throw LeaderboardError.unknownRun(id: episode.runID)
        }
        guard let inserted = try db.row(
            """
            INSERT INTO episodes (run_id, task_id, suite, template, split, revision, task_checksum, seed, epoch,
                attempt, status, score, progress, steps, wall_ms, input_tokens, output_tokens, cost_usd,
                answer_status, answer_value, reason, stderr_tail, final_url, checker_results_json, recorded_at,
                stream_index, agent_process, goal, key_nodes_json, state_diff_json, step_limit)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING id
            """,
            [
                episode.runID, episode.taskID, episode.suite, episode.template, episode.split, episode.revision,
                episode.taskChecksum, Int64(bitPattern: episode.seed), episode.epoch, episode.attempt,
                episode.status.rawValue, episode.score, episode.progress, episode.steps, episode.wallMilliseconds,
                episode.inputTokens, episode.outputTokens, episode.costUSD, episode.answer?.status.rawValue,
                episode.answer?.text, episode.reason, episode.stderrTail, episode.finalURL, checkerJSON,
                Timestamp.format(Date()), episode.streamIndex, episode.agentProcess, episode.goal, keyNodesJSON,
                stateDiffJSON, episode.stepLimit,
            ])
        else { throw LeaderboardError.invalidRecord(field: "episode", reason: "the insert returned no id") }
        let episodeID: Int64 = try inserted["id"]
        try db.execute(
            "INSERT INTO episode_artifacts (episode_id, final_state, request_log_json) VALUES (?, ?, ?)",
            [episodeID, episode.finalState, episode.requestLogJSON])
        for name in episode.metrics.keys.sorted() {
            try db.execute("INSERT INTO episode_metrics (episode_id, name, value) VALUES (?, ?, ?)", [episodeID, name, episode.metrics[name]])
        }
        try TraitRows.insert(episode.traits, episodeID: episodeID, db)
        for (hash, text) in observations {
            try db.execute("INSERT INTO observations (hash, text) VALUES (?, ?) ON CONFLICT (hash) DO NOTHING", [hash, text])
        }
        for (step, hash) in steps {
            try db.execute(
                """
                INSERT INTO steps (episode_id, idx, observation_hash, action, thought, error, latency_us, url)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [episodeID, step.index, hash, step.action, step.thought, step.error, step.latencyMicroseconds, step.url])
        }
        return episodeID
    }

    private static func validate(_ e: EpisodeRecord) throws {
        func unit(_ value: Double?, _ field: String) throws {
            guard let value else { return }
            guard value.isFinite, value >= 0, value <= 1 else {
                throw LeaderboardError.invalidRecord(field: "episode.\(field)", reason: "must be in [0, 1], got \(value)")
            }
        }
        try unit(e.score, "score")
        try unit(e.progress, "progress")
        if e.attempt < 1 { throw LeaderboardError.invalidRecord(field: "episode.attempt", reason: "must be at least 1, got \(e.attempt)") }
        if e.epoch < 0 { throw LeaderboardError.invalidRecord(field: "episode.epoch", reason: "must not be negative, got \(e.epoch)") }
        if let index = e.streamIndex, index < 0 {
            throw LeaderboardError.invalidRecord(field: "episode.stream_index", reason: "must not be negative, got \(index)")
        }
        if let process = e.agentProcess, process < 1 {
            throw LeaderboardError.invalidRecord(field: "episode.agent_process", reason: "must be at least 1, got \(process)")
        }
        if let limit = e.stepLimit, limit < 1 {
            throw LeaderboardError.invalidRecord(field: "episode.step_limit", reason: "must be at least 1, got \(limit)")
        }
        if e.steps < 0 { throw LeaderboardError.invalidRecord(field: "episode.steps", reason: "must not be negative, got \(e.steps)") }
        if let cost = e.costUSD, !cost.isFinite || cost < 0 {
            throw LeaderboardError.invalidRecord(field: "episode.cost_usd", reason: "must be a finite amount ≥ 0, got \(cost)")
        }
        for trait in e.traits {
            try TraitRows.validate(trait)
        }
        for name in e.metrics.keys.sorted() where !(e.metrics[name] ?? 0).isFinite {
            throw LeaderboardError.invalidRecord(field: "episode.metrics.\(name)", reason: "must be finite, got \(e.metrics[name] ?? 0)")
        }
    }
}
