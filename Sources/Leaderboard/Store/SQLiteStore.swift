import Foundation
import GRDB
import Vocabulary

/// The leaderboard in a SQLite file, through GRDB.
///
/// The file is opened in WAL mode with `synchronous = NORMAL`: a transaction that
/// committed survives the process being killed (`kill -9`), and the harness writes
/// each episode, with its steps, in one transaction when the episode ends, so a
/// killed run leaves only whole episodes behind and a resume finishes the rest.
struct SQLiteStore: LeaderboardStore {
    let location: String
    let pool: DatabasePool

    init(path: String) throws {
        location = path
        pool = try Self.open(path)
    }

    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try pool.read { db in try body(Session(db: db)) }
    }

    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try pool.write { db in try body(Session(db: db)) }
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) throws -> T) async throws -> T {
        try await pool.write { db in try body(Session(db: db)) }
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
        // GRDB's migrator keeps its bookkeeping table, grdb_migrations, which PostgreSQL
        // databases keep too; each migration's portable SQL is shared (Schema).
        var migrator = DatabaseMigrator()
        for (number, migration) in Schema.migrations.enumerated() {
            migrator.registerMigration(migration.identifier) { db in
                for statement in migration.statements(for: .sqlite) { try db.execute(sql: statement) }
                try db.execute(sql: "PRAGMA user_version = \(number + 1)")
            }
        }
        let pool = try DatabasePool(path: path, configuration: configuration)
        let applied = try pool.read { db in try migrator.appliedIdentifiers(db) }
        let unknown = applied.subtracting(Set(migrator.migrations)).sorted()
        if !unknown.isEmpty {
            throw LeaderboardError.newerSchema(path: path, unknownMigrations: unknown)
        }
        try migrator.migrate(pool)
        return pool
    }

    /// A GRDB connection as a session.
    struct Session: SQLSession {
        let db: Database

        func execute(_ sql: String, _ arguments: [any SQLArgument]) throws -> Int {
            try db.execute(sql: sql, arguments: Self.arguments(arguments))
            return db.changesCount
        }

        func rows(_ sql: String, _ arguments: [any SQLArgument]) throws -> [SQLRow] {
            let statement = try db.cachedStatement(sql: sql)
            return try Row.fetchAll(statement, arguments: Self.arguments(arguments)).map { row in
                var values: [String: SQLValue] = [:]
                for (column, value) in row {
                    values[column] = switch value.storage {
                    case .null: .null
                    case .int64(let number): .integer(number)
                    case .double(let number): .real(number)
                    case .string(let text): .text(text)
                    case .blob(let data): .blob([UInt8](data))
                    }
                }
                return SQLRow(values: values)
            }
        }

        static func arguments(_ values: [any SQLArgument]) -> StatementArguments {
            StatementArguments(values.map { value -> (any DatabaseValueConvertible)? in
                switch value.sqlValue {
                case .null: nil
                case .integer(let number): number
                case .real(let number): number
                case .text(let text): text
                case .blob(let bytes): Data(bytes)
                }
            })
        }
    }
}
