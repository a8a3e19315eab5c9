import AgentProtocol

/// How a goal-blind explorer walks a world's moves.
public enum ExplorationOrder: Sendable {
    /// Every move seen is queued once and taken oldest first, until none is left: a
    /// website's links, breadth-first.
    case breadthFirst
    /// The move here tried the fewest times so far (the world's order breaking ties),
    /// until the step budget ends: a game whose moves depend on where the player is.
    case leastTriedHere
}

/// `gauntlet verify`'s goal-blind explorer (docs/tasks.md "Trials"): it never reads the
/// goal; it takes the moves its world offers, in the world's order, so a task it passes
/// rewards wandering rather than the goal. Deterministic: the same moves give the same walk.
public struct WorldExplorer: Sendable {
    public let order: ExplorationOrder
    private var tries: [String: Int] = [:]
    private var queue: [Action] = []
    private var queueHead = 0

    public init(order: ExplorationOrder) {
        self.order = order
    }

    /// The next move from `moves` (what the world offers now), or nil when the walk is over.
    public mutating func next(_ moves: [Action]) -> Action? {
        switch order {
        case .breadthFirst:
            for move in moves where tries[move.description] == nil {
                tries[move.description] = 0
                queue.append(move)
            }
            guard queueHead < queue.count else { return nil }
            queueHead += 1
            return queue[queueHead - 1]
        case .leastTriedHere:
            guard let move = moves.min(by: { tries[$0.description, default: 0] < tries[$1.description, default: 0] }) else { return nil }
            tries[move.description, default: 0] += 1
            return move
        }
    }
}
