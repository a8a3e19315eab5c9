import AgentProtocol
import AgentRunner
import Browser
import Checkers
import ObservationTree
import SandboxKit
import Tasks
import Vocabulary

/// The world of one text-game episode: the game's screen on the episode's instance,
/// read as XML into an observation tree. `say [command]` posts the command; an
/// `infeasible` answer is declared to the game before the episode ends.
///
/// HTTP contract (docs/textgames.md): `GET /play/<family>/<id>` is the screen XML;
/// `POST` to it with `command=<text>` applies a command and redirects back; with
/// `?respond=screen` it answers with the new screen at once, which is what this posts.
actor GameEnvironment: EpisodeWorld {
    private let transport: HTTPTransport
    private let policy: OriginPolicy
    private var game: WebURL?
    private var postURL: WebURL?
    private var tree = ObservationTree(nodes: [])
    private var monitor: ProgressMonitor
    private(set) var steps = 0
    private(set) var shown: [(text: String, url: String)] = []
    nonisolated let actionSpace = ActionSpace.text
    private let renderer = TextRenderer()

    /// The games sandbox's query for "answer a command with the new screen" (docs/textgames.md).
    static let respondWithScreen = "?respond=screen"

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
        postURL = WebURL(url.string + Self.respondWithScreen)
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

    /// Posts the command with `?respond=screen`, so the answer is the new screen itself
    /// (one request per step instead of POST, 303, GET).
    private func post(_ command: String) async throws(EpisodeFailure) {
        guard let game, let target = postURL else { throw .sandbox("no game is open") }
        let body = FormFields(pairs: [.init(name: "command", value: command)]).urlEncoded
        let response: HTTPResponse
        do {
            response = try await transport.perform(HTTPRequest(method: .post, url: target, body: Array(body.utf8)))
        } catch {
            throw .sandbox("\(error)")
        }
        switch response.status {
        case 200: try show(response)
        case 303: try await load()
        default: throw .sandbox("the game answered \(response.status) to a command at \(game)")
        }
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
        try show(response)
    }

    private func show(_ response: HTTPResponse) throws(EpisodeFailure) {
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
