import AgentProtocol
import Checkers
import SandboxKit
import Tasks
import Vocabulary

/// The one way checkers see an instance: at the end of a live episode, after every step
/// for key nodes, and when a stored run is scored again from its saved state.
struct InstanceChecks: Sendable {
    let host: SandboxHost
    let instanceID: String
    let baseURLs: [String: String]

    /// What a check reads. A state that cannot be read is left out, so the checks that
    /// need it fail to run (an error, hence `sandbox_error`), never pass or fail.
    func context(
        answer: Answer?, finalURL: String?, requests: [RequestRecord], diff: StateDiff? = nil, sessionTables: [String] = []
    ) async -> CheckContext {
        CheckContext(
            answer: answer, finalURL: finalURL, baseURLs: baseURLs, requests: requests,
            state: try? await host.stateReader(instanceID),
            pages: PageFetcher(baseURLs: baseURLs, instanceID: instanceID), diff: diff, sessionTables: sessionTables)
    }

    /// The task's checks on this instance, and the verdict they give.
    /// `diff`, when the caller already computed it, spares the collateral checks a second scan.
    func score(_ task: TaskDefinition, answer: Answer?, finalURL: String?, requests: [RequestRecord],
               diff: StateDiff? = nil) async -> Verdict {
        // The sessions and logs of the task's sandboxes may change in any episode.
        let sessionTables = host.sandboxes.filter { task.sandboxes.contains($0.name) }.flatMap(\.sessionTables)
        return Verdict(await TaskScorer().score(
            task, in: await context(answer: answer, finalURL: finalURL, requests: requests, diff: diff, sessionTables: sessionTables)))
    }
}
