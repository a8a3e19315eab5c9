import AgentProtocol
import AgentRunner
import Browser
import Foundation
import SandboxKit
import Tasks

/// Admits tasks the way Terminal-Bench and the Agentic Benchmark Checklist ask: the
/// oracle solution must pass, and a do-nothing agent and a random agent must fail.
/// The two trivial agents are real agent processes in their sandbox, like any other.
public struct Verification: Sendable {
    public let sandboxes: HostedSandboxes
    public let noopAgent: AgentConfiguration
    public let randomAgent: AgentConfiguration
    public var concurrency = Defaults.Verify.concurrency
    public var limits = Defaults.Verify.limits

    public init(sandboxes: HostedSandboxes, noopAgent: AgentConfiguration, randomAgent: AgentConfiguration) {
        self.sandboxes = sandboxes
        self.noopAgent = noopAgent
        self.randomAgent = randomAgent
    }

    public func verify(_ suites: [Suite], progress: (@Sendable (String) -> Void)? = nil) async -> VerificationReport {
        let tasks = suites.flatMap(\.tasks).sorted { $0.id < $1.id }
        let runner = EpisodeRunner(sandboxes: sandboxes, limits: limits, handshakeTimeout: .seconds(Defaults.Run.handshakeSeconds), includeTree: false)
        let players: [(VerificationReport.Player, Player)] = [(.oracle, .oracle), (.noop, .agent(noopAgent)), (.random, .agent(randomAgent))]
        let jobs: [(task: TaskDefinition, player: VerificationReport.Player, how: Player)] = tasks.flatMap { task in
            players.map { (task, $0.0, $0.1) }
        }
        var report = VerificationReport(tasks: tasks.count, templates: Set(tasks.map { $0.template ?? $0.id }).count)
        var results: [(Int, EpisodeOutcome)] = []
        await BoundedConcurrency.run(Array(jobs.indices), width: concurrency, play: { i in
            let job = jobs[i]
            let key = EpisodeAttempt(taskID: job.task.id, epoch: 0, seed: EpisodePlan.seed(1, job.task.id, 0), attempt: 1)
            return await runner.run(job.task, key: key, index: i, player: job.how)
        }, handle: { i, outcome in
            results.append((i, outcome))
            progress?("\(jobs[i].task.id) \(jobs[i].player.rawValue): \(outcome.status.rawValue)")
            return nil
        })
        for (index, outcome) in results.sorted(by: { $0.0 < $1.0 }) {
            let job = jobs[index]
            let passed = outcome.status == .success
            switch job.player {
            case .oracle:
                if passed { report.oraclePassed += 1 }
                else { report.problems.append(.init(task: job.task.id, player: .oracle, status: outcome.status.rawValue, reason: outcome.reason, file: job.task.file)) }
            case .noop:
                if passed {
                    report.noopPassed += 1
                    report.problems.append(.init(task: job.task.id, player: .noop, status: outcome.status.rawValue, reason: "a do-nothing agent passes: \(outcome.reason)", file: job.task.file))
                }
            case .random:
                if passed {
                    report.randomPassed += 1
                    report.problems.append(.init(task: job.task.id, player: .random, status: outcome.status.rawValue, reason: "a random agent passes: \(outcome.reason)", file: job.task.file))
                }
            }
            if outcome.status == .sandboxError && job.player != .oracle {
                report.problems.append(.init(task: job.task.id, player: job.player, status: outcome.status.rawValue, reason: outcome.reason, file: job.task.file))
            }
        }
        return report
    }
}

/// What `gauntlet verify` found.
public struct VerificationReport: Sendable, Codable, Equatable {
    public enum Player: String, Sendable, Codable { case oracle, noop, random }

    public struct Problem: Sendable, Codable, Equatable {
        public var task: String
        public var player: Player
        public var status: String
        public var reason: String
        public var file: String
    }

    public var tasks: Int
    public var templates: Int
    public var oraclePassed = 0
    public var noopPassed = 0
    public var randomPassed = 0
    public var problems: [Problem] = []

    public var isClean: Bool { problems.isEmpty && oraclePassed == tasks }

    enum CodingKeys: String, CodingKey {
        case tasks, templates, problems
        case oraclePassed = "oracle_passed", noopPassed = "noop_passed", randomPassed = "random_passed"
    }
}
