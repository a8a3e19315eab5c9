import AgentProtocol
import AgentRunner
import Browser
import Checkers
import ObservationTree
import SandboxKit
import Tasks

/// The world of one text-game episode: the game's screen on the episode's instance,
/// read as XML into an observation tree. `say [command]` posts the command; an
/// `infeasible` answer is declared to the game before the episode ends.
///
/// HTTP contract (docs/textgames.md): `GET /play/<family>/<id>` is the screen XML;
/// `POST` to it with `command=<text>` applies a command and redirects back.
actor GameEnvironment: EpisodeWorld {
    private let transport: HTTPTransport
    private let policy: OriginPolicy
    private var game: WebURL?
    private var tree = ObservationTree(nodes: [])
    private var monitor: ProgressMonitor
    private(set) var steps = 0
    private(set) var shown: [(text: String, url: String)] = []
    nonisolated let actionSpace = ActionSpace.text
    private let renderer = TextRenderer()

    /// The command a game takes as the declaration that its goal cannot be reached.
    static let declareInfeasible = "declare infeasible"

    init(host: SandboxHost, instanceID: String, origins: [String: Origin], keyNodes: [KeyNode]) throws(BrowserError) {
        transport = try HTTPTransport(instance: instanceID)
        policy = OriginPolicy(sandboxes: origins)
        monitor = ProgressMonitor(keyNodes: keyNodes, host: host, instanceID: instanceID,
                                  baseURLs: origins.mapValues { $0.description })
    }

    func open(_ start: String) async throws(EpisodeFailure) {
        guard case .success(let url) = policy.resolve(start, from: nil) else {
            throw .sandbox("the start location \(start) is not a sandbox URL")
        }
        game = url
        try await load()
        try await updateKeyNodes()
    }

    func perform(_ action: Action) async throws -> StepResult {
        steps += 1
        var actionError: String?
        switch action {
        case .say(let command):
            try await post(command)
        default:
            actionError = "\(action.name) does not apply in a text game: send say [command], or stop [answer]"
        }
        try await updateKeyNodes()
        let next = observation()
        shown.append((next.text, next.url))
        return StepResult(observation: next, actionError: actionError)
    }

    /// Tells the game the agent declares its goal infeasible (scored by the game's state).
    func declareInfeasible() async throws {
        try await post(Self.declareInfeasible)
    }

    func observation() -> Observation {
        Observation(url: game?.string ?? "", title: tree.root?.name ?? "", text: renderer.render(tree))
    }

    var currentURL: String { game?.string ?? "" }
    var progress: KeyNodeTracker { monitor.tracker }

    private func post(_ command: String) async throws(EpisodeFailure) {
        guard let game else { throw .sandbox("no game is open") }
        let body = FormFields(pairs: [.init(name: "command", value: command)]).urlEncoded
        do {
            let response = try await transport.perform(HTTPRequest(method: .post, url: game, body: Array(body.utf8)))
            guard response.status == 303 || response.status == 200 else {
                throw EpisodeFailure.sandbox("the game answered \(response.status) to a command")
            }
        } catch let error as BrowserError {
            throw .sandbox("\(error)")
        } catch let error as EpisodeFailure {
            throw error
        } catch {
            throw .sandbox("\(error)")
        }
        try await load()
    }

    private func load() async throws(EpisodeFailure) {
        guard let game else { throw .sandbox("no game is open") }
        let response: HTTPResponse
        do {
            response = try await transport.perform(HTTPRequest(url: game))
        } catch {
            throw .sandbox("\(error)")
        }
        guard response.status == 200 else { throw .sandbox("the game answered \(response.status) at \(game)") }
        do {
            tree = try ObservationTree.xml(response.body)
        } catch {
            throw .sandbox("the game's screen is not XML: \(error)")
        }
    }

    private func updateKeyNodes() async throws(EpisodeFailure) {
        var working = monitor
        try await working.update(step: steps, url: currentURL)
        monitor = working
    }
}
