import Foundation
import GauntletTesting
import SandboxKit
import TextWorlds
import Vocabulary

/// One live host serving the games sandbox from the repository's `sandboxes/` folder,
/// shared by the tests.
enum GamesFixture {
    static let shared = SharedHost {
        try await SandboxHost(sandboxes: [GamesSandbox()], home: Checkout.path("sandboxes"), defaultSeed: 1, poolSize: 4)
    }
}

extension SandboxHost {
    func rows(_ id: String, _ sql: String) async throws -> [[SQLValue]] {
        try await query(id, sql).rows
    }
}

/// A player over one keep-alive loopback connection to one instance.
struct Player {
    let client: LoopbackHTTPClient
    let path: String

    init(port: Int, instance: String, key: GameKey) {
        client = LoopbackHTTPClient(port: port, hostName: "games.localhost", instanceID: instance)
        path = "/play/\(key.text)"
    }

    func screen() throws -> LoopbackHTTPClient.Response { try client.get(path) }

    /// POST command=…, then the GET the 303 points to.
    func say(_ command: String) throws -> (post: LoopbackHTTPClient.Response, page: LoopbackHTTPClient.Response) {
        try client.submit(path, form: [("command", command)])
    }
}
