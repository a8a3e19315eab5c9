import AgentProtocol
import AgentRunner
import Browser
import Defaults
import Foundation
import SandboxKit
import Tasks
import Vocabulary

/// Admits tasks the way Terminal-Bench and the Agentic Benchmark Checklist ask: the
/// oracle solution (and every alternative oracle) must pass, and every way of doing the
/// task wrong must fail: a do-nothing agent, a random agent, each mutant of the oracle,
/// a goal-blind explorer and a page-dump answerer (docs/tasks.md "Trials"). The two
/// trivial agents are real agent processes in their sandbox, like any other; the other
/// trials are played in-process, like the oracle.
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

    /// One episode to play: a task, who plays it, and where in the file its rule points.
    struct Job: Sendable {
        var task: TaskDefinition
        var suite: String
        var kind: VerificationReport.Player
        var player: Player
        /// The mutated oracle step (1-based), or the alternative oracle's index.
        var step: Int?
        /// The field and line a broken rule points at.
        var field: String
        var line: Int?
    }

    public func verify(_ suites: [Suite], progress: (@Sendable (String) -> Void)? = nil) async -> VerificationReport {
        let suiteOf = Dictionary(suites.flatMap { suite in suite.tasks.map { ($0.id, suite.name) } }) { first, _ in first }
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
        let jobs = tasks.flatMap { trials(of: $0, suite: suiteOf[$0.id] ?? "") }
        var report = VerificationReport(tasks: all.count, templates: Set(all.map { $0.template ?? $0.id }).count)
        report.taskFaults = faults
        var results: [(Int, EpisodeOutcome)] = []
        await BoundedConcurrency.run(Array(jobs.indices), width: concurrency, play: { i in
            let job = jobs[i]
            let key = EpisodeAttempt(taskID: job.task.id, epoch: 0, seed: EpisodePlan.seed(1, job.task.id, 0), attempt: 1)
            return await runner.run(job.task, key: key, index: i, player: job.player)
        }, handle: { i, outcome in
            results.append((i, outcome))
            progress?("\(jobs[i].task.id) \(jobs[i].kind.rawValue)\(jobs[i].step.map { " \($0)" } ?? ""): \(outcome.status.rawValue)")
            return nil
        })
        var counts: [String: VerificationReport.SuiteCounts] = [:]
        for task in tasks { counts[suiteOf[task.id] ?? "", default: .init(suite: suiteOf[task.id] ?? "")].tasks += 1 }
        for (index, outcome) in results.sorted(by: { $0.0 < $1.0 }) {
            let job = jobs[index]
            let trial = Self.trial(job, outcome)
            report.trials.append(trial)
            counts[job.suite, default: .init(suite: job.suite)].count(trial)
            switch job.kind {
            case .oracle: if trial.result == .passed { report.oraclePassed += 1 }
            case .noop: if trial.result == .passed { report.noopPassed += 1 }
            case .random: if trial.result == .passed { report.randomPassed += 1 }
            default: break
            }
            if trial.problem || (outcome.status == .sandboxError && !job.kind.mustPass) {
                report.problems.append(Self.problem(job, outcome, trial))
            }
        }
        report.suites = suites.map(\.name).filter { counts[$0] != nil }.map { counts[$0]! }
        return report
    }

    /// Every trial of one task, in this order: the oracle, the alternative oracles, a
    /// mutant per parameterised oracle step, the explorer, the page dump (for a task that
    /// checks an answer), the do-nothing and the random agent.
    func trials(of task: TaskDefinition, suite: String) -> [Job] {
        func job(_ kind: VerificationReport.Player, _ player: Player, step: Int? = nil, field: String, line: Int?) -> Job {
            Job(task: task, suite: suite, kind: kind, player: player, step: step, field: field, line: line)
        }
        func line(_ field: String) -> Int? { task.statements.first { $0.field == field }?.line }
        var jobs = [job(.oracle, .oracle, field: "oracle", line: line("oracle[0]"))]
        for (i, steps) in task.alternativeOracles.enumerated() {
            let field = "oracles[\(i)]"
            jobs.append(job(.alternativeOracle, .trial(.steps(steps)), step: i, field: field, line: line(field + "[0]")))
        }
        if let world = try? sandboxes.world(for: task) {
            for (i, text) in task.oracle.enumerated() {
                guard let action = try? ActionParser.parse(text, space: world.actionSpace), world.isParameterised(action) else { continue }
                let field = "oracle[\(i)]"
                jobs.append(job(.mutant, .trial(.mutant(task.oracle, index: i)), step: i + 1, field: field, line: line(field)))
            }
        }
        // The riskiest answer: the status the task expects, with no value (an explorer
        // knows no answer); any other status fails the scorer's status gate. It walks for
        // the task's own step budget, its last step being the answer.
        let moves = max(0, (task.limits.steps ?? limits.steps) - 1)
        jobs.append(job(.explorer, .trial(.explore(Answer(status: task.expectedStatus), moves: moves)), field: "checks", line: nil))
        if task.expectedStatus == .ok && task.check.containsAnswerCheck {
            jobs.append(job(.dump, .trial(.dump(task.oracle)), field: "checks", line: nil))
        }
        jobs.append(job(.noop, .agent(noopAgent), field: "checks", line: nil))
        jobs.append(job(.random, .agent(randomAgent), field: "checks", line: nil))
        return jobs
    }

    static func trial(_ job: Job, _ outcome: EpisodeOutcome) -> VerificationReport.Trial {
        let passed = outcome.status == .success
        let result: VerificationReport.Trial.Result = outcome.notApplicable != nil ? .skipped : passed ? .passed : .failed
        var change: String?
        switch job.kind {
        case .mutant: change = job.step.flatMap { outcome.steps.indices.contains($0 - 1) ? outcome.steps[$0 - 1].action : nil }
        case .dump: change = outcome.answer.map { String($0.text.prefix(200)) }
        default: break
        }
        return VerificationReport.Trial(
            task: job.task.id, suite: job.suite, kind: job.kind, step: job.step, change: change, result: result,
            status: outcome.status.rawValue, score: outcome.score, reason: outcome.reason,
            problem: result != .skipped && passed != job.kind.mustPass, milliseconds: outcome.wallMilliseconds)
    }

    static func problem(_ job: Job, _ outcome: EpisodeOutcome, _ trial: VerificationReport.Trial) -> VerificationReport.Problem {
        let reason: String
        switch job.kind {
        case _ where outcome.status == .sandboxError || job.kind.mustPass: reason = outcome.reason
        case .mutant:
            reason = "a mutant passes: step \(job.step ?? 0) changed to '\(trial.change ?? "")'; the checks miss this detail, "
                + "or it is irrelevant and must leave the goal: \(outcome.reason)"
        case .explorer: reason = "a goal-blind explorer passes: \(outcome.reason)"
        case .dump: reason = "answering with the whole page passes: \(outcome.reason)"
        case .noop: reason = "a do-nothing agent passes: \(outcome.reason)"
        default: reason = "a random agent passes: \(outcome.reason)"
        }
        // The field to look at: the oracle (or the mutated step) it names, none for a harness fault.
        let harness = outcome.status == .sandboxError
        return .init(task: job.task.id, player: job.kind, status: outcome.status.rawValue, reason: reason, file: job.task.file,
                     line: harness ? nil : job.line, field: harness ? "" : job.field)
    }
}
