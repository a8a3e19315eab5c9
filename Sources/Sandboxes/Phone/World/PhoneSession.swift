import AgentProtocol
import Browser
import ObservationTree
import Vocabulary
import Worlds

/// One phone episode: the device on the episode's instance, reached in process or over
/// HTTP (`HostExchange`). Agents' actions become device operations here: an element
/// (`[id]`, `role 'name'`) is the centre of its bounds on the screen the agent saw, as
/// AndroidWorld clicks an element; everything after that is the device's.
actor PhoneSession: WorldSession {
    private let exchange: HostExchange
    private let origin: String
    private let act: WebURL
    private let includeTree: Bool
    private let user: ScriptedUser
    private var shown: Shown
    private let renderer = TextRenderer()

    /// What the agent saw last: the screen's XML, its tree, and where the device was.
    struct Shown: Sendable {
        var xml: [UInt8]
        var tree: ObservationTree
        var place: String
    }

    init(exchange: HostExchange, origin: Origin, includeTree: Bool, user: ScriptedUser?,
         shown: Shown = Shown(xml: [], tree: ObservationTree(nodes: []), place: "")) throws(WorldFailure) {
        self.user = user ?? ScriptedUser(intents: [])
        self.exchange = exchange
        self.origin = origin.description
        guard let act = WebURL(origin.description + "/act") else { throw .sandbox("no URL for the phone at \(origin)") }
        self.act = act
        self.includeTree = includeTree
        self.shown = shown
    }

    /// Puts the device on the task's start (`/`, `/<app>`, `/<app>/<screen>?…`).
    func launch(_ path: String) async throws(WorldFailure) {
        if let error = try await send(.launch(String(path.drop { $0 == "/" }))) {
            throw .sandbox("the phone cannot start at \(path): \(error)")
        }
    }

    func perform(_ action: Action) async throws(WorldFailure) -> String? {
        switch operation(for: action) {
        case .success(let operation): return try await send(operation)
        case .failure(let error): return error.message
        }
    }

    func observation() -> Observation {
        let tree = includeTree ? RawJSON(unchecked: shown.tree.json) : nil
        return Observation(url: location, title: shown.place, text: renderer.render(shown.tree), tree: tree,
                           xml: String(decoding: shown.xml, as: UTF8.self))
    }

    /// `http://phone.localhost:PORT/<app>/<screen>?<args>`: key nodes match it as a URL.
    var location: String { origin + "/" + shown.place }

    /// A phone keeps no record of an infeasible answer; the checkers read the answer.
    func declareInfeasible(naming missing: String) {}

    /// Typed text with another value; typing into a search field (hinted "Search …") only
    /// navigates, as a web searchbox does, so it is not mutated (docs/tasks.md, "Trials").
    func mutation(of action: Action) -> Action? {
        guard case .inputText(let target, let text) = action else { return nil }
        let field: String? = switch target {
        case .named(_, let name): name
        case .id(let id): shown.tree.nodes.first { $0.id == id }?.name
        case .point, nil: nil
        }
        if let field, field.hasPrefix("Search ") { return nil }
        return .inputText(target, text: WebTrials.otherText(text))
    }

    /// Every element that reacts to a tap, top to bottom, then back: what a goal-blind
    /// explorer can do here.
    func explorationMoves() -> [Action] {
        var moves: [Action] = []
        for node in shown.tree.nodes where node.bounds != nil && !node.states.contains(.disabled)
            && (node.role.isInteractive || node.states.contains(.clickable)) && node.role != .textbox {
            moves.append(.click(.id(node.id)))
        }
        moves.append(.navigateBack)
        return moves
    }

    func snapshot() -> WorldSnapshot {
        WorldSnapshot(world: PhoneWorld().name, payload: shown)
    }

    // MARK: Actions to operations

    private func operation(for action: Action) -> Result<DeviceOperation, ActionParseError> {
        do throws(ActionParseError) {
            switch action {
            case .click(let target): let p = try point(target); return .success(.tap(x: p.x, y: p.y))
            case .longPress(let target): let p = try point(target); return .success(.longPress(x: p.x, y: p.y))
            case .inputText(let target, let text):
                var p: (x: Double, y: Double)?
                if let target { p = try point(target) }
                return .success(.input(text, x: p?.x, y: p?.y))
            case .clear(let target): let p = try point(target); return .success(.clear(x: p.x, y: p.y))
            case .scroll(let direction): return .success(.scroll(direction, x: nil, y: nil))
            case .scrollElement(let target, let direction): let p = try point(target); return .success(.scroll(direction, x: p.x, y: p.y))
            case .swipe(let direction): return .success(.swipe(direction))
            case .navigateBack: return .success(.back)
            case .navigateHome: return .success(.home)
            case .keyboardEnter: return .success(.enter)
            case .openApp(let name): return .success(.openApp(name))
            case .askUser(let question): return .success(.ask(question, reply: user.reply(to: question)))
            case .wait(let seconds):
                let s = seconds ?? Double(PhoneDevice.secondsPerAction)
                guard s <= 3600 else { throw ActionParseError("wait: at most 3600 seconds at a time") }
                return .success(.wait(seconds: Int(s)))
            default:
                throw ActionParseError("\(action.name) is not a phone action (actions: \(ActionSpace.gui.actionNames.joined(separator: ", ")))")
            }
        } catch {
            return .failure(error)
        }
    }

    /// The centre of the element's bounds on the screen last shown, or the point itself.
    private func point(_ target: ElementTarget) throws(ActionParseError) -> (x: Double, y: Double) {
        let nodes = shown.tree.nodes
        let node: ObservationNode?
        switch target {
        case .point(let x, let y): return (x, y)
        case .id(let id): node = nodes.first { $0.id == id }
        case .named(let role, let name):
            let wanted = name.lowercased()
            node = nodes.first { $0.name.lowercased() == wanted && (role == nil || $0.role.rawValue == role) && $0.bounds != nil }
        }
        guard let node else { throw ActionParseError("no element \(target) on this screen") }
        guard let b = node.bounds, b.width > 0, b.height > 0 else { throw ActionParseError("\(target) is not on the screen (it has no bounds)") }
        return (Double((b.x1 + b.x2) / 2), Double((b.y1 + b.y2) / 2))
    }

    // MARK: Exchange

    private func send(_ operation: DeviceOperation) async throws(WorldFailure) -> String? {
        let response: HTTPResponse
        let attachment: (any Sendable)?
        do {
            (response, attachment) = try await exchange.exchange(HTTPRequest(method: .post, url: act, body: Array(operation.form.urlEncoded.utf8)))
        } catch {
            throw .sandbox("\(error)")
        }
        guard response.status == 200 else {
            throw .sandbox("the phone answered \(response.status) to \(operation): \(String(decoding: response.body.prefix(300), as: UTF8.self))")
        }
        shown = Shown(xml: response.body, tree: try Self.tree(of: response.body, screen: attachment as? LaidOutScreen),
                      place: response.header(PhoneSandbox.locationHeader.lowercased()) ?? shown.place)
        return response.header(PhoneSandbox.errorHeader.lowercased()).map { FormFields.decode(Substring($0)) }
    }

    /// The tree of the screen's XML: from the laid-out screen when the device is in this
    /// process (the same tree, without parsing), else read from the XML.
    private static func tree(of xml: [UInt8], screen: LaidOutScreen?) throws(WorldFailure) -> ObservationTree {
        if let screen, let tree = UIAutomatorXML.tree(screen) { return tree }
        do {
            return try ObservationTree.xml(xml)
        } catch {
            throw .sandbox("the phone's screen is not XML: \(error)")
        }
    }
}
