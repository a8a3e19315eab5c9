import AgentProtocol
import AgentRunner
import Browser
import Checkers
import Foundation
import SandboxKit
import Tasks
import Vocabulary

/// Plays one episode of one task: a fresh instance, the browser at the start page,
/// the player acting until it answers or a limit ends it, the checkers on the
/// frozen state, and everything gathered into an `EpisodeOutcome`.
struct EpisodeRunner: Sendable {
    let host: SandboxHost
    let origins: [String: Origin]
    let limits: EpisodeLimits
    let handshakeTimeout: Duration
    let includeTree: Bool

    var baseURLs: [String: String] { origins.mapValues { $0.description } }

    func run(_ task: TaskDefinition, key: EpisodeAttempt, index: Int, player: Player) async -> EpisodeOutcome {
        let began = ContinuousClock.now
        var outcome = EpisodeOutcome(
            key: key, status: .sandboxError, score: 0, progress: nil, steps: [], answer: nil, reason: "",
            checks: nil, wallMilliseconds: 0, usage: Usage(), agentName: nil, agentVersion: nil, stderr: "",
            finalURL: "", finalState: [], requestLog: [])
        defer { _ = began }
        let instanceID: String
        do {
            instanceID = try await host.makeInstance(sandboxes: task.sandboxes, seed: task.seed)
        } catch {
            outcome.reason = "sandbox error: cannot make an instance: \(error)"
            return finish(outcome, began)
        }
        defer { Task { [host] in await host.dropInstance(instanceID) } }

        let environment: any EpisodeWorld
        do {
            if task.sandboxes == ["games"] {
                environment = try GameEnvironment(host: host, instanceID: instanceID, origins: origins, keyNodes: task.keyNodes)
            } else {
                let browser = try Browser(policy: OriginPolicy(sandboxes: origins), instance: instanceID)
                environment = WebEnvironment(
                    browser: browser, host: host, instanceID: instanceID, baseURLs: baseURLs,
                    keyNodes: task.keyNodes, includeTree: includeTree)
            }
            try await environment.open(task.start)
        } catch {
            outcome.reason = "\(error)"
            return finish(outcome, began)
        }
        let initial = await environment.observation()

        let ended: Ending
        switch player {
        case .oracle:
            ended = await replayOracle(task, environment: environment, initial: initial)
        case .agent(let configuration):
            ended = await playAgent(task, key: key, index: index, configuration: configuration,
                                    environment: environment, initial: initial)
        case .stream(let agent):
            ended = await playStream(task, key: key, index: index, agent: agent, environment: environment, initial: initial)
        }
        outcome.agentProcess = ended.agentProcess
        outcome.agentStartFailure = ended.startFailure
        outcome.streamEpisodeID = ended.streamEpisodeID
        if let game = environment as? GameEnvironment, ended.answer?.status == .infeasible {
            // The game records the declaration in its state, where checks can read it.
            do { try await game.declareInfeasible() } catch {
                outcome.reason = "\(error)"
                return finish(outcome, began)
            }
        }
        outcome.steps = ended.steps
        outcome.usage = ended.usage
        outcome.agentName = ended.agentName
        outcome.agentVersion = ended.agentVersion
        outcome.stderr = ended.stderr
        outcome.answer = ended.answer
        outcome.finalURL = await environment.currentURL
        let tracker = await environment.progress
        outcome.progress = tracker.nodes.isEmpty ? nil : tracker.progress
        outcome.keyNodesReached = tracker.reachedCount
        outcome.keyNodesTotal = tracker.nodes.count

        // The agent is frozen now: read the state, then score.
        do {
            outcome.requestLog = try await host.requestLog(instanceID)
            outcome.finalState = try await host.exportState(instanceID).bytes
        } catch {
            outcome.status = .sandboxError
            outcome.reason = "sandbox error: cannot read the final state: \(error)"
            return finish(outcome, began)
        }
        switch ended.status {
        case .answered:
            let context = CheckContext(
                answer: ended.answer, finalURL: outcome.finalURL, baseURLs: baseURLs,
                requests: outcome.requestLog,
                state: try? await host.stateReader(instanceID),
                pages: PageFetcher(baseURLs: baseURLs, instanceID: instanceID))
            let result = await TaskScorer().score(task, in: context)
            outcome.checks = result
            if result.containsError {
                // A check that could not run is the task's or host's fault: never the agent's.
                outcome.status = .sandboxError
                outcome.score = 0
                outcome.reason = "sandbox error: a check could not be evaluated: \(result.reason)"
            } else {
                outcome.status = result.passed ? .success : .failure
                outcome.score = result.score
                outcome.reason = result.reason
            }
        case .ended(let status, let reason):
            outcome.status = status
            outcome.score = 0
            outcome.reason = reason
        }
        return finish(outcome, began)
    }

