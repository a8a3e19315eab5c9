import AgentProtocol
import AgentRunner
import Leaderboard
import Tasks
import Vocabulary
import Worlds

/// An episode driven from outside one action at a time (the env server's sessions, MCP),
/// rather than by a player the harness runs. It opens and closes through `OpenEpisode`,
/// like every episode, so its score is the one `gauntlet run` gives; the step limit ends
/// it as it ends an agent's episode.
public actor DrivenEpisode {
    public nonisolated let task: TaskDefinition
    public nonisolated let suite: String
    /// The episode seed, stored with the episode as `gauntlet run` stores its own.
    public nonisolated let seed: UInt64
    public nonisolated let limits: EpisodeLimits
    private let opened: OpenEpisode
    private let began = ContinuousClock.now
    private var steps: [StepRecord] = []
    private var current: Observation
    private var lastSent = ContinuousClock.now
    /// Set once the episode has ended: it takes no more actions.
    public private(set) var result: DrivenResult?
    private var outcome: EpisodeOutcome?

    /// Opens `task` on a fresh instance. The task's own step limit applies unless
    /// `stepsOverride` is given, as in `gauntlet run`.
    public init(_ task: TaskDefinition, suite: String, seed: UInt64, sandboxes: HostedSandboxes,
                limits: EpisodeLimits, stepsOverride: Int? = nil, includeTree: Bool) async throws(WorldFailure) {
        switch await OpenEpisode.open(task, sandboxes: sandboxes, includeTree: includeTree) {
        case .failure(let failure): throw .sandbox(failure.reason)
        case .success(let opened): self.opened = opened
        }
        self.task = task
        self.suite = suite
        self.seed = seed
        self.limits = limits.applying(task.limits, stepsOverride: stepsOverride)
        current = await opened.stage.observation()
    }

    private init(forking source: DrivenEpisode, opened: OpenEpisode) async {
        self.opened = opened
        task = source.task
        suite = source.suite
        seed = source.seed
        limits = source.limits
        steps = await source.steps
        current = await source.current
    }

    /// A copy of this running episode that goes on independently: its instance's state,
    /// request log and counters, the world session (browser tabs, history, form state and
    /// cookies; a game's screen), the steps taken and key nodes reached. Both continue
    /// exactly alike given the same actions.
    public func fork() async throws(WorldFailure) -> DrivenEpisode {
        guard result == nil else { throw .sandbox("the episode has ended; only a running episode can be forked") }
        return await DrivenEpisode(forking: self, opened: try await opened.fork())
    }

    /// What the player sees now.
    public var observation: Observation { current }
    public var stepCount: Int { steps.count }
    public var actionSpace: ActionSpace { opened.world.actionSpace }

    /// The share of key nodes reached so far; nil for a task without key nodes.
    public var progress: Double? {
        get async {
            let tracker = await opened.stage.progress
            return tracker.nodes.isEmpty ? nil : tracker.progress
        }
    }

    /// Applies one action: a `stop` answers and scores the episode; any other action is a
    /// step, and the step limit ends the episode unanswered. Returns why the action did not
    /// apply, or nil. A sandbox failure ends the episode as a `sandbox_error`.
    public func act(_ message: ActionMessage) async -> String? {
        guard result == nil else { return "the episode has ended; reset to start another" }
        var record = StepRecord(index: steps.count + 1, observation: current.text, action: message.action.description,
                                thought: message.thought,
                                latencyMicroseconds: StepRecord.microseconds(ContinuousClock.now - lastSent), url: current.url)
        if case .stop(let answer) = message.action {
            steps.append(record)
            await end(EpisodeRunner.Ending(status: .answered, answer: answer, steps: steps))
            return nil
        }
        do {
            let step = try await opened.stage.perform(message.action)
            current = step.observation
            record.error = step.actionError
        } catch {
            record.error = "environment failed: \(error)"
            steps.append(record)
            await end(EpisodeRunner.Ending(status: .ended(.sandboxError, "\(error)"), steps: steps))
            return record.error
        }
        steps.append(record)
        lastSent = ContinuousClock.now
        if steps.count >= limits.steps {
            await end(EpisodeRunner.Ending(status: .ended(.stepLimit, EpisodeRunner.describe(.stepLimit)), steps: steps))
        }
        return record.error
    }

    /// Writes the ended episode to `leaderboard` under `runID`, as `gauntlet run` writes its
    /// episodes; `epoch` tells apart episodes of one task and seed in the run. `metrics` are
    /// stored beside the trajectory's (how the episode was driven, e.g. with shaped reward).
    public func record(in leaderboard: Leaderboard, runID: String, epoch: Int, metrics: [String: Double] = [:]) async throws {
        guard let outcome else { return }
        let entry = EpisodePlan.Entry(task: task, suite: suite, epoch: epoch, seed: seed)
        var record = Evaluation.record(outcome, entry: entry, runID: runID)
        record.metrics.merge(metrics) { _, given in given }
        _ = try await leaderboard.record(episode: record, steps: outcome.steps)
    }

    /// Forgets the instance. An episode left before it ended is not scored.
    public func close() {
        opened.drop()
    }

    private func end(_ ending: EpisodeRunner.Ending) async {
        var outcome = EpisodeOutcome.unplayed(EpisodeAttempt(taskID: task.id, epoch: 0, seed: seed, attempt: 1))
        await opened.close(task, ending, into: &outcome)
        outcome.timed(since: began)
        self.outcome = outcome
        let leaves = outcome.checks.map { $0.children.isEmpty ? [$0] : $0.children } ?? []
        result = DrivenResult(
            status: outcome.status, score: outcome.score, reason: outcome.reason, progress: outcome.progress,
            checks: leaves.map { .init(kind: $0.kind, passed: $0.passed, reason: $0.reason) })
    }
}

/// How a driven episode ended: the status and score `gauntlet run` would record, and the
/// checks behind them (revealed to a trainer only in training mode).
public struct DrivenResult: Sendable, Equatable {
    public struct Check: Sendable, Equatable {
        public var kind: String
        public var passed: Bool
        public var reason: String
    }

    public var status: EpisodeStatus
    public var score: Double
    public var reason: String
    public var progress: Double?
    public var checks: [Check]
}
