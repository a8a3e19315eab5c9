import SandboxKit
import Vocabulary

extension SandboxHost {
    /// The first column of the first row as an integer, -1 when there is none.
    public func int(_ id: String, _ sql: String, _ arguments: [SQLValue] = []) async throws -> Int {
        guard case .integer(let value)? = try await query(id, sql, arguments: arguments).rows.first?.first else { return -1 }
        return Int(value)
    }

    /// The first column of the first row as text, "" when there is none.
    public func text(_ id: String, _ sql: String, _ arguments: [SQLValue] = []) async throws -> String {
        guard case .text(let value)? = try await query(id, sql, arguments: arguments).rows.first?.first else { return "" }
        return value
    }
}
