import AgentProtocol
import AgentRunner
import Checkers
import Foundation
import SandboxKit
import Tasks
import Vocabulary
import Worlds

/// Plays one episode of one task: a fresh instance, the task's world opened on it at
/// the start location, the player acting until it answers or a limit ends it, the
/// checkers on the frozen state, and everything gathered into an `EpisodeOutcome`.
/// The world comes from the registry: the runner names no sandbox.
struct EpisodeRunner: Sendable {
    let sandboxes: HostedSandboxes
    /// The run's limits; `limits.steps` applies to tasks that set no step limit of their own.
    let limits: EpisodeLimits
    let handshakeTimeout: Duration
    let includeTree: Bool
    /// Steps per episode for every task, its own limit or not (`gauntlet run --max-steps`).
    var stepsOverride: Int? = nil

    var host: SandboxHost { sandboxes.host }

    func run(_ task: TaskDefinition, key: EpisodeAttempt, index: Int, player: Player) async -> EpisodeOutcome {
        let began = ContinuousClock.now
        var outcome = EpisodeOutcome.unplayed(key)
        let opened: OpenEpisode
        switch await OpenEpisode.open(task, sandboxes: sandboxes, includeTree: includeTree) {
        case .failure(let failure):
            outcome.reason = failure.reason
            return finish(outcome, began)
        case .success(let episode):
            opened = episode
        }
        defer { opened.drop() }
        let (world, stage) = (opened.world, opened.stage)
        let initial = await stage.observation()

        let ended: Ending
        switch player {
        case .oracle:
            ended = await playScript(.steps(task.oracle), stage: stage, world: world, initial: initial)
        case .trial(let script):
            ended = await playScript(script, stage: stage, world: world, initial: initial)
        case .agent(let configuration):
            ended = await playAgent(task, key: key, index: index, configuration: configuration,
                                    stage: stage, actionSpace: world.actionSpace, initial: initial)
        case .stream(let agent):
            ended = await playStream(task, key: key, index: index, agent: agent, stage: stage,
                                     actionSpace: world.actionSpace, initial: initial)
        }
        outcome.stepLimit = limits(for: task).steps
        outcome.agentProcess = ended.agentProcess
        outcome.agentStartFailure = ended.startFailure
        outcome.streamEpisodeID = ended.streamEpisodeID
        outcome.notApplicable = ended.notApplicable
        await opened.close(task, ended, into: &outcome)
        return finish(outcome, began)
    }

    private func finish(_ outcome: EpisodeOutcome, _ began: ContinuousClock.Instant) -> EpisodeOutcome {
        var outcome = outcome
        outcome.timed(since: began)
        return outcome
    }

    // MARK: Players

    /// How the playing part ended.
    struct Ending: Sendable {
        enum Status: Sendable {
            case answered
            case ended(EpisodeStatus, String)
        }
        var status: Status
        var answer: Answer?
        var steps: [StepRecord] = []
        var usage = Usage()
        var agentName: String?
        var agentVersion: String?
        var stderr = ""
        var agentProcess: Int?
        var streamEpisodeID: String?
        /// Set when the agent could not start: see `EpisodeOutcome.agentStartFailure`.
        var startFailure: String?
        /// See `EpisodeOutcome.notApplicable`.
        var notApplicable: String?

        /// The agent could not be started, or failed its handshake.
        static func notStarted(_ status: EpisodeStatus, _ reason: String, stderr: String) -> Ending {
            let tail = stderr.split(separator: "\n", omittingEmptySubsequences: true).suffix(5).joined(separator: "\n")
            return Ending(status: .ended(status, reason), stderr: stderr,
                          startFailure: tail.isEmpty ? reason : "\(reason)\nThe agent's stderr ended with:\n\(tail)")
        }
    }

    /// Plays the oracle or one of verify's trials in-process: steps are parsed as the
    /// oracle's, and each is recorded with the observation it was taken on.
    private func playScript(_ script: TrialScript, stage: EpisodeStage, world: any EpisodeWorld, initial: Observation) async -> Ending {
        var steps: [StepRecord] = []
        var current = initial
        // The oracle's lines, or the explorer's walk (as many moves as it is given).
        var explorer: WorldExplorer?
        var lines: [String] = []
        var count = 0
        switch script {
        case .steps(let all), .mutant(let all, _), .dump(let all):
            lines = all
            count = all.count
        case .explore(_, let moves):
            explorer = WorldExplorer(order: world.explorationOrder)
            count = moves
        }
        var answer: Answer?
        for offset in 0..<count {
            var action: Action
            if var walking = explorer {
                guard let move = walking.next(await stage.explorationMoves()) else { break }
                explorer = walking
                action = move
            } else {
                do {
                    action = try ActionParser.parse(lines[offset], space: world.actionSpace)
                } catch {
                    return Ending(status: .ended(.protocolError, "oracle step \(offset + 1) '\(lines[offset])' does not parse: \(error)"), steps: steps)
                }
            }
            if case .mutant(_, let index) = script, index == offset {
                guard let other = await stage.mutation(of: action) else {
                    let reason = "step \(offset + 1) '\(lines[offset])' has no other value here"
                    var ending = Ending(status: .ended(.failure, reason), steps: steps)
                    ending.notApplicable = reason
                    return ending
                }
                action = other
            }
            if case .dump = script, case .stop = action {
                action = .stop(Answer(status: .ok, value: .string(current.text)))
            }
            var step = StepRecord(index: offset + 1, observation: current.text, action: action.description,
                                  latencyMicroseconds: 0, url: current.url)
            if case .stop(let given) = action {
                answer = given
                steps.append(step)
                break
            }
            do {
                let result = try await stage.perform(action)
                step.error = result.actionError
                current = result.observation
            } catch {
                steps.append(step)
                return Ending(status: .ended(.sandboxError, "\(error)"), steps: steps)
            }
            steps.append(step)
        }
        if case .explore(let given, _) = script {
            steps.append(StepRecord(index: steps.count + 1, observation: current.text, action: Action.stop(given).description,
                                    latencyMicroseconds: 0, url: current.url))
            answer = given
        }
        guard let answer else { return Ending(status: .ended(.failure, "the oracle ended without a stop action"), steps: steps) }
        return Ending(status: .answered, answer: answer, steps: steps)
    }

