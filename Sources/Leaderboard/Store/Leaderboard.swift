import Digest
import Foundation
import GRDB
import Vocabulary

/// The SQLite leaderboard: runs, episodes, steps and their artifacts.
///
/// The file is opened in WAL mode with `synchronous = NORMAL`: a transaction that
/// committed survives the process being killed (`kill -9`), and the harness writes
/// each episode, with its steps, in one transaction when the episode ends, so a
/// killed run leaves only whole episodes behind and a resume finishes the rest.
public struct Leaderboard: Sendable {
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
        pool = try Self.open(path)
        self.path = path
    }

    /// Two processes opening a new file at once (a run starting while `gauntlet
    /// leaderboard` reads it) race: switching the file to WAL can fail at once with
    /// "database is locked", without waiting out the busy timeout, and GRDB reads which
    /// migrations are applied before it opens each migration's transaction, so both can
    /// try the same one and the loser's fails. Either way nothing was half done: start
    /// over from what the file holds now. An error that persists is reported.
    private static func open(_ path: String) throws -> DatabasePool {
        var attempt = 0
        while true {
            do {
                return try openAndMigrate(path)
            } catch let error as DatabaseError {
                attempt += 1
                guard attempt < 6 else {
                    throw LeaderboardError.unreadableDatabase(path: path, reason: error.message ?? error.description)
                }
                usleep(useconds_t(10_000 * attempt))
            }
        }
    }

    private static func openAndMigrate(_ path: String) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let migrator = Schema.migrator
        let pool = try DatabasePool(path: path, configuration: configuration)
        let applied = try pool.read { db in try migrator.appliedIdentifiers(db) }
        let unknown = applied.subtracting(Set(migrator.migrations)).sorted()
        if !unknown.isEmpty {
            throw LeaderboardError.newerSchema(path: path, unknownMigrations: unknown)
        }
        try migrator.migrate(pool)
        return pool
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
                        started_at, finished_at, status, mode)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    run.id, run.name, run.agentCommand, run.agentName, run.agentVersion, run.agentSHA256,
                    run.harnessVersion, run.configurationJSON, Int64(bitPattern: run.seed), run.epochs,
                    run.networkMode, run.machine.hostname, run.machine.cores, run.machine.os,
                    Timestamp.format(run.startedAt), run.finishedAt.map(Timestamp.format), run.status.rawValue,
                    run.mode.rawValue,
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
        let prepared = try PreparedEpisode(episode: episode, steps: steps)
        return try pool.write { db in try prepared.insert(db) }
    }

    /// The same, for async callers: waits for the writer without blocking a thread of
    /// the cooperative pool, so hundreds of concurrent episodes can hand in results.
    @discardableResult
    public func record(episode: EpisodeRecord, steps: [StepRecord]) async throws -> Int64 {
        let prepared = try PreparedEpisode(episode: episode, steps: steps)
        return try await pool.write { db in try prepared.insert(db) }
    }

    private func validate(_ run: RunRecord) throws {
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
