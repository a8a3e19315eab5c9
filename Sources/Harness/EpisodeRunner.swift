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
    let limits: EpisodeLimits
    let handshakeTimeout: Duration
    let includeTree: Bool

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
            ended = await replayOracle(task, stage: stage, actionSpace: world.actionSpace, initial: initial)
        case .agent(let configuration):
            ended = await playAgent(task, key: key, index: index, configuration: configuration,
                                    stage: stage, actionSpace: world.actionSpace, initial: initial)
        case .stream(let agent):
            ended = await playStream(task, key: key, index: index, agent: agent, stage: stage,
                                     actionSpace: world.actionSpace, initial: initial)
        }
        outcome.agentProcess = ended.agentProcess
        outcome.agentStartFailure = ended.startFailure
        outcome.streamEpisodeID = ended.streamEpisodeID
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

        /// The agent could not be started, or failed its handshake.
        static func notStarted(_ status: EpisodeStatus, _ reason: String, stderr: String) -> Ending {
            let tail = stderr.split(separator: "\n", omittingEmptySubsequences: true).suffix(5).joined(separator: "\n")
            return Ending(status: .ended(status, reason), stderr: stderr,
                          startFailure: tail.isEmpty ? reason : "\(reason)\nThe agent's stderr ended with:\n\(tail)")
        }
    }

    private func replayOracle(_ task: TaskDefinition, stage: EpisodeStage, actionSpace: ActionSpace, initial: Observation) async -> Ending {
        var steps: [StepRecord] = []
        var current = initial
        for (offset, line) in task.oracle.enumerated() {
            let action: Action
            do {
                action = try ActionParser.parse(line, space: actionSpace)
            } catch {
                return Ending(status: .ended(.protocolError, "oracle step \(offset + 1) '\(line)' does not parse: \(error)"), steps: steps)
            }
            var step = StepRecord(index: offset + 1, observation: current.text, action: action.description,
                                  latencyMicroseconds: 0, url: current.url)
            if case .stop(let answer) = action {
                steps.append(step)
                return Ending(status: .answered, answer: answer, steps: steps)
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
        return Ending(status: .ended(.failure, "the oracle ended without a stop action"), steps: steps)
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

    private func episodeStart(_ task: TaskDefinition, key: EpisodeAttempt, index: Int, actionSpace: ActionSpace,
                              initial: Observation) -> EpisodeStart {
        EpisodeStart(
            episode: EpisodeInfo(id: Self.episodeID(task, epoch: key.epoch), index: index, seed: key.seed),
            task: TaskBrief(id: task.id, goal: task.goal, sandboxes: task.sandboxes),
            actionSpace: actionSpace, limits: limits.applying(task.limits), observation: initial)
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
    /// These run-wide limits, narrowed by a task's own.
    func applying(_ task: Tasks.Limits) -> EpisodeLimits {
        var limits = self
        if let steps = task.steps { limits.steps = min(limits.steps, steps) }
        if let seconds = task.stepSeconds { limits.stepSeconds = min(limits.stepSeconds, seconds) }
        if let seconds = task.episodeSeconds { limits.episodeSeconds = min(limits.episodeSeconds, seconds) }
        return limits
    }
}
