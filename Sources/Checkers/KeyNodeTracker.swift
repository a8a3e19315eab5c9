import Tasks

/// Key nodes reached so far in an episode (WebCanvas's progress measure).
///
/// Call `update` after every step. Nodes are checked in any order, and a node once
/// reached stays reached even if the agent navigates away or undoes the change.
public struct KeyNodeTracker: Sendable {
    public let nodes: [KeyNode]
    /// For each node, the step at which it was first reached.
    public private(set) var reachedAtStep: [Int?]
    private let evaluator = CheckEvaluator()

    public init(nodes: [KeyNode]) {
        self.nodes = nodes
        reachedAtStep = Array(repeating: nil, count: nodes.count)
    }

    /// Checks the nodes not yet reached against this step's context: `finalURL` is the
    /// current URL and `requests` the log entries this step added (earlier entries
    /// were seen by earlier updates, and reached nodes are never un-reached).
    /// `pageStatus` is the status of the response that produced the current page.
    /// A node counts only when reached with a successful response: a URL node on a page
    /// served 2xx (not a 404, not the sign-in page a 303 led to, since its URL differs), a
    /// request node by a request answered below 400.
    /// Returns the indices of nodes newly reached.
    @discardableResult
    public mutating func update(step: Int, context: CheckContext, pageStatus: Int?) async -> [Int] {
        var newly: [Int] = []
        var succeeded = context
        succeeded.requests = context.requests.filter { $0.status < 400 }
        let pageServed = pageStatus.map { (200..<300).contains($0) } ?? false
        for (i, node) in nodes.enumerated() where reachedAtStep[i] == nil {
            if case .url = node.check, !pageServed { continue }
            let result = await evaluator.evaluate(node.check, in: succeeded)
            if result.passed {
                reachedAtStep[i] = step
                newly.append(i)
            }
        }
        return newly
    }

    public var reachedCount: Int { reachedAtStep.lazy.filter { $0 != nil }.count }

    /// Share of key nodes reached, in [0, 1]; 1 for a task without key nodes only
    /// if `isComplete`, so use `nodes.isEmpty` to tell the two apart.
    public var progress: Double {
        nodes.isEmpty ? 0 : Double(reachedCount) / Double(nodes.count)
    }

    /// Every key node reached.
    public var isComplete: Bool { !nodes.isEmpty && reachedCount == nodes.count }

    /// Names of the nodes not reached, for reports.
    public var missing: [String] {
        nodes.indices.filter { reachedAtStep[$0] == nil }.map { nodes[$0].name }
    }
}
