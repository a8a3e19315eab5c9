import Browser
import GauntletTesting
import ObservationTree
import SandboxKit
import Vocabulary
import Worlds
@testable import AgentProtocol
@testable import Phone

/// One host serving the phone from the repository's `sandboxes/` folder, shared by the
/// tests, which play it in process as the harness does.
enum PhoneFixture {
    static let shared = SharedHost {
        try await SandboxHost(sandboxes: [PhoneSandbox()], home: Checkout.path("sandboxes"), defaultSeed: 1, poolSize: 4)
    }

    static let origin = Origin(host: "phone.localhost", port: 8080)

    /// A fresh instance and a session on it at `start`.
    static func open(_ start: String = "phone:/", seed: UInt64 = 1) async throws -> Handset {
        let (host, _) = try await shared.host()
        let id = try await host.makeInstance(sandboxes: ["phone"], seed: seed)
        let instance = WorldInstance(id: id, origins: ["phone": origin], host: host)
        let session = try await PhoneWorld().open(start, on: instance)
        return Handset(host: host, id: id, instance: instance, session: session)
    }
}

/// A session with its host and instance, and helpers that read the screen as an agent does.
struct Handset {
    let host: SandboxHost
    let id: String
    let instance: WorldInstance
    let session: any WorldSession

    /// Parses and performs one action in the gui space; returns the action's error.
    @discardableResult
    func act(_ text: String) async throws -> String? {
        try await session.perform(try ActionParser.parse(text, space: .gui))
    }

    func observation() async -> Observation { await session.observation() }

    func text() async -> String { await session.observation().text }

    func tree() async throws -> ObservationTree { try ObservationTree.xml(await session.observation().xml ?? "") }

    /// The id of the first node with this name (and role, when given).
    func id(of name: String, role: String? = nil) async throws -> String {
        let tree = try await tree()
        guard let node = tree.nodes.first(where: { $0.name == name && (role == nil || $0.role.rawValue == role) }) else {
            throw PhoneTestError("no node '\(name)' on screen:\n\(await text())")
        }
        return node.id
    }

    func location() async -> String { await session.location }

    func rows(_ sql: String) async throws -> [[SQLValue]] {
        try await host.query(id, sql).rows
    }
}

struct PhoneTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
