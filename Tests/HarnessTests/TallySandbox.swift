import AgentProtocol
import Browser
import Foundation
import GRDB
import SandboxKit
import Worlds

/// A sandbox defined outside Gauntlet's sources, with a world of a kind the harness has
/// never seen: a counter behind `POST /add`, played with `say [add]`. It plugs in
/// through the registry alone.
struct TallySandbox: PlayableSandbox {
    var name: String { "tally" }
    var title: String { "Tally" }
    var dataVersion: Int { 1 }
    var connectionSetupSQL: [String] { [] }
    var sessionTables: [String] { [] }
    var world: any EpisodeWorld { TallyWorld() }

    func buildCatalog(_ db: Database, seed: UInt64) throws {}

    func buildInstanceState(_ db: Database, seed: UInt64) throws {
        try db.execute(sql: "CREATE TABLE tally (n INTEGER NOT NULL); INSERT INTO tally VALUES (0)")
    }

    func handle(_ request: SandboxRequest, context: SandboxContext) async throws -> SandboxResponse {
        let add = request.isPost && request.path == "/add"
        let count = try await context.transaction { db in
            if add { try db.execute(sql: "UPDATE tally SET n = n + 1") }
            return try Int.fetchOne(db, sql: "SELECT n FROM tally") ?? -1
        }
        return .text("tally \(count)", status: 200)
    }

    /// A `sandboxes/` home with the (empty) template folder a sandbox must have.
    static func home() throws -> String {
        let home = try HarnessFixture.directory("tally-home")
        try FileManager.default.createDirectory(atPath: "\(home)/tally/templates", withIntermediateDirectories: true)
        return home
    }
}

struct TallyWorld: EpisodeWorld {
    var name: String { "tally" }
    var actionSpace: ActionSpace { .text }
    var explorationOrder: ExplorationOrder { .leastTriedHere }

    /// The tally has one action and nothing to choose.
    func isParameterised(_ action: Action) -> Bool { false }

    func open(_ start: String, on instance: WorldInstance) async throws(WorldFailure) -> any WorldSession {
        guard case .success(let url) = OriginPolicy(sandboxes: instance.origins).resolve(start, from: nil),
              let add = WebURL(url.origin.description + "/add"),
              let transport = try? HTTPTransport(instance: instance.id) else {
            throw .sandbox("cannot open \(start)")
        }
        let session = TallySession(transport: transport, page: url, add: add)
        try await session.send(HTTPRequest(url: url))
        return session
    }

    func restore(_ snapshot: WorldSnapshot, on instance: WorldInstance) async throws(WorldFailure) -> any WorldSession {
        guard let (page, add, text) = snapshot.payload as? (WebURL, WebURL, String),
              let transport = try? HTTPTransport(instance: instance.id) else { throw .sandbox("not a tally snapshot") }
        return TallySession(transport: transport, page: page, add: add, text: text)
    }
}

actor TallySession: WorldSession {
    let transport: HTTPTransport
    let page: WebURL
    let add: WebURL
    var text = ""

    init(transport: HTTPTransport, page: WebURL, add: WebURL, text: String = "") {
        self.transport = transport
        self.page = page
        self.add = add
        self.text = text
    }

    func snapshot() -> WorldSnapshot {
        WorldSnapshot(world: "tally", payload: (page, add, text))
    }

    func perform(_ action: Action) async throws(WorldFailure) -> String? {
        guard case .say("add") = action else { return "only say [add] applies here" }
        try await send(HTTPRequest(method: .post, url: add))
        return nil
    }

    func observation() -> Observation {
        Observation(url: page.string, title: "Tally", text: text)
    }

    var location: String { page.string }

    func mutation(of action: Action) -> Action? { nil }

    func explorationMoves() -> [Action] { [.say("add")] }

    func declareInfeasible(naming missing: String) {}

    func send(_ request: HTTPRequest) async throws(WorldFailure) {
        do {
            text = String(decoding: try await transport.perform(request).body, as: UTF8.self)
        } catch {
            throw .sandbox("\(error)")
        }
    }
}
