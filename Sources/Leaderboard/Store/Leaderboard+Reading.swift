import Foundation
import GRDB
import Vocabulary

extension Leaderboard {
    /// The episodes of a run that need no re-running: every (task, epoch, seed) with
    /// an attempt that ended in anything but `sandbox_error`. A resumed run runs exactly
    /// the keys it planned minus these, so finished work is never thrown away and an
    /// infrastructure failure is tried again.
    public func completedEpisodes(runID: String) throws -> Set<EpisodeKey> {
        try pool.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT DISTINCT task_id, epoch, seed FROM episodes WHERE run_id = ? AND status <> 'sandbox_error'",
                arguments: [runID])
            return Set(rows.map { row in
                let seed: Int64 = row["seed"]
                return EpisodeKey(taskID: row["task_id"], epoch: row["epoch"], seed: UInt64(bitPattern: seed))
            })
        }
    }

    /// Every run, oldest first.
    public func runs() throws -> [RunRecord] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM runs ORDER BY started_at, id")
            return try rows.map { try Self.run(from: $0, db: db) }
        }
    }

    public func run(id: String) throws -> RunRecord {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM runs WHERE id = ?", arguments: [id]) else {
                throw LeaderboardError.unknownRun(id: id)
            }
            return try Self.run(from: row, db: db)
        }
    }

    /// A run's episodes in (task, epoch, seed, attempt) order, with checker results and
    /// metrics but without the large artifacts (final state, request log); see `episode(id:)`.
    public func episodes(runID: String) throws -> [StoredEpisode] {
        try pool.read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM episodes WHERE run_id = ? ORDER BY task_id, epoch, seed, attempt", arguments: [runID])
            let metricRows = try Row.fetchAll(
                db,
                sql: """
                    SELECT m.episode_id, m.name, m.value FROM episode_metrics m JOIN episodes e ON e.id = m.episode_id
                    WHERE e.run_id = ? ORDER BY m.episode_id, m.name
                    """,
                arguments: [runID])
            var metrics: [Int64: [String: Double]] = [:]
            for row in metricRows {
                let episodeID: Int64 = row["episode_id"]
                let name: String = row["name"]
                let value: Double = row["value"]
                metrics[episodeID, default: [:]][name] = value
            }
            let traits = try TraitRows.read(db, whereSQL: "e.run_id = ?", arguments: [runID])
            return try rows.map { row in
                let id: Int64 = row["id"]
                var episode = try Self.episode(from: row)
                episode.metrics = metrics[id] ?? [:]
                episode.traits = traits[id] ?? []
                return StoredEpisode(id: id, record: episode)
            }
        }
    }

    /// One episode with everything stored for it: the final state snapshot and request
    /// log included, for re-scoring.
    public func episode(id: Int64) throws -> StoredEpisode? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM episodes WHERE id = ?", arguments: [id]) else {
                return nil
            }
            var episode = try Self.episode(from: row)
            if let artifacts = try Row.fetchOne(
                db, sql: "SELECT final_state, request_log_json FROM episode_artifacts WHERE episode_id = ?", arguments: [id])
            {
                episode.finalState = artifacts["final_state"]
                episode.requestLogJSON = artifacts["request_log_json"]
            }
            let metricRows = try Row.fetchAll(
                db, sql: "SELECT name, value FROM episode_metrics WHERE episode_id = ? ORDER BY name", arguments: [id])
            for m in metricRows {
                let name: String = m["name"]
                let value: Double = m["value"]
                episode.metrics[name] = value
            }
            episode.traits = try TraitRows.read(db, whereSQL: "e.id = ?", arguments: [id])[id] ?? []
            return StoredEpisode(id: id, record: episode)
        }
    }

    /// An episode's steps in order, with their observation texts.
    public func steps(episodeID: Int64) throws -> [StepRecord] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.idx, o.text, s.action, s.thought, s.error, s.latency_us, s.url
                    FROM steps s JOIN observations o ON o.hash = s.observation_hash
                    WHERE s.episode_id = ? ORDER BY s.idx
                    """,
                arguments: [episodeID]
            ).map { row in
                StepRecord(
                    index: row["idx"], observation: row["text"], action: row["action"], thought: row["thought"],
                    error: row["error"], latencyMicroseconds: row["latency_us"], url: row["url"])
            }
        }
    }

    /// How many distinct observation texts are stored.
    public func observationCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM observations") ?? 0 }
    }

    static func run(from row: Row, db: Database) throws -> RunRecord {
        let id: String = row["id"]
        let suites = try Row.fetchAll(
            db, sql: "SELECT suite, version, checksum FROM run_suites WHERE run_id = ? ORDER BY suite", arguments: [id]
        ).map { SuiteReference(name: $0["suite"], version: $0["version"], checksum: $0["checksum"]) }
        let statusText: String = row["status"]
        guard let status = RunStatus(rawValue: statusText) else {
            throw LeaderboardError.corruptRow(table: "runs", field: "status", value: statusText)
        }
        let startedText: String = row["started_at"]
        guard let startedAt = Timestamp.parse(startedText) else {
            throw LeaderboardError.corruptRow(table: "runs", field: "started_at", value: startedText)
        }
        let finishedText: String? = row["finished_at"]
        let modeText: String = row["mode"]
        guard let mode = SessionMode(rawValue: modeText) else {
            throw LeaderboardError.corruptRow(table: "runs", field: "mode", value: modeText)
        }
        return RunRecord(
            id: id, name: row["name"], agentCommand: row["agent_command"], agentName: row["agent_name"],
            agentVersion: row["agent_version"], agentSHA256: row["agent_sha256"], harnessVersion: row["harness_version"],
            suites: suites, configurationJSON: row["config_json"], seed: UInt64(bitPattern: row["seed"] as Int64),
            epochs: row["epochs"], networkMode: row["network_mode"],
            machine: MachineInfo(hostname: row["machine_hostname"], cores: row["machine_cores"], os: row["machine_os"]),
            startedAt: startedAt, finishedAt: finishedText.flatMap(Timestamp.parse), status: status, mode: mode)
    }

    static func episode(from row: Row) throws -> EpisodeRecord {
        let statusText: String = row["status"]
        guard let status = EpisodeStatus(rawValue: statusText) else {
            throw LeaderboardError.corruptRow(table: "episodes", field: "status", value: statusText)
        }
        let checkers = try decode([CheckerResultRecord].self, row, "checker_results_json") ?? []
        let keyNodes = try decode([KeyNodeRecord].self, row, "key_nodes_json") ?? []
        let stateDiff = try decode(StateDiff.self, row, "state_diff_json")
        let answerStatus: String? = row["answer_status"]
        let answerValue: String? = row["answer_value"]
        // Stored as its text; read back as a string, whose text is the same.
        let answer = try answerStatus.map { text in
            do {
                return Answer(status: try AnswerStatus(validating: text), value: .string(answerValue ?? ""))
            } catch {
                throw LeaderboardError.corruptRow(table: "episodes", field: "answer_status", value: text)
            }
        }
        return EpisodeRecord(
            runID: row["run_id"], taskID: row["task_id"], suite: row["suite"], template: row["template"],
            split: row["split"], revision: row["revision"], taskChecksum: row["task_checksum"],
            seed: UInt64(bitPattern: row["seed"] as Int64), epoch: row["epoch"], attempt: row["attempt"], status: status,
            score: row["score"], progress: row["progress"], steps: row["steps"], wallMilliseconds: row["wall_ms"],
            inputTokens: row["input_tokens"], outputTokens: row["output_tokens"], costUSD: row["cost_usd"],
            answer: answer, reason: row["reason"],
            stderrTail: row["stderr_tail"], finalURL: row["final_url"], finalState: nil, requestLogJSON: "",
            checkerResults: checkers, streamIndex: row["stream_index"], agentProcess: row["agent_process"],
            goal: row["goal"], keyNodes: keyNodes, stateDiff: stateDiff, stepLimit: row["step_limit"])
    }

    /// A JSON column of `episodes`, nil when NULL (the v3 columns of episodes recorded before them).
    private static func decode<T: Decodable>(_ type: T.Type, _ row: Row, _ column: String) throws -> T? {
        guard let text: String = row[column] else { return nil }
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw LeaderboardError.corruptRow(table: "episodes", field: column, value: String(text.prefix(80)))
        }
    }
}

extension Leaderboard {
    /// Runs with their episodes (without artifacts): all runs, or the given ids in that order.
    public func runEpisodes(ids: [String] = []) throws -> [RunEpisodes] {
        let runs = try ids.isEmpty ? runs() : ids.map { try run(id: $0) }
        return try runs.map { RunEpisodes(run: $0, episodes: try episodes(runID: $0.id)) }
    }

    /// The leaderboard: one table per suite, split and task set (see `Standings`).
    public func standings(suite: String? = nil, allRuns: Bool = false, bootstrap: Bootstrap = Bootstrap()) throws -> [StandingsTable] {
        Standings.tables(try runEpisodes(), suite: suite, allRuns: allRuns, bootstrap: bootstrap)
    }
}
