import AgentProtocol
import Harness
import Vocabulary
import Worlds

/// One trainer's session: at most one episode at a time, reset into any task of the
/// catalogue, stepped one action at a time. The WebSocket connection, the stateless HTTP
/// routes and MCP all drive episodes through it, so they answer alike.
public actor EnvSession {
    public nonisolated let id: String
    private let context: EnvContext
    private var episode: DrivenEpisode?
    private var episodeID = ""
    private var episodes = 0
    /// Asked for at reset: each step's reward is the key-node progress it gained.
    private var shaped = false
    private var lastProgress = 0.0
    public private(set) var lastActivity = ContinuousClock.now

    init(id: String, context: EnvContext) {
        self.id = id
        self.context = context
    }

    /// Starts a new episode (the last one, if any, is dropped unscored). Returns OpenEnv's
    /// step result: `observation`, `reward` (null at reset) and `done`.
    public func reset(_ data: JSONValue) async throws(EnvError) -> JSONValue {
        lastActivity = .now
        guard case .object = data else { throw EnvError(.validation, "reset: 'data' must be an object") }
        let opened: DrivenEpisode
        var shaped = try Self.flag(data, "shaped_reward")
        if let token = data["snapshot"], !token.isNull {
            guard let token = token.stringValue else { throw EnvError(.validation, "reset: 'snapshot' must be a token from state") }
            let kept = try await context.snapshots.entry(token)
            opened = try await Self.fork(kept.episode, "reset")
            shaped = kept.shaped
        } else {
            let choice = try context.catalog.choose(data)
            let tree = try Self.flag(data, "tree_json")
            do {
                opened = try await DrivenEpisode(choice.task, suite: choice.suite, seed: choice.seed, sandboxes: context.sandboxes,
                                                 limits: context.limits, stepsOverride: context.stepsOverride, includeTree: tree)
            } catch {
                throw EnvError(.execution, "reset: \(error)")
            }
        }
        return await adopt(opened, shaped: shaped, episodeID: data["episode_id"]?.stringValue)
    }

    /// A copy of the running episode, for a snapshot token or a forked session.
    func forkEpisode() async throws(EnvError) -> (DrivenEpisode, shaped: Bool) {
        lastActivity = .now
        guard let episode else { throw EnvError(.execution, "fork: no episode is running; send reset first") }
        return (try await Self.fork(episode, "fork"), shaped)
    }

    /// Plays `opened` from now on (the last episode, if any, is dropped unscored).
    func adopt(_ opened: DrivenEpisode, shaped: Bool, episodeID: String? = nil) async -> JSONValue {
        await episode?.close()
        episodes += 1
        self.episodeID = episodeID ?? "\(id)-\(episodes)"
        episode = opened
        self.shaped = shaped
        lastProgress = await opened.progress ?? 0
        return await reply(opened, reward: .null, error: nil)
    }

    private static func fork(_ episode: DrivenEpisode, _ what: String) async throws(EnvError) -> DrivenEpisode {
        do {
            return try await episode.fork()
        } catch {
            throw EnvError(.execution, "\(what): \(error)")
        }
    }

    /// Applies one action: `{"action": "click [12]"}` or a structured action object, with
    /// an optional `thought`, as an agent sends it (docs/protocol.md). An action that does
    /// not parse is refused (the episode goes on as it was); one that parses but does not
    /// apply is a step whose observation says why (`last_action_error`).
    public func step(_ data: JSONValue) async throws(EnvError) -> JSONValue {
        lastActivity = .now
        guard let episode else { throw EnvError(.execution, "step: no episode is running; send reset first") }
        if await episode.result != nil { throw EnvError(.execution, "step: the episode has ended; send reset to start another") }
        guard case .object(let members) = data else { throw EnvError(.validation, "step: 'data' must be an action object") }
        // OpenEnv's typed actions carry `metadata`; it is the trainer's, not the action's.
        let action = JSONValue.object(members.filter { $0.0 != "metadata" && $0.0 != "type" })
        let message: ActionMessage
        do {
            guard case .action(let decoded) = try AgentMessage.decode(action, space: await episode.actionSpace) else {
                throw EnvError(.validation, "step: expected an action")
            }
            message = decoded
        } catch let error as EnvError {
            throw error
        } catch {
            throw EnvError(.validation, "step: \(error)")
        }
        let error = await episode.act(message)
        let reward: Double
        if let result = await episode.result {
            reward = result.score
        } else if shaped {
            let progress = await episode.progress ?? 0
            reward = progress - lastProgress
            lastProgress = progress
        } else {
            reward = 0
        }
        if await episode.result != nil, let recorder = context.recorder {
            do { try await recorder.record(episode, shaped: shaped) } catch {
                throw EnvError(.execution, "step: the episode ended but could not be recorded: \(error)")
            }
        }
        return await reply(episode, reward: .double(reward), error: error)
    }

    /// The current episode's observation, as the last reset or step gave it (reward null).
    public func observe() async throws(EnvError) -> JSONValue {
        lastActivity = .now
        guard let episode else { throw EnvError(.execution, "observe: no episode is running; start one first") }
        return await reply(episode, reward: .null, error: nil)
    }

    /// OpenEnv's state: the episode id and step count, and where the episode stands.
    /// With `snapshot`, also a token that `reset` restores: a copy of the episode as it
    /// stands now.
    public func state(snapshot: Bool = false) async throws(EnvError) -> JSONValue {
        lastActivity = .now
        guard let episode else {
            if snapshot { throw EnvError(.execution, "state: no episode is running, so there is nothing to snapshot") }
            return .object([("episode_id", .null), ("step_count", .int(0)), ("session_id", .string(id))])
        }
        let result = await episode.result
        var token: [(String, JSONValue)] = []
        if snapshot {
            let (copy, shaped) = try await forkEpisode()
            token = [("snapshot", .string(await context.snapshots.keep(.init(episode: copy, shaped: shaped))))]
        }
        let steps = await episode.stepCount
        let progress = await episode.progress
        return .object(token + [
            ("episode_id", .string(episodeID)), ("step_count", .int(Int64(steps))),
            ("session_id", .string(id)), ("task_id", .string(episode.task.id)), ("seed", .int(Int64(bitPattern: episode.seed))),
            ("status", .string(result?.status.rawValue ?? "running")), ("done", .bool(result != nil)),
            ("progress", progress.map { .double($0) } ?? .null),
        ])
    }

    /// Drops the episode unscored.
    public func close() async {
        await episode?.close()
        episode = nil
    }

    private func reply(_ episode: DrivenEpisode, reward: JSONValue, error: String?) async -> JSONValue {
        let seen = await episode.observation
        let result = await episode.result
        var metadata: [(String, JSONValue)] = [
            ("episode_id", .string(episodeID)), ("task_id", .string(episode.task.id)),
            ("status", .string(result?.status.rawValue ?? "running")),
            ("progress", (await episode.progress).map { .double($0) } ?? .null),
            ("shaped_reward", .bool(shaped)),
        ]
        if let result {
            metadata.append(("score", .double(result.score)))
            if context.training {
                metadata.append(("reason", .string(result.reason)))
                metadata.append(("checks", .array(result.checks.map {
                    .object([("kind", .string($0.kind)), ("passed", .bool($0.passed)), ("reason", .string($0.reason))])
                })))
            }
        }
        var observation: [(String, JSONValue)] = [
            ("goal", .string(episode.task.goal)), ("text", .string(seen.text)), ("url", .string(seen.url)),
            ("title", .string(seen.title)), ("action_space", .string(await episode.actionSpace.rawValue)),
            ("last_action_error", error.map { .string($0) } ?? .null), ("step", .int(Int64(await episode.stepCount))),
            ("metadata", .object(metadata)),
        ]
        if let tree = seen.tree { observation.append(("tree", .raw(tree))) }
        return .object([("observation", .object(observation)), ("reward", reward), ("done", .bool(result != nil))])
    }

    private static func flag(_ data: JSONValue, _ name: String) throws(EnvError) -> Bool {
        guard let value = data[name], !value.isNull else { return false }
        guard let flag = value.boolValue else { throw EnvError(.validation, "reset: '\(name)' must be true or false") }
        return flag
    }
}
