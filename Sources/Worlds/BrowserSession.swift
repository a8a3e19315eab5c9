import AgentProtocol
import Browser
import Vocabulary

/// One web episode: a browser on the episode's sandbox instance. Every action goes
/// through it.
actor BrowserSession: WorldSession {
    private var browser: Browser
    private let includeTree: Bool

    init(browser: Browser, includeTree: Bool) {
        self.browser = browser
        self.includeTree = includeTree
    }

    func open(_ start: String) async throws(WorldFailure) {
        if let error = await act(.goto(start)) {
            throw .sandbox("cannot open the start page \(start): \(error)")
        }
    }

    func perform(_ action: Action) async throws(WorldFailure) -> String? {
        switch ActionTranslation.browserCommand(for: action) {
        case .failure(let error):
            return error.description
        case .success(let command):
            guard let error = await act(command) else { return nil }
            // The sandbox not answering is Gauntlet's failure, never the agent's.
            if case .transport(let message) = error { throw .sandbox(message) }
            return error.description
        }
    }

    func observation() -> Observation {
        let seen = browser.observe()
        let tabs = seen.tabs.map { TabInfo(index: $0.index, title: $0.title, url: $0.url, active: $0.active) }
        let tree = includeTree ? RawJSON(unchecked: seen.tree.json) : nil
        return Observation(url: seen.url, title: seen.title, text: seen.text, tabs: tabs, tree: tree)
    }

    /// The active tab's URL, as `observe()` reports it, without rendering the page.
    var location: String { browser.page?.url.string ?? "about:blank" }

    func mutation(of action: Action) -> Action? {
        WebTrials.mutation(of: action, in: browser)
    }

    /// The page's links to its own origin, followed breadth-first.
    func explorationMoves() -> [Action] {
        WebTrials.links(in: browser)
    }

    /// A website keeps no record of an infeasible answer; the checkers read the answer.
    func declareInfeasible(naming missing: String) {}

    func snapshot() -> WorldSnapshot {
        WorldSnapshot(world: BrowserWorld().name, payload: browser.state)
    }

    /// Runs a browser command. The harness sends one action at a time, so working on a
    /// copy across the suspension and storing it back loses nothing.
    private func act(_ command: BrowserCommand) async -> BrowserError? {
        var working = browser
        let error = await working.perform(command)
        browser = working
        return error
    }
}
