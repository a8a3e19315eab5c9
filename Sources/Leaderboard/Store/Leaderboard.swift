import Digest
import Foundation
import Vocabulary

/// The leaderboard: runs, episodes, steps and their artifacts, in a SQLite file or a
/// PostgreSQL database (`postgres://…`), with one schema (`Schema`) and the same queries.
/// The harness writes each episode, with its steps, in one transaction when the episode
/// ends, so a killed run leaves only whole episodes behind and a resume finishes the rest.
public struct Leaderboard: Sendable {
    /// The file path, or the PostgreSQL URL without its password.
    public var path: String { store.location }
    let store: any LeaderboardStore

    /// Opens the database at `path` (a file, or a `postgres://` URL), creating it (and a
    /// file's directory) when missing, and brings its schema up to date.
    public init(path: String) throws {
        if PostgresURL.isPostgres(path) {
            store = try PostgresStore(url: path, create: true)
            return
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        store = try SQLiteStore(path: path)
    }

    /// Opens an existing leaderboard; a missing file (or a PostgreSQL database without
    /// the schema) is an error naming it, never a silently created empty leaderboard.
    public init(existingAt path: String) throws {
        if PostgresURL.isPostgres(path) {
            store = try PostgresStore(url: path, create: false)
            return
        }
        guard FileManager.default.fileExists(atPath: path) else {
            throw LeaderboardError.missingDatabase(path: path)
        }
        store = try SQLiteStore(path: path)
    }

    /// Whether `location` names a PostgreSQL database rather than a file.
    public static func isPostgres(_ location: String) -> Bool {
        PostgresURL.isPostgres(location)
    }

    /// The migrations applied to this database, oldest first (e.g. `["v1"]`).
    public func appliedMigrations() throws -> [String] {
        try store.appliedMigrations()
    }

    /// The schema version of this database: its last applied migration.
    public func schemaVersion() throws -> String? {
        try appliedMigrations().last
    }

    // MARK: Writing

    /// Inserts the run row. Call before the first episode.
    public func startRun(_ run: RunRecord) throws {
        try validate(run)
        try store.write { db in
            if try db.row("SELECT 1 AS found FROM runs WHERE id = ?", [run.id]) != nil {
                throw LeaderboardError.duplicateRun(id: run.id)
            }
            try Self.insert(run, db)
        }
    }

    /// The run row and its suites; the caller's `write` makes it one transaction.
    static func insert(_ run: RunRecord, _ db: any SQLSession) throws {
        try db.execute(
            """
                INSERT INTO runs (id, name, agent_command, agent_name, agent_version, agent_sha256, harness_version,
                    config_json, seed, epochs, network_mode, machine_hostname, machine_cores, machine_os,
                    started_at, finished_at, status, mode)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            [
                run.id, run.name, run.agentCommand, run.agentName, run.agentVersion, run.agentSHA256,
                run.harnessVersion, run.configurationJSON, Int64(bitPattern: run.seed), run.epochs,
                run.networkMode, run.machine.hostname, run.machine.cores, run.machine.os,
                Timestamp.format(run.startedAt), run.finishedAt.map(Timestamp.format), run.status.rawValue,
                run.mode.rawValue,
            ])
        for suite in run.suites.sorted(by: { $0.name < $1.name }) {
            try db.execute(
                "INSERT INTO run_suites (run_id, suite, version, checksum) VALUES (?, ?, ?, ?)",
                [run.id, suite.name, suite.version, suite.checksum])
        }
    }

    /// Records the agent's name and version once its `ready` message arrived.
    public func setAgentIdentity(runID: String, name: String, version: String) throws {
        try store.write { db in
            let changed = try db.execute("UPDATE runs SET agent_name = ?, agent_version = ? WHERE id = ?", [name, version, runID])
            if changed == 0 { throw LeaderboardError.unknownRun(id: runID) }
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
        try store.write { db in
            let changed = try db.execute(
                "UPDATE runs SET status = ?, finished_at = ? WHERE id = ?", [status.rawValue, finishedAt.map(Timestamp.format), id])
            if changed == 0 { throw LeaderboardError.unknownRun(id: id) }
        }
    }

    /// Stores one finished episode and its steps in ONE transaction: either all of it
    /// is there afterwards, or (on any error) none of it, observations included.
    /// Returns the episode's row id.
    @discardableResult
    public func record(episode: EpisodeRecord, steps: [StepRecord]) throws -> Int64 {
        let prepared = try PreparedEpisode(episode: episode, steps: steps)
        return try store.write { db in try prepared.insert(db) }
    }

    /// The same, for async callers: waits for the writer without blocking a thread of
    /// the cooperative pool, so hundreds of concurrent episodes can hand in results.
    @discardableResult
    public func record(episode: EpisodeRecord, steps: [StepRecord]) async throws -> Int64 {
        let prepared = try PreparedEpisode(episode: episode, steps: steps)
        return try await store.write { db in try prepared.insert(db) }
    }

    /// Writes `run` with `episodes` in ONE transaction, replacing a run with its id (and
    /// that run's episodes) if there is one: a merge is all there or not at all, and
    /// merging again gives the same. Returns whether a run was replaced.
    func replaceRun(_ run: RunRecord, episodes: [PreparedEpisode]) throws -> Bool {
        try validate(run)
        return try store.write { db in
            let replaced = try db.execute("DELETE FROM runs WHERE id = ?", [run.id]) > 0
            try Self.insert(run, db)
            for episode in episodes { _ = try episode.insert(db) }
            return replaced
        }
    }

    func validate(_ run: RunRecord) throws {
        if run.id.isEmpty { throw LeaderboardError.invalidRecord(field: "run.id", reason: "must not be empty") }
        if run.epochs < 1 {
            throw LeaderboardError.invalidRecord(field: "run.epochs", reason: "must be at least 1, got \(run.epochs)")
        }
    }

    static func encodeJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
