import Foundation
import SandboxKit
import TextWorlds
import Vocabulary

/// One live host serving the games sandbox, shared by the tests (each test makes its own instances).
actor GamesFixture {
    static let shared = GamesFixture()
    private var started: (SandboxHost, Int)?

    func host() async throws -> (host: SandboxHost, port: Int) {
        if let started { return started }
        let host = try await SandboxHost(sandboxes: [GamesSandbox()], home: Self.home(), defaultSeed: 1, poolSize: 4)
        let port = try await host.start()
        started = (host, port)
        return (host, port)
    }

    /// The repository's `sandboxes/` folder, found from this file's path.
    static func home() -> String {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("sandboxes").path
            if FileManager.default.fileExists(atPath: candidate + "/games/templates") { return candidate }
        }
        return "sandboxes"
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
