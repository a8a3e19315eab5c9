import AgentProtocol
import AgentRunner
import Browser
import Defaults
import EpisodeMetrics
import Foundation
import Leaderboard
import SandboxKit
import Tasks
import Vocabulary

/// A run: one player on a selection of tasks, episodes played concurrently, each
/// written to the leaderboard in one transaction the moment it ends.
public struct Evaluation: Sendable {
    public struct Options: Sendable {
        public var epochs = Defaults.Run.epochs
        public var concurrency = Defaults.Run.concurrency
        public var seed = Defaults.Run.seed
        public var limits = Defaults.Run.limits
        /// Steps per episode for every task, overriding their own limits (`--max-steps`);
        /// nil: each task's own limit, else `limits.steps`.
        public var maxSteps: Int?
        public var handshakeSeconds = Defaults.Run.handshakeSeconds
        /// Attempts per episode when the sandbox fails (never for the agent's failures).
        public var maxAttempts = 3
        public var includeTree = false
        public var quiet = false
        /// One persistent agent process plays the episodes in order, sequentially, and is
        /// told each outcome (`gauntlet run --stream`); `concurrency` is then ignored.
        public var stream = false
        /// In a stream: the plan's order shuffled with the run seed instead of suite order.
        public var shuffle = false
        /// Only this shard's part of the plan (`gauntlet run --shard I/N`); never with `stream`.
        public var shard: Shard?
        public init() {}
    }

    public let sandboxes: HostedSandboxes
    public let leaderboard: Leaderboard
    public let options: Options

    public init(sandboxes: HostedSandboxes, leaderboard: Leaderboard, options: Options) {
        self.sandboxes = sandboxes
        self.leaderboard = leaderboard
        self.options = options
    }

    /// The episodes an unsharded run of this selection plays, in plan order: what the
    /// shards of a run must add up to (`gauntlet merge`).
    public static func plannedEpisodes(suites: [Suite], epochs: Int, seed: UInt64,
                                       include: (TaskDefinition) -> Bool, limit: Int?) -> [EpisodeKey] {
        EpisodePlan(suites: suites, epochs: epochs, runSeed: seed, include: include, limit: limit).entries
            .map { EpisodeKey(taskID: $0.task.id, epoch: $0.epoch, seed: $0.seed) }
    }

    /// Plays every planned episode not already recorded under `run.id`.
    public func run(_ run: RunRecord, suites: [Suite], player: PlayerChoice,
                    include: @Sendable (TaskDefinition) -> Bool, limit: Int?) async throws -> RunSummary {
        var plan = EpisodePlan(suites: suites, epochs: options.epochs, runSeed: options.seed, include: include, limit: limit)
        if options.stream && options.shuffle { plan.shuffle(seed: options.seed) }
        let selected = plan.entries.count
        if let shard = options.shard { plan.restrict(to: shard) }
        // A task whose sandboxes cannot share a world is refused before anything runs.
        for entry in plan.entries { _ = try sandboxes.world(for: entry.task) }
        let done = try leaderboard.completedEpisodes(runID: run.id)
        let pending = plan.entries.filter { !done.contains(EpisodeKey(taskID: $0.task.id, epoch: $0.epoch, seed: $0.seed)) }
        let runner = EpisodeRunner(
            sandboxes: sandboxes, limits: options.limits,
            handshakeTimeout: .milliseconds(Int64(options.handshakeSeconds * 1000)), includeTree: options.includeTree,
            stepsOverride: options.maxSteps)
        var summary = RunSummary(runID: run.id, selected: selected, planned: plan.entries.count, skipped: plan.entries.count - pending.count)
        let progress = ProgressLine(total: pending.count)
        if !options.quiet && !pending.isEmpty { progress.begin() }
        for suite in Set(pending.map(\.task.sandboxes)).sorted(by: { $0.joined() < $1.joined() }) {
            // Build snapshots before the clock starts, not inside the first episodes.
            for seed in Set(pending.filter { $0.task.sandboxes == suite }.map(\.task.seed)).sorted() {
                try await sandboxes.host.prepare(sandboxes: suite, seed: seed)
            }
        }

        if options.stream, case .agent(let configuration) = player {
            try await runStream(run, plan: plan, done: done, configuration: configuration, runner: runner,
                                summary: &summary, progress: progress)
            if !options.quiet { progress.finish() }
            return summary
        }

        let firstAttempts = pending.indices.map { EpisodeJob(index: $0, attempt: 1) }
        try await BoundedConcurrency.run(firstAttempts, width: options.concurrency, play: { job in
            let entry = pending[job.index]
            let key = EpisodeAttempt(taskID: entry.task.id, epoch: entry.epoch, seed: entry.seed, attempt: job.attempt)
            return await runner.run(entry.task, key: key, index: job.index, player: player.player)
        }, handle: { job, outcome throws in
            let entry = pending[job.index]
            try await store(Self.record(outcome, entry: entry, runID: run.id), outcome: outcome, summary: &summary, progress: progress)
            if outcome.status.isRetriable && job.attempt < options.maxAttempts {
                summary.retries += 1
                return EpisodeJob(index: job.index, attempt: job.attempt + 1)
            }
            finish(outcome, label: "\(entry.task.id)#\(entry.epoch)", summary: &summary, progress: progress)
            return nil
        })
        if !options.quiet { progress.finish() }
        return summary
    }

