import Checkers
import Foundation
import GRDB
import GauntletTesting
import Tasks
import Vocabulary

/// Real SQLite behind `StateQuerying`: an initial database and a final copy made
/// with SQLite's backup API, the way an episode's instance starts from a snapshot.
struct SQLiteState: StateQuerying {
    let initial: DatabaseQueue
    let final: DatabaseQueue

    /// Builds the initial database with `setup`, then copies it to the final one.
    init(setup: String) throws {
        initial = try DatabaseQueue()
        try initial.write { try $0.execute(sql: setup) }
        final = try DatabaseQueue()
        try initial.backup(to: final)
    }

    /// A state nothing changes, for tasks whose checks read none: every task has a
    /// collateral check, which needs one.
    static func untouched() throws -> SQLiteState {
        try SQLiteState(setup: "CREATE TABLE untouched (x INTEGER)")
    }

    /// What the "agent" does to the final state.
    func mutate(_ sql: String) throws {
        try final.write { try $0.execute(sql: sql) }
    }

    func rows(_ sql: String, instance: InstanceSide) throws -> [[SQLValue]] {
        let queue = instance == .initial ? initial : final
        return try queue.read { db in
            try Row.fetchAll(db, sql: sql).map { row in
                row.databaseValues.map { value -> SQLValue in
                    switch value.storage {
                    case .null: .null
                    case .int64(let i): .integer(i)
                    case .double(let d): .real(d)
                    case .string(let s): .text(s)
                    case .blob(let data): .blob([UInt8](data))
                    }
                }
            }
        }
    }
}

/// Pages stored as files, as when an episode's pages are kept for offline re-scoring.
struct StoredPages: PageFetching {
    let directory: URL

    struct Missing: Error, CustomStringConvertible {
        var url: String
        var description: String { "no stored page for \(url)" }
    }

    init(pages: [(url: String, html: String)]) throws {
        directory = URL(fileURLWithPath: try TemporaryFolder.make("pages"))
        for page in pages {
            try Data(page.html.utf8).write(to: directory.appendingPathComponent(StoredPages.fileName(page.url)))
        }
    }

    static func fileName(_ url: String) -> String {
        url.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }

    func fetch(url: String) async throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(StoredPages.fileName(url)).path)
        else { throw Missing(url: url) }
        return [UInt8](data)
    }
}
