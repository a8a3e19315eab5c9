import Foundation
import Vocabulary

extension Leaderboard {
    /// The episodes of a run that need no re-running: every (task, epoch, seed) with
    /// an attempt that ended in anything but `sandbox_error`. A resumed run runs exactly
    /// the keys it planned minus these, so finished work is never thrown away and an
    /// infrastructure failure is tried again.
    public func completedEpisodes(runID: String) throws -> Set<EpisodeKey> {
        try store.read { db in
            let rows = try db.rows(
                "SELECT DISTINCT task_id, epoch, seed FROM episodes WHERE run_id = ? AND status <> 'sandbox_error'", [runID])
            return Set(try rows.map { row in
                let seed: Int64 = try row["seed"]
                return EpisodeKey(taskID: try row["task_id"], epoch: try row["epoch"], seed: UInt64(bitPattern: seed))
            })
        }
    }

    /// Every run, oldest first.
    public func runs() throws -> [RunRecord] {
        try store.read { db in
            let rows = try db.rows("SELECT * FROM runs ORDER BY started_at, id", [])
            return try rows.map { try Self.run(from: $0, db: db) }
        }
    }

    public func run(id: String) throws -> RunRecord {
        try store.read { db in
            guard let row = try db.row("SELECT * FROM runs WHERE id = ?", [id]) else {
                throw LeaderboardError.unknownRun(id: id)
            }
            return try Self.run(from: row, db: db)
        }
    }