    private func playAgent(_ task: TaskDefinition, key: EpisodeAttempt, index: Int, configuration: AgentConfiguration,
                           stage: EpisodeStage, actionSpace: ActionSpace, initial: Observation) async -> Ending {
        let session: AgentSession
        do {
            session = try AgentSession(configuration: configuration, mode: .episode)
        } catch {
            // The run checked the configuration before its first episode, so what fails
            // here is Gauntlet's side (pipes, spawn): docs/protocol.md's sandbox_error.
            return .notStarted(.sandboxError, "the agent could not be started: \(error)", stderr: "")
        }
        var ending = Ending(status: .ended(.agentError, ""))
        switch await session.handshake(timeout: handshakeTimeout) {
        case .failed(let termination):
            return .notStarted(termination.episodeStatus, "the agent failed the handshake: \(termination)",
                               stderr: session.process.stderr.text)
        case .ready(let ready):
            ending.agentName = ready.agent
            ending.agentVersion = ready.version
        }
        let start = episodeStart(task, key: key, index: index, actionSpace: actionSpace, initial: initial)
        await play(start, session: session, stage: stage, into: &ending)
        await session.endEpisode(EpisodeEnd(episodeID: start.episode.id, steps: ending.steps.count, revealed: false))
        _ = await session.close()
        ending.stderr = session.process.stderr.text
        return ending
    }

    /// One episode of a stream: the stream's current process plays it (a fresh one if
    /// the last died); the caller reveals the outcome once it is scored.
    private func playStream(_ task: TaskDefinition, key: EpisodeAttempt, index: Int, agent: StreamAgent,
                            stage: EpisodeStage, actionSpace: ActionSpace, initial: Observation) async -> Ending {
        var ending = Ending(status: .ended(.agentError, ""))
        switch await agent.seat() {
        case .failed(let status, let reason, let stderr, let process):
            ending = .notStarted(status, reason, stderr: stderr)
            ending.agentProcess = process
            return ending
        case .ready(let session, let ready, let process):
            ending.agentName = ready.agent
            ending.agentVersion = ready.version
            ending.agentProcess = process
            let start = episodeStart(task, key: key, index: index, actionSpace: actionSpace, initial: initial)
            ending.streamEpisodeID = start.episode.id
            await play(start, session: session, stage: stage, into: &ending)
            ending.stderr = session.process.stderr.text
            return ending
        }
    }

    static func episodeID(_ task: TaskDefinition, epoch: Int) -> String { "\(task.id)#\(epoch)" }

    /// One task's limits: its own steps (else the run's), unless the run overrides them.
    func limits(for task: TaskDefinition) -> EpisodeLimits {
        limits.applying(task.limits, stepsOverride: stepsOverride)
    }

    private func episodeStart(_ task: TaskDefinition, key: EpisodeAttempt, index: Int, actionSpace: ActionSpace,
                              initial: Observation) -> EpisodeStart {
        EpisodeStart(
            episode: EpisodeInfo(id: Self.episodeID(task, epoch: key.epoch), index: index, seed: key.seed),
            task: TaskBrief(id: task.id, goal: task.goal, sandboxes: task.sandboxes),
            actionSpace: actionSpace, limits: limits(for: task), observation: initial)
    }

    private func play(_ start: EpisodeStart, session: AgentSession, stage: EpisodeStage, into ending: inout Ending) async {
        let transcript = await session.run(start, environment: stage)
        ending.steps = transcript.steps
        ending.usage = transcript.usage
        switch transcript.reason {
        case .answered(let answer):
            ending.status = .answered
            ending.answer = answer
        case .environmentFailed(let message):
            ending.status = .ended(.sandboxError, message)
        default:
            let status = transcript.statusIfUnanswered ?? .failure
            ending.status = .ended(status, Self.describe(transcript.reason))
        }
    }

    static func describe(_ reason: EpisodeEndReason) -> String {
        switch reason {
        case .answered: "the agent answered"
        case .stepLimit: "the step limit was reached without an answer"
        case .invalidActions(let count): "\(count) invalid actions in a row"
        case .agentTerminated(let termination): "the agent stopped: \(termination)"
        case .environmentFailed(let message): message
        }
    }
}

extension EpisodeLimits {
    /// These run-wide limits with a task's own: its step limit (which may be higher than
    /// the run's default: a long task needs its steps), its deadlines where lower.
    /// The limits of one episode of `task`: the task's own step limit replaces the run's
    /// default unless `stepsOverride` (`--max-steps`, a session's `max_steps`) is given.
    func applying(_ task: Tasks.Limits, stepsOverride: Int? = nil) -> EpisodeLimits {
        var limits = self
        if let steps = stepsOverride ?? task.steps { limits.steps = steps }
        if let seconds = task.stepSeconds { limits.stepSeconds = min(limits.stepSeconds, seconds) }
        if let seconds = task.episodeSeconds { limits.episodeSeconds = min(limits.episodeSeconds, seconds) }
        return limits
    }
}
