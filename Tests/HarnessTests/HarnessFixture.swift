import AgentProtocol
import Foundation
@testable import Harness
import Shop
import Tasks
import Testing
import TextWorlds
import Worlds

/// In-process harness pieces over the real sandboxes: a real host on loopback, the
/// real worlds, the suites in `tasks/`.
enum HarnessFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static let registry = SandboxRegistry([ShopSandbox(), GamesSandbox()])

    static func suite(_ name: String) throws -> Suite {
        let loaded = TaskLoader(knownSandboxes: nil).loadSuite(directory: "\(root)/tasks/\(name)")
        guard loaded.problems.isEmpty, let suite = loaded.suite else {
            throw FixtureError("tasks/\(name): \(loaded.problems)")
        }
        return suite
    }

    static func task(_ id: String) throws -> TaskDefinition {
        let suite = try suite(String(id.prefix { $0 != "/" }))
        guard let task = suite.tasks.first(where: { $0.id == id }) else { throw FixtureError("no task \(id)") }
        return task
    }

    static func runner(_ sandboxes: HostedSandboxes) -> EpisodeRunner {
        EpisodeRunner(sandboxes: sandboxes, limits: EpisodeLimits(steps: 30, stepSeconds: 30, episodeSeconds: 120),
                      handshakeTimeout: .seconds(30), includeTree: false)
    }

    static func key(_ task: TaskDefinition) -> EpisodeAttempt {
        EpisodeAttempt(taskID: task.id, epoch: 0, seed: EpisodePlan.seed(1, task.id, 0), attempt: 1)
    }

    /// A played plan that must fail with score 0, for `reason` (a part of the verdict's reason).
    static func expectWrong(_ outcome: EpisodeOutcome, _ reason: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(outcome.status == .failure, "\(outcome.reason)", sourceLocation: sourceLocation)
        #expect(outcome.score == 0, "\(outcome.reason)", sourceLocation: sourceLocation)
        #expect(outcome.reason.contains(reason), "\(outcome.reason)", sourceLocation: sourceLocation)
    }

    /// A fresh temporary directory.
    static func directory(_ label: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gauntlet-\(label)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
