import AgentProtocol
import AgentRunner
import Browser
import Defaults
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
        let all = suites.flatMap(\.tasks).sorted { $0.id < $1.id }
        // A task fault (an oracle step that does not parse, SQL that does not prepare) is
        // the task author's, not the harness's: it is reported at its file, line and field,
        // and the task is not played, so it never shows as an episode's `sandbox_error`.
        let audit = TaskAudit(host: sandboxes.host, registry: sandboxes.registry)
        var faults: [TaskProblem] = []
        var tasks: [TaskDefinition] = []
        for task in all {
            let found = await audit.problems(task)
            if found.isEmpty { tasks.append(task) } else { faults += found }
        }
        let runner = EpisodeRunner(sandboxes: sandboxes, limits: limits, handshakeTimeout: .seconds(Defaults.Run.handshakeSeconds), includeTree: false)
        let players: [(VerificationReport.Player, Player)] = [(.oracle, .oracle), (.noop, .agent(noopAgent)), (.random, .agent(randomAgent))]
        let jobs: [(task: TaskDefinition, player: VerificationReport.Player, how: Player)] = tasks.flatMap { task in
            players.map { (task, $0.0, $0.1) }
        }
        var report = VerificationReport(tasks: all.count, templates: Set(all.map { $0.template ?? $0.id }).count)
        report.taskFaults = faults
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
            // The field to look at: the oracle when it fails, the checks when a trivial agent
            // passes them, none for a harness fault.
            func problem(_ reason: String) -> VerificationReport.Problem {
                let field = outcome.status == .sandboxError ? "" : job.player == .oracle ? "oracle" : "checks"
                return .init(task: job.task.id, player: job.player, status: outcome.status.rawValue, reason: reason, file: job.task.file,
                             line: field == "oracle" ? job.task.statements.first { $0.kind == .action }?.line : nil, field: field)
            }
            switch job.player {
            case .oracle:
                if passed { report.oraclePassed += 1 }
                else { report.problems.append(problem(outcome.reason)) }
            case .noop:
                if passed {
                    report.noopPassed += 1
                    report.problems.append(problem("a do-nothing agent passes: \(outcome.reason)"))
                }
            case .random:
                if passed {
                    report.randomPassed += 1
                    report.problems.append(problem("a random agent passes: \(outcome.reason)"))
                }
            }
            if outcome.status == .sandboxError && job.player != .oracle {
                report.problems.append(problem(outcome.reason))
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
        /// Where in the file to look: the first oracle step, or nil when the loader keeps no line.
        public var line: Int?
        /// `oracle` when the oracle fails, `checks` when a trivial agent passes them, empty
        /// for a `sandbox_error` (the harness's fault, not the file's).
        public var field: String
    }

    public var tasks: Int
    public var templates: Int
    public var oraclePassed = 0
    public var noopPassed = 0
    public var randomPassed = 0
    public var problems: [Problem] = []
    /// Faults of the task files themselves, found before playing; their tasks are not played.
    public var taskFaults: [TaskProblem] = []

    public var isClean: Bool { problems.isEmpty && taskFaults.isEmpty && oraclePassed == tasks }

    enum CodingKeys: String, CodingKey {
        case tasks, templates, problems
        case taskFaults = "task_faults"
        case oraclePassed = "oracle_passed", noopPassed = "noop_passed", randomPassed = "random_passed"
    }
}
