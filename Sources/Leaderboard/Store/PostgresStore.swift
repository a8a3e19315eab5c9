import Foundation
import PostgresNIO
import Vocabulary

/// The leaderboard in a PostgreSQL database, for many runs on many machines writing at once.
///
/// One connection per process, used by one transaction at a time; transactions of
/// different processes interleave as PostgreSQL allows. A write that PostgreSQL aborts
/// to break a deadlock or a serialization conflict is run again. The calls block on
/// futures that complete on NIO's own threads, never on the cooperative pool, and the
/// async write runs on a queue of its own.
final class PostgresStore: LeaderboardStore, Sendable {
    let location: String
    private let connection: PostgresConnection
    private let lock = NSLock()
    private let writer = DispatchQueue(label: "gauntlet.leaderboard.postgres")
    private static let logger = Logger(label: "gauntlet.leaderboard.postgres")

    /// Connects and brings the schema up to date; `create: false` refuses a database
    /// without a leaderboard instead of creating one.
    init(url: String, create: Bool) throws {
        let target = try PostgresURL(url)
        location = target.redacted
        do {
            connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: target.configuration, id: 1,
                logger: Self.logger
            ).wait()
        } catch {
            throw LeaderboardError.unreadableDatabase(path: target.redacted, reason: Self.message(error))
        }
        if !create {
            let present: Int64? = try read { db in try db.row("SELECT count(*) AS n FROM pg_tables WHERE tablename = 'grdb_migrations'")?["n"] }
            if present != 1 {
                try? (connection.close() as EventLoopFuture<Void>).wait()
                throw LeaderboardError.missingDatabase(path: target.redacted)
            }
        }
        try migrate()
    }

    deinit {
        try? (connection.close() as EventLoopFuture<Void>).wait()
    }

    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try lock.withLock {
            try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
        }
    }

    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try lock.withLock {
            var attempt = 1
            while true {
                do {
                    return try transaction("BEGIN", body)
                } catch let error as PSQLError where attempt < 5 && Self.isRetriable(error) {
                    attempt += 1
                    usleep(useconds_t(5_000 * attempt))
                }
            }
        }
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            writer.async {
                continuation.resume(with: Result { try self.write(body) })
            }
        }
    }

    private func transaction<T>(_ begin: String, _ body: (any SQLSession) throws -> T) throws -> T {
        let session = Session(connection: connection, logger: Self.logger, location: location)
        try session.execute(begin, [])
        do {
            let result = try body(session)
            try session.execute("COMMIT", [])
            return result
        } catch {
            _ = try? session.execute("ROLLBACK", [])
            throw error
        }
    }

    /// Applies the missing migrations in one transaction, holding an advisory lock so
    /// that processes starting at once on an empty database migrate it once.
    private func migrate() throws {
        try write { session in
            try session.execute("SELECT pg_advisory_xact_lock(7170616)", [])
            try session.execute("CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)", [])
            let applied = Set(try session.rows("SELECT identifier FROM grdb_migrations", []).map { row -> String in try row["identifier"] })
            let unknown = applied.subtracting(Schema.migrations.map(\.identifier)).sorted()
            if !unknown.isEmpty { throw LeaderboardError.newerSchema(path: location, unknownMigrations: unknown) }
            for migration in Schema.migrations where !applied.contains(migration.identifier) {
                for statement in migration.statements(for: .postgres) { try session.execute(statement, []) }
                try session.execute("INSERT INTO grdb_migrations (identifier) VALUES (?)", [migration.identifier])
            }
        }
    }

    /// Deadlock detected, serialization failure: PostgreSQL rolled back, and trying again can succeed.
    private static func isRetriable(_ error: PSQLError) -> Bool {
        ["40P01", "40001"].contains(error.serverInfo?[.sqlState] ?? "")
    }

    static func message(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        if let info = error.serverInfo {
            return [info[.sqlState], info[.message], info[.detail]].compactMap { $0 }.joined(separator: ": ")
        }
        return "\(error.code)" + (error.underlying.map { ": \($0)" } ?? "")
    }

    /// The connection inside one transaction.
    struct Session: SQLSession {
        let connection: PostgresConnection
        let logger: Logger
        let location: String

        func execute(_ sql: String, _ arguments: [any SQLArgument]) throws -> Int {
            try run(sql, arguments).metadata.rows ?? 0
        }

        func rows(_ sql: String, _ arguments: [any SQLArgument]) throws -> [SQLRow] {
            try run(sql, arguments).rows.map { row in
                var values: [String: SQLValue] = [:]
                for cell in row { values[cell.columnName] = try Self.value(cell) }
                return SQLRow(values: values)
            }
        }

        private func run(_ sql: String, _ arguments: [any SQLArgument]) throws -> PostgresQueryResult {
            var bindings = PostgresBindings(capacity: arguments.count)
            for argument in arguments {
                switch argument.sqlValue {
                case .null: bindings.appendNull()
                case .integer(let number): bindings.append(number)
                case .real(let number): bindings.append(number)
                case .text(let text): bindings.append(text)
                case .blob(let bytes): bindings.append(ByteBuffer(bytes: bytes))
                }
            }
            do {
                return try connection.query(PostgresQuery(unsafeSQL: Self.numbered(sql), binds: bindings), logger: logger).wait()
            } catch let error as PSQLError where error.serverInfo?[.sqlState].map({ ["40P01", "40001"].contains($0) }) == true {
                throw error
            } catch {
                throw LeaderboardError.unreadableDatabase(path: location, reason: PostgresStore.message(error) + " (in: \(sql.prefix(120)))")
            }
        }

        /// `?` placeholders as PostgreSQL's `$1`, `$2`…; the leaderboard's SQL has no `?` in its strings.
        static func numbered(_ sql: String) -> String {
            var out = ""
            var next = 0
            for character in sql {
                if character == "?" {
                    next += 1
                    out += "$\(next)"
                } else {
                    out.append(character)
                }
            }
            return out
        }

        private static func value(_ cell: PostgresCell) throws -> SQLValue {
            guard cell.bytes != nil else { return .null }
            switch cell.dataType {
            case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
            case .float4, .float8: return .real(try cell.decode(Double.self))
            case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
            case .bytea: return .blob(Array(try cell.decode(ByteBuffer.self).readableBytesView))
            default: return .text(try cell.decode(String.self))
            }
        }
    }
}

