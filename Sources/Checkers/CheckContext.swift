import Tasks
import Vocabulary

extension Answer {
    /// WebArena's `N/A` (what `stop [N/A]` sends): a non-`ok` answer whose value is
    /// `N/A`, which matches whichever non-`ok` status a task expects.
    public var isNotApplicable: Bool {
        status != .ok && text.trimming(" \t\n") == Answer.notApplicable
    }

    public static let notApplicable = "N/A"
}

/// Fetches a page of the final instance at scoring time, as the harness's browser
/// would (same instance header, no agent cookies unless the caller adds them).
public protocol PageFetching: Sendable {
    /// The response body of a GET of `url` (an absolute URL).
    func fetch(url: String) async throws -> [UInt8]
}

/// Everything a checker may look at once the agent is frozen.
public struct CheckContext: Sendable {
    public var answer: Answer?
    /// The goal the agent saw; answers may repeat the values it states. `TaskScorer`
    /// fills it in from the task.
    public var goal: String
    /// The URL of the active tab at the end (or, for key nodes, after this step).
    public var finalURL: String?
    /// Base URL of each sandbox in this run, e.g. `shop` → `http://shop.localhost:8123`;
    /// resolves the `shop:/path` shorthand of task files.
    public var baseURLs: [String: String]
    public var requests: [RequestRecord]
    public var state: (any StateQuerying)?
    public var pages: (any PageFetching)?
    /// The instance's state diff when the caller already computed it (the harness does, for
    /// the episode page); collateral checks compute it from `state` otherwise.
    public var diff: StateDiff?
    /// Tables of the sandboxes' sessions and logs (`Sandbox.sessionTables`), which any
    /// episode may change: every collateral check allows them, and a task without one
    /// gets a collateral check that allows nothing else.
    public var sessionTables: [String]

    public init(
        answer: Answer? = nil, goal: String = "", finalURL: String? = nil, baseURLs: [String: String] = [:],
        requests: [RequestRecord] = [], state: (any StateQuerying)? = nil, pages: (any PageFetching)? = nil,
        diff: StateDiff? = nil, sessionTables: [String] = []
    ) {
        self.answer = answer
        self.goal = goal
        self.finalURL = finalURL
        self.baseURLs = baseURLs
        self.requests = requests
        self.state = state
        self.pages = pages
        self.diff = diff
        self.sessionTables = sessionTables
    }

    /// `shop:/cart` → `http://shop.localhost:8123/cart`; absolute URLs pass through.
    public func resolve(_ location: String) -> String? {
        guard let (sandbox, rest) = SandboxLocation.split(location) else { return location }
        guard var base = baseURLs[sandbox] else { return nil }
        while base.hasSuffix("/") { base.removeLast() }
        return base + rest
    }
}

/// The outcome of one check, with its children for `all` and `any`.
public struct CheckResult: Sendable, Equatable, Codable {
    /// The check's tag, e.g. `url` or `all`.
    public var kind: String
    public var passed: Bool
    /// In [0, 1]: 1 or 0 for leaves; the mean (all) or maximum (any) for combinators.
    public var score: Double
    /// Human-readable: why it passed or failed.
    public var reason: String
    /// True when the check could not be evaluated (no state, SQL error, fetch
    /// failure): a problem of the task or the host, not of the agent.
    public var isError: Bool
    public var children: [CheckResult]
    /// What a leaf check wanted, for episode pages: the task's check (a state check's
    /// SQL and expected rows, the URL pattern, the answer matchers) and any values its
    /// queries resolved to. Nil for combinators. Never read when scoring.
    public var expected: String?
    /// What the episode gave the check: the rows, the final URL, the answer, the page text.
    public var actual: String?

    public init(
        kind: String, passed: Bool, score: Double? = nil, reason: String, isError: Bool = false,
        children: [CheckResult] = [], expected: String? = nil, actual: String? = nil
    ) {
        self.kind = kind
        self.passed = passed
        self.score = score ?? (passed ? 1 : 0)
        self.reason = reason
        self.isError = isError
        self.children = children
        self.expected = expected
        self.actual = actual
    }

    /// This result with what the check expected and what it found.
    func showing(expected: String, actual: String?) -> CheckResult {
        var shown = self
        shown.expected = expected
        shown.actual = actual
        return shown
    }

    static func error(_ kind: String, _ reason: String) -> CheckResult {
        CheckResult(kind: kind, passed: false, reason: reason, isError: true)
    }

    /// True if this result or any child could not be evaluated.
    public var containsError: Bool {
        isError || children.contains { $0.containsError }
    }
}