    /// The stream: plan order, one episode at a time, one agent process (restarted only
    /// when it dies), each outcome revealed to the agent after it is recorded. A resumed
    /// stream plays the missing positions in order, with a fresh process.
    private func runStream(_ run: RunRecord, plan: EpisodePlan, done: Set<EpisodeKey>, configuration: AgentConfiguration,
                           runner: EpisodeRunner, summary: inout RunSummary, progress: ProgressLine) async throws {
        let agent = StreamAgent(
            configuration: configuration, handshakeTimeout: .milliseconds(Int64(options.handshakeSeconds * 1000)))
        for (position, entry) in plan.entries.enumerated()
        where !done.contains(EpisodeKey(taskID: entry.task.id, epoch: entry.epoch, seed: entry.seed)) {
            var attempt = 1
            while true {
                let key = EpisodeAttempt(taskID: entry.task.id, epoch: entry.epoch, seed: entry.seed, attempt: attempt)
                let outcome = await runner.run(entry.task, key: key, index: position, player: .stream(agent))
                var record = Self.record(outcome, entry: entry, runID: run.id)
                record.streamIndex = position
                record.agentProcess = outcome.agentProcess
                try await store(record, outcome: outcome, summary: &summary, progress: progress)
                if let id = outcome.streamEpisodeID {
                    await agent.reveal(EpisodeEnd(
                        episodeID: id, steps: outcome.steps.count, revealed: true, status: outcome.status,
                        score: outcome.score, feedback: Self.feedback(outcome)))
                }
                if outcome.status.isRetriable && attempt < options.maxAttempts {
                    summary.retries += 1
                    attempt += 1
                    continue
                }
                finish(outcome, label: "#\(position) \(entry.task.id)#\(entry.epoch)", summary: &summary, progress: progress)
                break
            }
        }
        summary.agentRestarts = max(0, await agent.processes - 1)
        await agent.close()
    }

    /// Counts an episode's final outcome (no retry follows) and shows it on the progress line.
    private func finish(_ outcome: EpisodeOutcome, label: String, summary: inout RunSummary, progress: ProgressLine) {
        summary.count(outcome.status)
        if outcome.agentStartFailure != nil { summary.startFailures += 1 }
        guard !options.quiet else { return }
        let score = String(format: "%.2f", outcome.score)
        progress.update(done: summary.finished, successes: summary.statuses[.success, default: 0],
                        last: "last: \(label) → \(outcome.status.rawValue), score \(score), \(outcome.steps.count) steps")
    }

    /// What the agent is told after a stream episode: a summary derived from the checker
    /// results (how many checks passed, how many key nodes were reached), or why the
    /// episode ended without an answer. Never the checks themselves, their reasons or gold
    /// values, which could teach an agent the answers of tasks that recur in the stream.
    static func feedback(_ outcome: EpisodeOutcome) -> String {
        var parts: [String] = []
        if let checks = outcome.checks {
            let leaves = checks.children.isEmpty ? [checks] : checks.children
            parts.append("\(leaves.filter(\.passed).count) of \(leaves.count) checks passed")
        } else {
            switch outcome.status {
            case .stepLimit: parts.append("the step limit was reached without an answer")
            case .timeout: parts.append("the agent ran out of time")
            case .agentError: parts.append("the agent process failed")
            case .protocolError: parts.append("protocol error: invalid or unexpected lines")
            case .sandboxError: parts.append("the sandbox failed (not the agent's fault)")
            case .success, .failure: parts.append(outcome.status.rawValue)
            }
        }
        if outcome.keyNodesTotal > 0 {
            parts.append("\(outcome.keyNodesReached) of \(outcome.keyNodesTotal) key nodes reached")
        }
        return parts.joined(separator: "; ")
    }