/// A `postgres://user:password@host:port/database?sslmode=…` URL, as libpq reads it.
struct PostgresURL {
    let configuration: PostgresConnection.Configuration
    /// The URL with its password replaced by `***`: what messages and reports show.
    let redacted: String

    static func isPostgres(_ location: String) -> Bool {
        let lower = location.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    init(_ url: String) throws {
        guard let parts = URLComponents(string: url), Self.isPostgres(url), let host = parts.host, !host.isEmpty else {
            throw LeaderboardError.unreadableDatabase(
                path: url, reason: "not a postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE URL")
        }
        var shown = parts
        if parts.password != nil { shown.password = "***" }
        redacted = shown.string ?? "postgres://\(host)"
        let database = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        let mode = parts.queryItems?.first { $0.name == "sslmode" }?.value ?? "disable"
        let tls: PostgresConnection.Configuration.TLS
        switch mode {
        case "disable": tls = .disable
        case "prefer", "require":
            do {
                let context = try NIOSSLContext(configuration: .makeClientConfiguration())
                tls = mode == "require" ? .require(context) : .prefer(context)
            } catch {
                throw LeaderboardError.unreadableDatabase(path: redacted, reason: "sslmode=\(mode): \(error)")
            }
        default:
            throw LeaderboardError.unreadableDatabase(path: redacted, reason: "sslmode=\(mode): use disable, prefer or require")
        }
        configuration = PostgresConnection.Configuration(
            host: host, port: parts.port ?? 5432, username: parts.user ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres",
            password: parts.password, database: database.isEmpty ? nil : database, tls: tls)
    }
}
