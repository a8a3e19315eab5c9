import AgentProtocol
import Foundation
import Vocabulary

/// How the handshake went.
public enum HandshakeResult: Sendable, Equatable {
    case ready(ReadyMessage)
    case failed(AgentTermination)
}

/// The protocol side of one agent process: handshake, the episode loop, episode ends
/// and the goodbye. One session per episode (`episode` mode) or one for a stream.
public actor AgentSession {
    public nonisolated let process: AgentProcess
    public let mode: SessionMode
    public let harnessName: String
    /// Consecutive invalid lines that end an episode (WebArena uses 3).
    public var maxConsecutiveInvalid = 3
    private var episodesStarted = 0

    /// Starts the agent process. Configuration errors throw; everything the agent
    /// itself does wrong is reported through `handshake` and the transcripts.
    public init(configuration: AgentConfiguration, mode: SessionMode, harnessName: String = "gauntlet",
                support: SandboxSupport = .current) throws(AgentLaunchError) {
        process = try AgentProcess.launch(configuration, support: support)
        self.mode = mode
        self.harnessName = harnessName
    }

    public var isAlive: Bool { process.termination == nil }

    public func setMaxConsecutiveInvalid(_ n: Int) { maxConsecutiveInvalid = max(1, n) }

    /// Sends `hello` and waits for `ready`.
    public func handshake(timeout: Duration) async -> HandshakeResult {
        process.send(.hello(harness: harnessName, mode: mode))
        switch await process.receive(timeout: timeout, kind: .handshake) {
        case .line(let line):
            do {
                switch try AgentMessage.decode(line: line, space: .web) {
                case .ready(let ready): return .ready(ready)
                case .action:
                    return .failed(await process.terminate(.protocolViolation("bad handshake: expected 'ready', got an action")))
                }
            } catch {
                return .failed(await process.terminate(.protocolViolation("bad handshake: \(error)")))
            }
        case .timedOut(let kind):
            return .failed(await process.terminate(.timedOut(kind)))
        case .ended(let cause):
            return .failed(await classifyEnd(cause))
        }
    }

    /// Plays one episode until the agent answers, a limit is reached, or the agent fails.
    public func run(_ start: EpisodeStart, environment: some AgentEnvironment) async -> EpisodeTranscript {
        episodesStarted += 1
        let began = ContinuousClock.now
        let episodeDeadline = began + .milliseconds(Int64(start.limits.episodeSeconds * 1000))
        let stepDuration = Duration.milliseconds(Int64(start.limits.stepSeconds * 1000))
        var steps: [StepRecord] = []
        var usage = Usage()
        var invalidInARow = 0
        var observation = start.observation

        func finish(_ reason: EpisodeEndReason) -> EpisodeTranscript {
            EpisodeTranscript(episodeID: start.episode.id, reason: reason, steps: steps, usage: usage,
                              wallTime: ContinuousClock.now - began)
        }

        process.send(.episode(start))
        while true {
            let sent = ContinuousClock.now
            let stepDeadline = sent + stepDuration
            let (deadline, kind) = stepDeadline <= episodeDeadline ? (stepDeadline, TimeoutKind.step) : (episodeDeadline, .episode)
            let output = await process.receive(until: deadline, kind: kind)
            let latency = ContinuousClock.now - sent
            let line: [UInt8]
            switch output {
            case .timedOut(let kind):
                return finish(.agentTerminated(await process.terminate(.timedOut(kind))))
            case .ended(let cause):
                return finish(.agentTerminated(await classifyEnd(cause)))
            case .line(let bytes):
                line = bytes
            }

            // Recorded here, with the observation just answered: the line as sent until
            // it parses, then the action as the harness read it.
            var record = StepRecord(index: steps.count + 1, observation: observation.text, action: Self.clip(line),
                                    latencyMicroseconds: StepRecord.microseconds(latency), url: observation.url)
            var lastError: String?
            do throws(ProtocolError) {
                switch try AgentMessage.decode(line: line, space: start.actionSpace) {
                case .ready:
                    throw ProtocolError.wrongShape("expected an action, got 'ready'")
                case .action(let message):
                    invalidInARow = 0
                    record.action = message.action.description
                    record.thought = message.thought
                    if let u = message.usage { usage.add(u) }
                    if case .stop(let answer) = message.action {
                        steps.append(record)
                        return finish(.answered(answer))
                    }
                    do {
                        let result = try await environment.perform(message.action)
                        observation = result.observation
                        lastError = result.actionError
                        record.error = result.actionError
                    } catch {
                        record.error = "environment failed: \(error)"
                        steps.append(record)
                        return finish(.environmentFailed(String(describing: error)))
                    }
                }
            } catch {
                invalidInARow += 1
                lastError = error.description
                record.error = error.description
                if invalidInARow >= maxConsecutiveInvalid {
                    steps.append(record)
                    return finish(.invalidActions(count: invalidInARow))
                }
            }
            steps.append(record)
            if steps.count >= start.limits.steps { return finish(.stepLimit) }
            guard process.send(.observation(step: steps.count, observation: observation, lastActionError: lastError)) else {
                let cause = process.termination ?? .closedStdout
                return finish(.agentTerminated(await process.terminate(cause)))
            }
        }
    }

    /// Tells the agent the episode is over; in `stream` mode with `revealed`, with its
    /// status, score and feedback.
    public func endEpisode(_ end: EpisodeEnd) {
        var end = end
        if mode == .episode { end.revealed = false }
        if !end.revealed { end.status = nil; end.score = nil; end.feedback = nil }
        process.send(.episodeEnd(end))
    }

    /// Sends `bye` and waits (the grace period) for the agent to exit.
    public func close() async -> AgentTermination {
        if process.termination == nil { process.send(.bye) }
        return await process.shutdown()
    }

    /// A process that ended before saying anything, with bwrap's own complaint on
    /// stderr, failed to start: that is the sandbox's failure, not the agent's.
    private func classifyEnd(_ cause: AgentTermination) async -> AgentTermination {
        let final = await process.terminate(cause)
        let log = process.stderr.text
        if case .exited = final, process.record.isolation == "bubblewrap", log.hasPrefix("bwrap: ") {
            return .launchFailed(String(log.prefix(500)).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return final
    }

    static func clip(_ line: [UInt8]) -> String {
        String(decoding: line.prefix(4096), as: UTF8.self)
    }
}
