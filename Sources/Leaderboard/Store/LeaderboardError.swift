/// Why the leaderboard could not be opened, written or read. Every case names what
/// it is about (the file, the run, the field) so the message stands on its own.
public enum LeaderboardError: Error, Equatable, CustomStringConvertible {
    case missingDatabase(path: String)
    case unreadableDatabase(path: String, reason: String)
    case newerSchema(path: String, unknownMigrations: [String])
    case unknownRun(id: String)
    case duplicateRun(id: String)
    case invalidRecord(field: String, reason: String)
    case corruptRow(table: String, field: String, value: String)
    case mismatchedShards(field: String, first: String, firstValue: String, other: String, otherValue: String)
    case unknownEpisode(id: Int64)
    case unknownMetricSet(label: String)

    public var description: String {
        switch self {
        case .missingDatabase(let path):
            "no leaderboard database at \(path)"
        case .unreadableDatabase(let path, let reason):
            "\(path): not a readable leaderboard database (\(reason))"
        case .newerSchema(let path, let unknown):
            "\(path): written by a newer Gauntlet (unknown schema migrations: \(unknown.joined(separator: ", ")))"
        case .unknownRun(let id):
            "no run '\(id)' in the leaderboard"
        case .duplicateRun(let id):
            "a run '\(id)' is already in the leaderboard"
        case .invalidRecord(let field, let reason):
            "\(field): \(reason)"
        case .corruptRow(let table, let field, let value):
            "\(table).\(field): unexpected value '\(value)'"
        case .mismatchedShards(let field, let first, let firstValue, let other, let otherValue):
            "not shards of one run: the \(field) differs between \(first) ('\(firstValue)') and \(other) ('\(otherValue)')"
        case .unknownEpisode(let id):
            "no episode \(id) in the leaderboard"
        case .unknownMetricSet(let label):
            "no metric set '\(label)' in the leaderboard (`gauntlet metrics list` shows them)"
        }
    }
}
