import Digest
import Foundation
import GRDB

/// The SQLite leaderboard: runs, episodes, steps and their artifacts.
///
/// The file is opened in WAL mode with `synchronous = NORMAL`: a transaction that
/// committed survives the process being killed (`kill -9`), and the harness writes
/// each episode, with its steps, in one transaction when the episode ends, so a
/// killed run leaves only whole episodes behind and a resume finishes the rest.
public struct Leaderboard: Sendable {
    /// Relative to the current directory, or to `$GAUNTLET_HOME`.
    public static let defaultRelativePath = "leaderboard/gauntlet.sqlite"

    public let path: String
    let pool: DatabasePool

    /// Opens the database at `path`, creating it (and its directory) when missing, and
    /// brings its schema up to date.
    public init(path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        try self.init(openingAt: path)
    }

    /// Opens an existing database; a missing file is an error naming the path, never
    /// a silently created empty leaderboard.
    public init(existingAt path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw LeaderboardError.missingDatabase(path: path)
        }
        try self.init(openingAt: path)
    }

    private init(openingAt path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let pool = try DatabasePool(path: path, configuration: configuration)
        let migrator = Schema.migrator
        let applied = try pool.read { db in try migrator.appliedIdentifiers(db) }
        let known = Set(migrator.migrations)
        let unknown = applied.subtracting(known).sorted()
        if !unknown.isEmpty {
            throw LeaderboardError.newerSchema(path: path, unknownMigrations: unknown)
        }
        try migrator.migrate(pool)
        self.path = path
        self.pool = pool
    }

    /// The migrations applied to this file, oldest first (e.g. `["v1"]`).
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try Schema.migrator.completedMigrations(db) }
    }

    /// The schema version of this file: its last applied migration.
    public func schemaVersion() throws -> String? {
        try appliedMigrations().last
    }

    // MARK: Writing

    /// Inserts the run row. Call before the first episode.
    public func startRun(_ run: RunRecord) throws {
        try validate(run)
        try pool.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM runs WHERE id = ?", arguments: [run.id]) == true {
                throw LeaderboardError.duplicateRun(id: run.id)
            }
            try db.execute(
                sql: """
                    INSERT INTO runs (id, name, agent_command, agent_name, agent_version, agent_sha256, harness_version,
                        config_json, seed, epochs, network_mode, machine_hostname, machine_cores, machine_os,
                        started_at, finished_at, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    run.id, run.name, run.agentCommand, run.agentName, run.agentVersion, run.agentSHA256,
                    run.harnessVersion, run.configurationJSON, Int64(bitPattern: run.seed), run.epochs,
                    run.networkMode, run.machine.hostname, run.machine.cores, run.machine.os,
                    Timestamp.format(run.startedAt), run.finishedAt.map(Timestamp.format), run.status.rawValue,
                ])
            for suite in run.suites.sorted(by: { $0.name < $1.name }) {
                try db.execute(
                    sql: "INSERT INTO run_suites (run_id, suite, version, checksum) VALUES (?, ?, ?, ?)",
                    arguments: [run.id, suite.name, suite.version, suite.checksum])
            }
        }
    }

    /// Records the agent's name and version once its `ready` message arrived.
    public func setAgentIdentity(runID: String, name: String, version: String) throws {
        try pool.write { db in
            try db.execute(
                sql: "UPDATE runs SET agent_name = ?, agent_version = ? WHERE id = ?", arguments: [name, version, runID])
            if db.changesCount == 0 { throw LeaderboardError.unknownRun(id: runID) }
        }
    }

    /// Closes a run: `finished` when every episode ran, `interrupted` when it stopped early.
    /// A resumed run is set back to `running` with `reopenRun`.
    public func finishRun(id: String, status: RunStatus = .finished, at date: Date = Date()) throws {
        try setRunStatus(id: id, status: status, finishedAt: date)
    }

    /// Marks a run as running again, for a resume.
    public func reopenRun(id: String) throws {
        try setRunStatus(id: id, status: .running, finishedAt: nil)
    }

    private func setRunStatus(id: String, status: RunStatus, finishedAt: Date?) throws {
        try pool.write { db in
            try db.execute(
                sql: "UPDATE runs SET status = ?, finished_at = ? WHERE id = ?",
                arguments: [status.rawValue, finishedAt.map(Timestamp.format), id])
            if db.changesCount == 0 { throw LeaderboardError.unknownRun(id: id) }
        }
    }

    /// Stores one finished episode and its steps in ONE transaction: either all of it
    /// is there afterwards, or (on any error) none of it, observations included.
    /// Returns the episode's row id.
    @discardableResult
    public func record(episode: EpisodeRecord, steps: [StepRecord]) throws -> Int64 {
        try validate(episode)
        // Hash outside the write lock: the writer is shared by every concurrent episode.
        let hashed = steps.map { (step: $0, hash: SHA256.hex($0.observation)) }
        let checkerJSON = try Self.encodeJSON(episode.checkerResults)
        return try pool.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM runs WHERE id = ?", arguments: [episode.runID]) == true else {
                throw LeaderboardError.unknownRun(id: episode.runID)
            }
            try db.execute(
                sql: """
                    INSERT INTO episodes (run_id, task_id, suite, template, split, revision, task_checksum, seed, epoch,
                        attempt, status, score, progress, steps, wall_ms, input_tokens, output_tokens, cost_usd,
                        answer_status, answer_value, reason, stderr_tail, final_url, checker_results_json, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    episode.runID, episode.taskID, episode.suite, episode.template, episode.split, episode.revision,
                    episode.taskChecksum, Int64(bitPattern: episode.seed), episode.epoch, episode.attempt,
                    episode.status.rawValue, episode.score, episode.progress, episode.steps, episode.wallMilliseconds,
                    episode.inputTokens, episode.outputTokens, episode.costUSD, episode.answer?.status,
                    episode.answer?.value, episode.reason, episode.stderrTail, episode.finalURL, checkerJSON,
                    Timestamp.format(Date()),
                ])
            let episodeID = db.lastInsertedRowID
            try db.execute(
                sql: "INSERT INTO episode_artifacts (episode_id, final_state, request_log_json) VALUES (?, ?, ?)",
                arguments: [episodeID, episode.finalState, episode.requestLogJSON])
            for name in episode.metrics.keys.sorted() {
                try db.execute(
                    sql: "INSERT INTO episode_metrics (episode_id, name, value) VALUES (?, ?, ?)",
                    arguments: [episodeID, name, episode.metrics[name]])
            }
            let insertObservation = try db.cachedStatement(
                sql: "INSERT INTO observations (hash, text) VALUES (?, ?) ON CONFLICT (hash) DO NOTHING")
            let insertStep = try db.cachedStatement(
                sql: """
                    INSERT INTO steps (episode_id, idx, observation_hash, action, thought, error, latency_us, url)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            for (step, hash) in hashed {
                try insertObservation.execute(arguments: [hash, step.observation])
                try insertStep.execute(arguments: [
                    episodeID, step.index, hash, step.action, step.thought, step.error, step.latencyMicroseconds, step.url,
                ])
            }
            return episodeID
        }
    }

    private func validate(_ run: RunRecord) throws {
        if run.id.isEmpty { throw LeaderboardError.invalidRecord(field: "run.id", reason: "must not be empty") }
        if run.epochs < 1 {
            throw LeaderboardError.invalidRecord(field: "run.epochs", reason: "must be at least 1, got \(run.epochs)")
        }
    }

    private func validate(_ e: EpisodeRecord) throws {
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
        if e.steps < 0 { throw LeaderboardError.invalidRecord(field: "episode.steps", reason: "must not be negative, got \(e.steps)") }
        if let cost = e.costUSD, !cost.isFinite || cost < 0 {
            throw LeaderboardError.invalidRecord(field: "episode.cost_usd", reason: "must be a finite amount ≥ 0, got \(cost)")
        }
        for (name, value) in e.metrics where !value.isFinite {
            throw LeaderboardError.invalidRecord(field: "episode.metrics.\(name)", reason: "must be finite, got \(value)")
        }
    }

    static func encodeJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
