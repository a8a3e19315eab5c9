import Foundation
import Forum
import GauntletTesting
import SandboxKit
import Vocabulary

/// One live forum server shared by the forum tests.
enum ForumFixture {
    static let shared = SharedHost { try await SandboxHost(sandboxes: [ForumSandbox()], defaultSeed: 1, poolSize: 4) }
}

extension SandboxHost {
    func int(_ id: String, _ sql: String, _ arguments: [SQLValue] = []) async throws -> Int {
        guard case .integer(let value)? = try await query(id, sql, arguments: arguments).rows.first?.first else { return -1 }
        return Int(value)
    }

    func text(_ id: String, _ sql: String, _ arguments: [SQLValue] = []) async throws -> String {
        guard case .text(let value)? = try await query(id, sql, arguments: arguments).rows.first?.first else { return "" }
        return value
    }
}
