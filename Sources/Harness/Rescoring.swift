import AgentProtocol
import Browser
import Checkers
import Foundation
import Leaderboard
import SandboxKit
import Tasks
import Vocabulary

/// Scores a stored run again from what the leaderboard kept of each episode (final
/// state bytes, request log, answer, final URL), with no agent and no replay, and
/// says where the result differs from what was stored.
public struct Rescoring: Sendable {
    public let sandboxes: HostedSandboxes

    public init(sandboxes: HostedSandboxes) {
        self.sandboxes = sandboxes
    }

    public struct Result: Sendable {
        public var episodes = 0
        /// Episodes never scored (unanswered, or ended before their checks ran) keep
        /// their status: nothing to score.
        public var skipped = 0
        public var reproduced = 0
        public var mismatches: [String] = []
    }

    public func rescore(_ episodes: [EpisodeRecord], tasks: [String: TaskDefinition]) async -> Result {
        var result = Result()
        let host = sandboxes.host
        for episode in episodes {
            result.episodes += 1
            guard !episode.checkerResults.isEmpty, let answer = episode.answer else {
                result.skipped += 1
                continue
            }
            let label = "\(episode.taskID)#\(episode.epoch) attempt \(episode.attempt)"
            guard let task = tasks[episode.taskID] else {
                result.mismatches.append("\(label): task \(episode.taskID) is no longer in the suites")
                continue
            }
            guard task.checksum == episode.taskChecksum else {
                result.mismatches.append("\(label): the task file changed since the run (checksum \(episode.taskChecksum.prefix(12)) → \(task.checksum.prefix(12)))")
                continue
            }
            do {
                let instance = try await host.importInstance(
                    SQLiteImage(bytes: Array(episode.finalState ?? Data())), sandboxes: task.sandboxes, seed: task.seed)
                defer { Task { [host] in await host.dropInstance(instance) } }
                let log = try JSONDecoder().decode([RequestRecord].self, from: Data(episode.requestLogJSON.utf8))
                let checks = InstanceChecks(host: host, instanceID: instance, baseURLs: sandboxes.baseURLs)
                let verdict = await checks.score(
                    task, answer: answer,
                    finalURL: episode.finalURL.map { Self.moveOrigin($0, to: sandboxes.origins) }, requests: log)
                if verdict.status == episode.status && abs(verdict.score - episode.score) < 1e-9 {
                    result.reproduced += 1
                } else {
                    result.mismatches.append("\(label): stored \(episode.status.rawValue) \(episode.score), rescored \(verdict.status.rawValue) \(verdict.score): \(verdict.reason)")
                }
            } catch {
                result.mismatches.append("\(label): cannot rescore: \(error)")
            }
        }
        return result
    }

    /// A URL recorded on an earlier server moved to this run's port, matched by host name.
    static func moveOrigin(_ url: String, to origins: [String: Origin]) -> String {
        guard let parsed = WebURL(url), let origin = origins.values.first(where: { $0.host == parsed.host }) else { return url }
        return "http://\(origin.host):\(origin.port)\(parsed.target)"
    }
}
