import AgentProtocol
import Browser
import ObservationTree
import SandboxKit
import Vocabulary
import Worlds

/// One text-game episode over HTTP (docs/textgames.md): `GET /play/<family>/<id>` is the
/// screen XML; a `POST` to it with `command=<text>` and `?respond=screen` applies the
/// command and answers the new screen at once (one request per step instead of POST,
/// 303, GET).
actor TextGameSession: WorldSession {
    private let exchange: HostExchange
    private let game: WebURL
    private let postURL: WebURL?
    private var tree: ObservationTree
    private let renderer = TextRenderer()

    /// - Parameter tree: the screen shown, when it is known already (a restored session).
    init(exchange: HostExchange, game: WebURL, tree: ObservationTree = ObservationTree(nodes: [])) {
        self.exchange = exchange
        self.game = game
        self.tree = tree
        postURL = WebURL(game.string + "?\(GamesSandbox.respondField)=\(GamesSandbox.respondWithScreen)")
    }

    /// The game shown and its screen: what a fork copies beside the instance.
    struct Screen: Sendable {
        var game: WebURL
        var tree: ObservationTree
    }

    func snapshot() -> WorldSnapshot {
        WorldSnapshot(world: TextGameWorld().name, payload: Screen(game: game, tree: tree))
    }

    func perform(_ action: Action) async throws(WorldFailure) -> String? {
        guard case .say(let command) = action else {
            return "\(action.name) does not apply in a text game: send say [command], or stop [answer]"
        }
        try await post(command)
        return nil
    }

    func declareInfeasible(naming missing: String) async throws(WorldFailure) {
        try await post(GamesSandbox.declareInfeasible(naming: missing))
    }

    func observation() -> Observation {
        Observation(url: game.string, title: tree.root?.name ?? "", text: renderer.render(tree))
    }

    var location: String { game.string }

    func mutation(of action: Action) -> Action? {
        TextGameTrials.mutation(of: action, admissible: TextGameTrials.admissible(in: tree))
    }

    func explorationMoves() -> [Action] {
        TextGameTrials.explorationMoves(admissible: TextGameTrials.admissible(in: tree))
    }

    private func post(_ command: String) async throws(WorldFailure) {
        guard let target = postURL else { throw .sandbox("no game is open") }
        let body = FormFields(pairs: [.init(name: "command", value: command)]).urlEncoded
        let response: HTTPResponse
        do {
            response = try await exchange.perform(HTTPRequest(method: .post, url: target, body: Array(body.utf8)))
        } catch {
            throw .sandbox("\(error)")
        }
        switch response.status {
        case 200: try show(response)
        case 303: try await load()
        default: throw .sandbox("the game answered \(response.status) to a command at \(game)")
        }
    }

    func load() async throws(WorldFailure) {
        let response: HTTPResponse
        do {
            response = try await exchange.perform(HTTPRequest(url: game))
        } catch {
            throw .sandbox("\(error)")
        }
        guard response.status == 200 else { throw .sandbox("the game answered \(response.status) at \(game)") }
        try show(response)
    }

    private func show(_ response: HTTPResponse) throws(WorldFailure) {
        do {
            tree = try ObservationTree.xml(response.body)
        } catch {
            throw .sandbox("the game's screen is not XML: \(error)")
        }
    }
}
