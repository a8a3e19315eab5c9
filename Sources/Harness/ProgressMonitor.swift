import Checkers
import SandboxKit
import Tasks
import Vocabulary
import Worlds

/// Key nodes of one episode, checked after every step against the instance: the
/// location, the requests the step added, the state, and pages fetched on demand.
struct ProgressMonitor: Sendable {
    private(set) var tracker: KeyNodeTracker
    private var requestsSeen = 0
    /// The status of the last response: the one that produced the current page.
    private var pageStatus: Int?
    private(set) var checks: InstanceChecks

    init(keyNodes: [KeyNode], checks: InstanceChecks) {
        tracker = KeyNodeTracker(nodes: keyNodes)
        self.checks = checks
    }

    /// The same progress, checked from now on against another instance (a fork's copy,
    /// whose request log is this one's so far).
    func moved(to checks: InstanceChecks) -> ProgressMonitor {
        var moved = self
        moved.checks = checks
        return moved
    }

    mutating func update(step: Int, location: String) async throws(WorldFailure) {
        guard !tracker.nodes.isEmpty else { return }
        let log: [RequestRecord]
        do {
            log = try await checks.host.requestLog(checks.instanceID)
        } catch {
            throw .sandbox("cannot read the request log: \(error)")
        }
        let fresh = Array(log.dropFirst(requestsSeen))
        requestsSeen = log.count
        if let last = fresh.last { pageStatus = last.status }
        await tracker.update(
            step: step, context: await checks.context(answer: nil, finalURL: location, requests: fresh), pageStatus: pageStatus)
    }
}
