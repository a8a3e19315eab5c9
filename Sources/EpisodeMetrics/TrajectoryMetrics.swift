import Vocabulary

/// Numbers per episode beyond success, computed from its trajectory.
///
/// Progress comes from key nodes (WebCanvas's completion rate): the harness tracks
/// which were reached and passes the counts in. Efficiency compares the agent's step
/// count with a known optimal length (the task's oracle).
public struct TrajectoryMetrics: Sendable, Equatable {
    public var steps: Int
    /// Steps whose action the harness rejected.
    public var invalidActions: Int
    /// `invalidActions / steps`; 0 for an empty trajectory.
    public var invalidActionRate: Double
    /// Length of the longest run of identical consecutive actions (1 when no action
    /// repeats, 0 for an empty trajectory). WebArena stops an episode at 3.
    public var longestRepeatRun: Int
    /// Share of steps that repeat the action just before them.
    public var repeatedActionShare: Double
    public var keyNodesReached: Int
    public var keyNodesTotal: Int
    /// `keyNodesReached / keyNodesTotal`, or nil when the task has no key nodes.
    public var progress: Double?
    /// Every key node reached (nil when there are none).
    public var completion: Bool?
    /// All key nodes but one reached (nil when there are none; false with a single
    /// key node, where "all but one" would just mean "none").
    public var nearSuccess: Bool?
    /// The optimal step count, when known.
    public var optimalSteps: Int?
    /// `min(1, optimalSteps / steps)`, or nil when the optimal length is unknown or
    /// no step was taken. Capped at 1 so an agent that finds a shorter path than the
    /// oracle does not score above a perfect one.
    public var efficiency: Double?

    public init(steps trajectory: [StepRecord], keyNodesReached: Int = 0, keyNodesTotal: Int = 0, optimalSteps: Int? = nil) {
        steps = trajectory.count
        invalidActions = trajectory.reduce(0) { $0 + ($1.error == nil ? 0 : 1) }
        invalidActionRate = steps == 0 ? 0 : Double(invalidActions) / Double(steps)

        var longest = 0
        var current = 0
        var repeats = 0
        var previous: String?
        for step in trajectory {
            let action = Self.normalized(step.action)
            if action == previous {
                current += 1
                repeats += 1
            } else {
                current = 1
            }
            longest = max(longest, current)
            previous = action
        }
        longestRepeatRun = longest
        repeatedActionShare = steps == 0 ? 0 : Double(repeats) / Double(steps)

        let total = max(0, keyNodesTotal)
        let reached = min(max(0, keyNodesReached), total)
        self.keyNodesReached = reached
        self.keyNodesTotal = total
        if total > 0 {
            progress = Double(reached) / Double(total)
            completion = reached == total
            nearSuccess = total >= 2 && reached == total - 1
        } else {
            progress = nil
            completion = nil
            nearSuccess = nil
        }

        self.optimalSteps = optimalSteps
        if let optimalSteps, optimalSteps > 0, steps > 0 {
            efficiency = min(1, Double(optimalSteps) / Double(steps))
        } else {
            efficiency = nil
        }
    }

    /// The action with surrounding whitespace removed and inner runs of whitespace
    /// collapsed, so `click [12]` and `click  [12] ` count as the same action when
    /// looking for loops. Case is kept: `type [3] [Red]` and `type [3] [red]` differ.
    static func normalized(_ action: String) -> String {
        action.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The metrics as name/value pairs in name order, the form the leaderboard stores
    /// per episode (`episode_metrics`). Metrics that are not defined are left out.
    public var namedValues: [(name: String, value: Double)] {
        var out: [(String, Double)] = [
            ("invalid_action_rate", invalidActionRate),
            ("invalid_actions", Double(invalidActions)),
            ("longest_repeat_run", Double(longestRepeatRun)),
            ("repeated_action_share", repeatedActionShare),
            ("steps", Double(steps)),
        ]
        if let progress { out.append(("progress", progress)) }
        if let completion { out.append(("completion", completion ? 1 : 0)) }
        if let nearSuccess { out.append(("near_success", nearSuccess ? 1 : 0)) }
        if let efficiency { out.append(("efficiency", efficiency)) }
        return out.sorted { $0.0 < $1.0 }.map { (name: $0.0, value: $0.1) }
    }
}
