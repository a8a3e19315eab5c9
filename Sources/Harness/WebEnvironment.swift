import AgentProtocol
import AgentRunner
import Browser
import Checkers
import SandboxKit
import Tasks
import Vocabulary

/// The world of one web episode: a browser on the episode's sandbox instance. Every
/// action goes through it, and key nodes are checked after every step.
actor WebEnvironment: EpisodeWorld {
    private var browser: Browser
    private let host: SandboxHost
    let instanceID: String
    let baseURLs: [String: String]
    private var monitor: ProgressMonitor
    private(set) var steps = 0
    /// What each performed action led to, in order: the observation text and URL.
    private(set) var shown: [(text: String, url: String)] = []
    private let includeTree: Bool
    nonisolated let actionSpace = ActionSpace.web

    init(browser: Browser, host: SandboxHost, instanceID: String, baseURLs: [String: String],
         keyNodes: [KeyNode], includeTree: Bool) {
        self.browser = browser
        self.host = host
        self.instanceID = instanceID
        self.baseURLs = baseURLs
        monitor = ProgressMonitor(keyNodes: keyNodes, host: host, instanceID: instanceID, baseURLs: baseURLs)
        self.includeTree = includeTree
    }

    /// Opens the task's start page; a failure here is the sandbox's, not the agent's.
    func open(_ start: String) async throws(EpisodeFailure) {
        if let error = await act(.goto(start)) {
            throw .sandbox("cannot open the start page \(start): \(error)")
        }
        try await updateKeyNodes()
    }

    func perform(_ action: Action) async throws -> StepResult {
        steps += 1
        var actionError: String?
        switch ActionTranslation.browserCommand(for: action) {
        case .failure(let error):
            actionError = error.description
        case .success(let command):
            if let error = await act(command) {
                // The sandbox not answering is Gauntlet's failure, never the agent's.
                if case .transport(let message) = error { throw EpisodeFailure.sandbox(message) }
                actionError = error.description
            }
        }
        try await updateKeyNodes()
        let next = observation()
        shown.append((next.text, next.url))
        return StepResult(observation: next, actionError: actionError)
    }

    func observation() -> Observation {
        let seen = browser.observe()
        let tabs = seen.tabs.map { TabInfo(index: $0.index, title: $0.title, url: $0.url, active: $0.active) }
        let tree = includeTree ? RawJSON(unchecked: seen.tree.json) : nil
        return Observation(url: seen.url, title: seen.title, text: seen.text, tabs: tabs, tree: tree)
    }

    var currentURL: String { browser.observe().url }
    var progress: KeyNodeTracker { monitor.tracker }

    private func updateKeyNodes() async throws(EpisodeFailure) {
        var working = monitor
        try await working.update(step: steps, url: currentURL)
        monitor = working
    }

    /// Runs a browser command. The session sends one action at a time, so working on a
    /// copy across the suspension and storing it back loses nothing.
    private func act(_ command: BrowserCommand) async -> BrowserError? {
        var working = browser
        let error = await working.perform(command)
        browser = working
        return error
    }
}

/// A failure of Gauntlet's side of an episode: only these are retried.
enum EpisodeFailure: Error, CustomStringConvertible {
    case sandbox(String)

    var description: String {
        switch self {
        case .sandbox(let message): "sandbox error: \(message)"
        }
    }
}

/// Fetches pages of an episode's instance at scoring time: the same instance header
/// as the agent's browser, none of its cookies, sandbox origins only.
struct PageFetcher: PageFetching {
    let baseURLs: [String: String]
    let instanceID: String

    func fetch(url: String) async throws -> [UInt8] {
        let origins = baseURLs.compactMapValues { base -> Origin? in
            WebURL(base).map { $0.origin }
        }
        let policy = OriginPolicy(sandboxes: origins)
        let target = try policy.resolve(url, from: nil).get()
        let transport = try HTTPTransport(instance: instanceID)
        return try await transport.perform(HTTPRequest(url: target)).body
    }
}
