import Vocabulary

/// The protocol this module speaks (**contract**).
public enum ProtocolVersion {
    public static let current = "gauntlet/1"
}

public struct EpisodeInfo: Sendable, Equatable {
    public var id: String
    /// Position in the session (0-based); always 0 in episode mode.
    public var index: Int
    /// Derived from the run seed and the task: the same run seed gives the same value.
    public var seed: UInt64

    public init(id: String, index: Int, seed: UInt64) {
        self.id = id
        self.index = index
        self.seed = seed
    }

    var json: JSONValue {
        // Seeds are unsigned 64-bit; written as a bare integer so agents read them exactly.
        .object([("id", .string(id)), ("index", .int(Int64(index))), ("seed", .raw(RawJSON(unchecked: String(seed))))])
    }
}

/// What the agent is told about the task: never the checks, the oracle or gold values.
public struct TaskBrief: Sendable, Equatable {
    public var id: String
    public var goal: String
    public var sandboxes: [String]

    public init(id: String, goal: String, sandboxes: [String] = []) {
        self.id = id
        self.goal = goal
        self.sandboxes = sandboxes
    }

    var json: JSONValue {
        .object([("id", .string(id)), ("goal", .string(goal)), ("sandboxes", .array(sandboxes.map { .string($0) }))])
    }
}

public struct EpisodeLimits: Sendable, Equatable {
    public var steps: Int
    public var stepSeconds: Double
    public var episodeSeconds: Double
    public var maxLineBytes: Int

    public init(steps: Int, stepSeconds: Double, episodeSeconds: Double, maxLineBytes: Int = 1 << 20) {
        self.steps = steps
        self.stepSeconds = stepSeconds
        self.episodeSeconds = episodeSeconds
        self.maxLineBytes = maxLineBytes
    }

    var json: JSONValue {
        .object([("steps", .int(Int64(steps))), ("step_seconds", .double(stepSeconds)),
                 ("episode_seconds", .double(episodeSeconds)), ("max_line_bytes", .int(Int64(maxLineBytes)))])
    }
}

public struct EpisodeStart: Sendable, Equatable {
    public var episode: EpisodeInfo
    public var task: TaskBrief
    public var actionSpace: ActionSpace
    public var limits: EpisodeLimits
    public var observation: Observation

    public init(episode: EpisodeInfo, task: TaskBrief, actionSpace: ActionSpace, limits: EpisodeLimits, observation: Observation) {
        self.episode = episode
        self.task = task
        self.actionSpace = actionSpace
        self.limits = limits
        self.observation = observation
    }
}

/// The end of an episode as told to the agent. In evaluation (`revealed == false`)
/// only the episode id and step count are sent.
public struct EpisodeEnd: Sendable, Equatable {
    public var episodeID: String
    public var steps: Int
    public var revealed: Bool
    public var status: EpisodeStatus?
    public var score: Double?
    public var feedback: String?

    public init(episodeID: String, steps: Int, revealed: Bool, status: EpisodeStatus? = nil, score: Double? = nil, feedback: String? = nil) {
        self.episodeID = episodeID
        self.steps = steps
        self.revealed = revealed
        self.status = status
        self.score = score
        self.feedback = feedback
    }
}

/// A message from the harness to the agent (docs/protocol.md "Harness to agent").
public enum HarnessMessage: Sendable, Equatable {
    case hello(harness: String, mode: SessionMode)
    case episode(EpisodeStart)
    case observation(step: Int, observation: Observation, lastActionError: String?)
    case episodeEnd(EpisodeEnd)
    case bye

    /// Whether the agent must answer this message (with `ready` or `action`).
    public var expectsReply: Bool {
        switch self {
        case .hello, .episode, .observation: return true
        case .episodeEnd, .bye: return false
        }
    }

    public var json: JSONValue {
        switch self {
        case .hello(let harness, let mode):
            return .object([("type", .string("hello")), ("protocol", .string(ProtocolVersion.current)),
                            ("harness", .string(harness)), ("mode", .string(mode.rawValue))])
        case .episode(let start):
            return .object([
                ("type", .string("episode")), ("episode", start.episode.json), ("task", start.task.json),
                ("action_space", .string(start.actionSpace.rawValue)),
                ("actions", .array(start.actionSpace.actionNames.map { .string($0) })),
                ("limits", start.limits.json), ("observation", start.observation.json),
            ])
        case .observation(let step, let observation, let error):
            return .object([("type", .string("observation")), ("step", .int(Int64(step))),
                            ("observation", observation.json),
                            ("last_action_error", error.map { .string($0) } ?? .null)])
        case .episodeEnd(let end):
            var members: [(String, JSONValue)] = [
                ("type", .string("episode_end")), ("episode", .object([("id", .string(end.episodeID))])),
                ("steps", .int(Int64(end.steps))), ("revealed", .bool(end.revealed)),
            ]
            if end.revealed {
                members.append(("status", end.status.map { .string($0.rawValue) } ?? .null))
                members.append(("score", end.score.map { .double($0) } ?? .null))
                members.append(("feedback", end.feedback.map { .string($0) } ?? .null))
            }
            return .object(members)
        case .bye:
            return .object([("type", .string("bye"))])
        }
    }

    /// The message as one protocol line, newline included.
    public var line: [UInt8] {
        var writer = JSONWriter(reservingCapacity: 512)
        writer.write(json)
        var bytes = writer.bytes
        bytes.append(0x0A)
        return bytes
    }
}
