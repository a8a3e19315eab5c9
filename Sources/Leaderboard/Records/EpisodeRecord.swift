import Foundation
import Vocabulary

/// One check's outcome as stored with an episode (flattened from the checker tree by
/// the harness), so a report can say why an episode failed.
public struct CheckerResultRecord: Sendable, Equatable, Codable {
    /// The check, e.g. `url` or `state: SELECT sku, qty FROM cart_items`.
    public var check: String
    public var passed: Bool
    public var score: Double
    public var reason: String
    /// What the check wanted (its SQL and expected rows, URL pattern, answer matchers);
    /// nil for combinators and for episodes recorded before schema v3.
    public var expected: String?
    /// What the episode gave it (the rows, the final URL, the answer).
    public var actual: String?

    public init(check: String, passed: Bool, score: Double, reason: String, expected: String? = nil, actual: String? = nil) {
        self.check = check
        self.passed = passed
        self.score = score
        self.reason = reason
        self.expected = expected
        self.actual = actual
    }
}

/// What identifies an episode within a run for resuming: a resumed run runs exactly
/// the keys it has not completed yet.
public struct EpisodeKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var taskID: String
    public var epoch: Int
    public var seed: UInt64

    public init(taskID: String, epoch: Int, seed: UInt64) {
        self.taskID = taskID
        self.epoch = epoch
        self.seed = seed
    }

    public static func < (a: EpisodeKey, b: EpisodeKey) -> Bool {
        (a.taskID, a.epoch, a.seed) < (b.taskID, b.epoch, b.seed)
    }

    public var description: String { "\(taskID)#\(epoch)@\(seed)" }
}

/// One attempt by one agent at one task, as the harness hands it over when the
/// episode ends. Everything needed to re-score offline is here: the final state
/// snapshot, the request log and the checker results.
public struct EpisodeRecord: Sendable, Equatable {
    public var runID: String
    public var taskID: String
    public var suite: String
    public var template: String?
    public var split: String?
    public var revision: Int
    public var taskChecksum: String
    public var seed: UInt64
    /// 0-based epoch (repetition) of the task within the run.
    public var epoch: Int
    /// 1 for the first try; retries of a `sandbox_error` are stored as attempts 2, 3…
    public var attempt: Int
    public var status: EpisodeStatus
    /// In [0, 1].
    public var score: Double
    /// Share of key nodes reached, in [0, 1]; nil when the task has none.
    public var progress: Double?
    public var steps: Int
    public var wallMilliseconds: Int
    public var inputTokens: Int?
    public var outputTokens: Int?
    /// Only when the agent reported it.
    public var costUSD: Double?
    public var answer: Answer?
    /// Why the episode ended as it did (checker summary, the agent error…).
    public var reason: String
    /// The last lines the agent wrote to stderr.
    public var stderrTail: String
    public var finalURL: String?
    /// The instance's final SQLite state (a serialized database image), kept raw.
    public var finalState: Data?
    /// The instance's request log as JSON text.
    public var requestLogJSON: String
    public var checkerResults: [CheckerResultRecord]
    /// Trajectory metrics by name (see the EpisodeMetrics target); stored per episode.
    public var metrics: [String: Double]
    /// In a stream run: the episode's 0-based position in the stream; nil otherwise.
    public var streamIndex: Int?
    /// In a stream run: which agent process played it (1, then 2 after the first restart…).
    public var agentProcess: Int?
    /// The goal the agent was given (the task's goal with its parameters filled in);
    /// nil for episodes recorded before schema v3.
    public var goal: String?
    /// The task's key nodes in task order, each with the step that reached it.
    public var keyNodes: [KeyNodeRecord]
    /// How the final state differs from the initial one, computed while the instance
    /// was alive; nil when the state could not be read or before schema v3.
    public var stateDiff: StateDiff?
    /// The steps the episode was allowed; nil before schema v4.
    public var stepLimit: Int?
    /// Traits judged on this episode: the rule judges' step criteria at record time, and
    /// those of induced metric sets once `gauntlet metrics judge` ran.
    public var traits: [TraitRecord]

    public init(
        runID: String, taskID: String, suite: String, template: String? = nil, split: String? = nil, revision: Int,
        taskChecksum: String, seed: UInt64, epoch: Int, attempt: Int = 1, status: EpisodeStatus, score: Double,
        progress: Double? = nil, steps: Int, wallMilliseconds: Int, inputTokens: Int? = nil, outputTokens: Int? = nil,
        costUSD: Double? = nil, answer: Answer? = nil, reason: String = "", stderrTail: String = "",
        finalURL: String? = nil, finalState: Data? = nil, requestLogJSON: String = "[]",
        checkerResults: [CheckerResultRecord] = [], metrics: [String: Double] = [:],
        streamIndex: Int? = nil, agentProcess: Int? = nil, goal: String? = nil, keyNodes: [KeyNodeRecord] = [],
        stateDiff: StateDiff? = nil, stepLimit: Int? = nil, traits: [TraitRecord] = []
    ) {
        self.stepLimit = stepLimit
        self.traits = traits
        self.goal = goal
        self.keyNodes = keyNodes
        self.stateDiff = stateDiff
        self.streamIndex = streamIndex
        self.agentProcess = agentProcess
        self.runID = runID
        self.taskID = taskID
        self.suite = suite
        self.template = template
        self.split = split
        self.revision = revision
        self.taskChecksum = taskChecksum
        self.seed = seed
        self.epoch = epoch
        self.attempt = attempt
        self.status = status
        self.score = score
        self.progress = progress
        self.steps = steps
        self.wallMilliseconds = wallMilliseconds
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.costUSD = costUSD
        self.answer = answer
        self.reason = reason
        self.stderrTail = stderrTail
        self.finalURL = finalURL
        self.finalState = finalState
        self.requestLogJSON = requestLogJSON
        self.checkerResults = checkerResults
        self.metrics = metrics
    }

    public var key: EpisodeKey { EpisodeKey(taskID: taskID, epoch: epoch, seed: seed) }
}

/// A stored episode: its row id and what was recorded.
public struct StoredEpisode: Sendable, Equatable {
    public var id: Int64
    public var record: EpisodeRecord

    public init(id: Int64, record: EpisodeRecord) {
        self.id = id
        self.record = record
    }
}