    /// A run's episodes in (task, epoch, seed, attempt) order, with checker results and
    /// metrics but without the large artifacts (final state, request log); see `episode(id:)`.
    public func episodes(runID: String) throws -> [StoredEpisode] {
        try store.read { db in
            let rows = try db.rows("SELECT * FROM episodes WHERE run_id = ? ORDER BY task_id, epoch, seed, attempt", [runID])
            let metricRows = try db.rows(
                """
                SELECT m.episode_id, m.name, m.value FROM episode_metrics m JOIN episodes e ON e.id = m.episode_id
                WHERE e.run_id = ? ORDER BY m.episode_id, m.name
                """,
                [runID])
            var metrics: [Int64: [String: Double]] = [:]
            for row in metricRows {
                let episodeID: Int64 = try row["episode_id"]
                let name: String = try row["name"]
                let value: Double = try row["value"]
                metrics[episodeID, default: [:]][name] = value
            }
            let traits = try TraitRows.read(db, whereSQL: "e.run_id = ?", arguments: [runID])
            return try rows.map { row in
                let id: Int64 = try row["id"]
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
        try store.read { db in
            guard let row = try db.row("SELECT * FROM episodes WHERE id = ?", [id]) else {
                return nil
            }
            var episode = try Self.episode(from: row)
            if let artifacts = try db.row("SELECT final_state, request_log_json FROM episode_artifacts WHERE episode_id = ?", [id]) {
                episode.finalState = try artifacts["final_state"]
                episode.requestLogJSON = try artifacts["request_log_json"]
            }
            let metricRows = try db.rows("SELECT name, value FROM episode_metrics WHERE episode_id = ? ORDER BY name", [id])
            for m in metricRows {
                let name: String = try m["name"]
                let value: Double = try m["value"]
                episode.metrics[name] = value
            }
            episode.traits = try TraitRows.read(db, whereSQL: "e.id = ?", arguments: [id])[id] ?? []
            return StoredEpisode(id: id, record: episode)
        }
    }

    /// An episode's steps in order, with their observation texts.
    public func steps(episodeID: Int64) throws -> [StepRecord] {
        try store.read { db in
            try db.rows(
                """
                SELECT s.idx, o.text, s.action, s.thought, s.error, s.latency_us, s.url
                FROM steps s JOIN observations o ON o.hash = s.observation_hash
                WHERE s.episode_id = ? ORDER BY s.idx
                """,
                [episodeID]
            ).map { row in
                StepRecord(
                    index: try row["idx"], observation: try row["text"], action: try row["action"], thought: try row["thought"],
                    error: try row["error"], latencyMicroseconds: try row["latency_us"], url: try row["url"])
            }
        }
    }

    /// How many distinct observation texts are stored.
    public func observationCount() throws -> Int {
        try store.read { db in try db.row("SELECT count(*) AS n FROM observations")?["n"] ?? 0 }
    }

    static func run(from row: SQLRow, db: any SQLSession) throws -> RunRecord {
        let id: String = try row["id"]
        let suites = try db.rows("SELECT suite, version, checksum FROM run_suites WHERE run_id = ? ORDER BY suite", [id])
            .map { SuiteReference(name: try $0["suite"], version: try $0["version"], checksum: try $0["checksum"]) }
        let statusText: String = try row["status"]
        guard let status = RunStatus(rawValue: statusText) else {
            throw LeaderboardError.corruptRow(table: "runs", field: "status", value: statusText)
        }
        let startedText: String = try row["started_at"]
        guard let startedAt = Timestamp.parse(startedText) else {
            throw LeaderboardError.corruptRow(table: "runs", field: "started_at", value: startedText)
        }
        let finishedText: String? = try row["finished_at"]
        let modeText: String = try row["mode"]
        guard let mode = SessionMode(rawValue: modeText) else {
            throw LeaderboardError.corruptRow(table: "runs", field: "mode", value: modeText)
        }
        return RunRecord(
            id: id, name: try row["name"], agentCommand: try row["agent_command"], agentName: try row["agent_name"],
            agentVersion: try row["agent_version"], agentSHA256: try row["agent_sha256"], harnessVersion: try row["harness_version"],
            suites: suites, configurationJSON: try row["config_json"], seed: UInt64(bitPattern: try row["seed"] as Int64),
            epochs: try row["epochs"], networkMode: try row["network_mode"],
            machine: MachineInfo(hostname: try row["machine_hostname"], cores: try row["machine_cores"], os: try row["machine_os"]),
            startedAt: startedAt, finishedAt: finishedText.flatMap(Timestamp.parse), status: status, mode: mode)
    }

    static func episode(from row: SQLRow) throws -> EpisodeRecord {
        let statusText: String = try row["status"]
        guard let status = EpisodeStatus(rawValue: statusText) else {
            throw LeaderboardError.corruptRow(table: "episodes", field: "status", value: statusText)
        }
        let checkers = try decode([CheckerResultRecord].self, row, "checker_results_json") ?? []
        let keyNodes = try decode([KeyNodeRecord].self, row, "key_nodes_json") ?? []
        let stateDiff = try decode(StateDiff.self, row, "state_diff_json")
        let answerStatus: String? = try row["answer_status"]
        let answerValue: String? = try row["answer_value"]
        // Stored as its text; read back as a string, whose text is the same.
        let answer = try answerStatus.map { text in
            do {
                return Answer(status: try AnswerStatus(validating: text), value: .string(answerValue ?? ""))
            } catch {
                throw LeaderboardError.corruptRow(table: "episodes", field: "answer_status", value: text)
            }
        }
        return EpisodeRecord(
            runID: try row["run_id"], taskID: try row["task_id"], suite: try row["suite"], template: try row["template"],
            split: try row["split"], revision: try row["revision"], taskChecksum: try row["task_checksum"],
            seed: UInt64(bitPattern: try row["seed"] as Int64), epoch: try row["epoch"], attempt: try row["attempt"], status: status,
            score: try row["score"], progress: try row["progress"], steps: try row["steps"], wallMilliseconds: try row["wall_ms"],
            inputTokens: try row["input_tokens"], outputTokens: try row["output_tokens"], costUSD: try row["cost_usd"],
            answer: answer, reason: try row["reason"],
            stderrTail: try row["stderr_tail"], finalURL: try row["final_url"], finalState: nil, requestLogJSON: "",
            checkerResults: checkers, streamIndex: try row["stream_index"], agentProcess: try row["agent_process"],
            goal: try row["goal"], keyNodes: keyNodes, stateDiff: stateDiff, stepLimit: try row["step_limit"])
    }

    /// A JSON column of `episodes`, nil when NULL (the v3 columns of episodes recorded before them).
    private static func decode<T: Decodable>(_ type: T.Type, _ row: SQLRow, _ column: String) throws -> T? {
        guard let text: String = try row[column] else { return nil }
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
