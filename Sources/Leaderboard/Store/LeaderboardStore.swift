/// Where a leaderboard is kept: a SQLite file or a PostgreSQL database. Both hold the
/// schema of `Schema.migrations`, and the leaderboard's queries run unchanged on either.
protocol LeaderboardStore: Sendable {
    /// The file path, or the URL without its password: what messages and reports show.
    var location: String { get }
    /// `body` sees one consistent snapshot.
    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T
    /// `body` runs in ONE transaction: all of it is stored, or (on any error) none of it.
    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T
    /// The same, for async callers: waits for the writer without blocking a thread of
    /// the cooperative pool, so hundreds of concurrent episodes can hand in results.
    func write<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) throws -> T) async throws -> T
}

extension LeaderboardStore {
    /// The migrations applied, in `Schema.migrations` order.
    func appliedMigrations() throws -> [String] {
        let applied = try read { session in
            Set(try session.rows("SELECT identifier FROM grdb_migrations", []).map { row -> String in try row["identifier"] })
        }
        return Schema.migrations.map(\.identifier).filter(applied.contains)
    }
}