    /// Writes the episode with its steps, and the agent's name and version the first
    /// time an episode reports them.
    private func store(_ record: EpisodeRecord, outcome: EpisodeOutcome, summary: inout RunSummary,
                       progress: ProgressLine) async throws {
        _ = try await leaderboard.record(episode: record, steps: outcome.steps)
        if let failure = outcome.agentStartFailure, !summary.startFailureShown {
            // Once, at once, even with --quiet: every later episode would fail the same way.
            summary.startFailureShown = true
            progress.say("gauntlet: the agent could not start (\(record.taskID)#\(record.epoch)): \(failure)\n"
                         + "Later start failures are only counted; each episode's reason is in the report.")
        }
        if let name = outcome.agentName, summary.agentName == nil {
            summary.agentName = name
            try leaderboard.setAgentIdentity(runID: record.runID, name: name, version: outcome.agentVersion ?? "")
        }
    }

    /// One attempt at one planned episode.
    private struct EpisodeJob: Sendable {
        var index: Int
        var attempt: Int
    }

    static func record(_ outcome: EpisodeOutcome, entry: EpisodePlan.Entry, runID: String) -> EpisodeRecord {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let log = (try? encoder.encode(outcome.requestLog)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        let checks = outcome.checks.map { result in
            ([result] + result.children).map { CheckerResultRecord(
                check: $0.kind, passed: $0.passed, score: $0.score, reason: $0.reason, expected: $0.expected, actual: $0.actual)
            }
        } ?? []
        return EpisodeRecord(
            runID: runID, taskID: entry.task.id, suite: entry.suite, template: entry.task.template, split: entry.task.split,
            revision: entry.task.revision, taskChecksum: entry.task.checksum, seed: entry.seed, epoch: entry.epoch,
            attempt: outcome.key.attempt, status: outcome.status,
            score: outcome.score, progress: outcome.progress, steps: outcome.steps.count,
            wallMilliseconds: outcome.wallMilliseconds,
            inputTokens: outcome.usage.inputTokens.map { Int($0) }, outputTokens: outcome.usage.outputTokens.map { Int($0) },
            costUSD: outcome.usage.costUSD,
            answer: outcome.answer,
            reason: outcome.reason, stderrTail: String(outcome.stderr.suffix(8192)), finalURL: outcome.finalURL,
            finalState: Data(outcome.finalState), requestLogJSON: log, checkerResults: checks,
            metrics: Dictionary(uniqueKeysWithValues: metrics(outcome).namedValues.map { ($0.name, $0.value) }),
            goal: entry.task.goal, keyNodes: outcome.keyNodes, stateDiff: outcome.stateDiff, stepLimit: outcome.stepLimit, traits: stepCriteria(outcome))
    }

    /// The rule judges' traits, judged on every episode as it is recorded.
    static func stepCriteria(_ outcome: EpisodeOutcome) -> [TraitRecord] {
        let episode = StepCriteria.Episode(
            steps: outcome.steps, answer: outcome.answer, keyNodesTotal: outcome.keyNodesTotal,
            keyNodesReached: outcome.keyNodesReached)
        return StepCriteria.judge(episode).map {
            TraitRecord(
                metricSet: StepCriteria.setName, setVersion: StepCriteria.setVersion, metric: $0.name, judge: "rule",
                rating: $0.rating, reasoning: $0.reasoning, steps: $0.steps)
        }
    }

    static func metrics(_ outcome: EpisodeOutcome) -> TrajectoryMetrics {
        TrajectoryMetrics(
            steps: outcome.steps,
            keyNodesReached: outcome.keyNodesReached, keyNodesTotal: outcome.keyNodesTotal)
    }
}

/// Who plays a run, as the public API names it.
public enum PlayerChoice: Sendable {
    case agent(AgentConfiguration)
    case oracle

    var player: Player {
        switch self {
        case .agent(let configuration): .agent(configuration)
        case .oracle: .oracle
        }
    }
}

/// What a run did, for the summary at its end.
public struct RunSummary: Sendable {
    public var runID: String
    /// Episodes the selection holds before sharding; `planned` is this run's (shard's) part.
    public var selected: Int
    public var planned: Int
    /// Episodes already recorded by an earlier, interrupted run with this id.
    public var skipped: Int
    public var retries = 0
    public var statuses: [EpisodeStatus: Int] = [:]
    public var agentName: String?
    /// In a stream run: fresh agent processes started after the first died.
    public var agentRestarts = 0
    /// Episodes whose agent could not start (launch or handshake failed).
    public var startFailures = 0
    var startFailureShown = false

    public var finished: Int { statuses.values.reduce(0, +) }

    mutating func count(_ status: EpisodeStatus) {
        statuses[status, default: 0] += 1
    }
}