    private func finish(_ outcome: EpisodeOutcome, _ began: ContinuousClock.Instant) -> EpisodeOutcome {
        var outcome = outcome
        let elapsed = ContinuousClock.now - began
        outcome.wallMilliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
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
        var answer: AgentAnswer?
        var steps: [StepOutcome] = []
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

    private func replayOracle(_ task: TaskDefinition, environment: any EpisodeWorld, initial: Observation) async -> Ending {
        var steps: [StepOutcome] = []
        var current = (initial.text, initial.url)
        for (offset, line) in task.oracle.enumerated() {
            let action: Action
            do {
                action = try ActionParser.parse(line, space: environment.actionSpace)
            } catch {
                return Ending(status: .ended(.protocolError, "oracle step \(offset + 1) '\(line)' does not parse: \(error)"), steps: steps)
            }
            var step = StepOutcome(index: offset + 1, observation: current.0, url: current.1, action: action.description,
                                   thought: nil, error: nil, latencyMicroseconds: 0)
            if case .stop(let answer) = action {
                steps.append(step)
                return Ending(status: .answered, answer: AgentAnswer(answer), steps: steps)
            }
            do {
                let result = try await environment.perform(action)
                step.error = result.actionError
                current = (result.observation.text, result.observation.url)
            } catch {
                steps.append(step)
                return Ending(status: .ended(.sandboxError, "\(error)"), steps: steps)
            }
            steps.append(step)
        }
        return Ending(status: .ended(.failure, "the oracle ended without a stop action"), steps: steps)
    }

    private func playAgent(_ task: TaskDefinition, key: EpisodeAttempt, index: Int, configuration: AgentConfiguration,
                           environment: any EpisodeWorld, initial: Observation) async -> Ending {
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
        let start = episodeStart(task, key: key, index: index, environment: environment, initial: initial)
        await play(start, session: session, environment: environment, initial: initial, into: &ending)
        await session.endEpisode(EpisodeEnd(episodeID: start.episode.id, steps: ending.steps.count, revealed: false))
        _ = await session.close()
        ending.stderr = session.process.stderr.text
        return ending
    }

    /// One episode of a stream: the stream's current process plays it (a fresh one if
    /// the last died); the caller reveals the outcome once it is scored.
    private func playStream(_ task: TaskDefinition, key: EpisodeAttempt, index: Int, agent: StreamAgent,
                            environment: any EpisodeWorld, initial: Observation) async -> Ending {
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
            let start = episodeStart(task, key: key, index: index, environment: environment, initial: initial)
            ending.streamEpisodeID = start.episode.id
            await play(start, session: session, environment: environment, initial: initial, into: &ending)
            ending.stderr = session.process.stderr.text
            return ending
        }
    }

    static func episodeID(_ task: TaskDefinition, epoch: Int) -> String { "\(task.id)#\(epoch)" }

    private func episodeStart(_ task: TaskDefinition, key: EpisodeAttempt, index: Int, environment: any EpisodeWorld,
                              initial: Observation) -> EpisodeStart {
        EpisodeStart(
            episode: EpisodeInfo(id: Self.episodeID(task, epoch: key.epoch), index: index, seed: key.seed),
            task: TaskBrief(id: task.id, goal: task.goal, sandboxes: task.sandboxes),
            actionSpace: environment.actionSpace, limits: limits.applying(task.limits), observation: initial)
    }

    private func play(_ start: EpisodeStart, session: AgentSession, environment: any EpisodeWorld, initial: Observation,
                      into ending: inout Ending) async {
        let transcript = await session.run(start, environment: environment)
        let shown = await environment.shown
        ending.steps = Self.steps(transcript.steps, initial: initial, shown: shown)
        ending.usage = transcript.usage
        switch transcript.reason {
        case .answered(let answer):
            ending.status = .answered
            ending.answer = AgentAnswer(answer)
        case .environmentFailed(let message):
            ending.status = .ended(.sandboxError, message)
        default:
            let status = transcript.statusIfUnanswered ?? .failure
            ending.status = .ended(status, Self.describe(transcript.reason))
        }
    }

    /// Pairs each step with the observation the agent saw when it chose it.
    static func steps(_ records: [AgentRunner.StepRecord], initial: Observation, shown: [(text: String, url: String)]) -> [StepOutcome] {
        var current = (initial.text, initial.url)
        var next = shown[...]
        return records.map { record in
            let step = StepOutcome(
                index: record.index, observation: current.0, url: current.1,
                action: record.action?.description ?? record.line, thought: record.thought, error: record.error,
                latencyMicroseconds: Int(record.latency.components.seconds * 1_000_000 + record.latency.components.attoseconds / 1_000_000_000_000))
            if let action = record.action, action.name != "stop", let after = next.first {
                current = (after.text, after.url)
                next = next.dropFirst()
            }
            return step
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

extension AgentAnswer {
    /// The protocol's answer as checkers read it: the value as text.
    init(_ answer: Answer) {
        let value: String
        switch answer.value {
        case .null: value = ""
        default: value = answer.value.stringValue ?? answer.value.plainText
        }
        self.init(status: answer.status, value: value)
    }
}

extension JSONValue {
    /// Numbers as written, lists joined by commas, objects as JSON.
    var plainText: String {
        if let s = stringValue { return s }
        if let i = intValue { return String(i) }
        if let d = doubleValue { return String(d) }
        if let b = boolValue { return b ? "true" : "false" }
        if let items = arrayValue { return items.map(\.plainText).joined(separator: ", ") }
        return JSONWriter.encode(self)
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
