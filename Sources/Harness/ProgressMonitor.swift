import Checkers
import SandboxKit
import Tasks
import Vocabulary

/// Key nodes of one episode, checked after every step against the instance: the
/// URL, the requests the step added, the state, and pages fetched on demand.
struct ProgressMonitor: Sendable {
    private(set) var tracker: KeyNodeTracker
    private var requestsSeen = 0
    let host: SandboxHost
    let instanceID: String
    let baseURLs: [String: String]

    init(keyNodes: [KeyNode], host: SandboxHost, instanceID: String, baseURLs: [String: String]) {
        tracker = KeyNodeTracker(nodes: keyNodes)
        self.host = host
        self.instanceID = instanceID
        self.baseURLs = baseURLs
    }

    mutating func update(step: Int, url: String) async throws(EpisodeFailure) {
        guard !tracker.nodes.isEmpty else { return }
        let log: [RequestRecord]
        do {
            log = try await host.requestLog(instanceID)
        } catch {
            throw .sandbox("cannot read the request log: \(error)")
        }
        let fresh = Array(log.dropFirst(requestsSeen))
        requestsSeen = log.count
        let state = try? await host.stateReader(instanceID)
        let context = CheckContext(
            finalURL: url, baseURLs: baseURLs, requests: fresh,
            state: state, pages: PageFetcher(baseURLs: baseURLs, instanceID: instanceID))
        await tracker.update(step: step, context: context)
    }
}
