/// One running game: a fixed layout, the changing state, and the episode's
/// bookkeeping (moves, subgoals reached, won or lost).
///
/// This is the API the sandbox host serves: `apply` a command, read
/// `admissibleCommands()`, `isWon`/`isLost`, `subgoalsReached`, and `screenXML()`.
public struct World: Sendable {
    public let layout: WorldLayout
    public internal(set) var state: WorldState
    public let initialState: WorldState
    /// Ordered milestones of the oracle plan; the last is the goal.
    public internal(set) var subgoals: [Predicate]
    /// Per subgoal, whether it has held at some point. Once reached, it stays reached.
    public private(set) var reached: [Bool]
    /// Commands applied, successful or not.
    public private(set) var moves: Int
    public private(set) var lastFeedback: Feedback
    public private(set) var isWon: Bool
    public private(set) var isLost: Bool
    /// The planner turns text off: its millions of steps need no words.
    var render: Bool

    public init(layout: WorldLayout, state: WorldState, subgoals: [Predicate] = []) {
        self.layout = layout
        self.state = state
        self.initialState = state
        self.subgoals = subgoals
        self.reached = Array(repeating: false, count: subgoals.count)
        self.moves = 0
        self.lastFeedback = .success("")
        self.isWon = false
        self.isLost = false
        self.render = true
        self.lastFeedback = .success(lookText())
        updateProgress()
    }

    /// Back to the start of the episode.
    public mutating func reset() {
        state = initialState
        reached = Array(repeating: false, count: subgoals.count)
        moves = 0
        isWon = false
        isLost = false
        lastFeedback = .success(lookText())
        updateProgress()
    }

    /// Parses and applies one command written as text.
    @discardableResult
    public mutating func apply(_ text: String) -> Feedback {
        if isWon || isLost { return apply(Command.look) }  // answered with gameOver
        switch CommandParser.parse(text, in: self) {
        case .command(let c):
            return apply(c)
        case .failure(let f):
            moves += 1
            lastFeedback = f
            return f
        }
    }

    /// Applies one parsed command and updates won, lost and subgoals.
    @discardableResult
    public mutating func apply(_ c: Command) -> Feedback {
        moves += 1
        let f: Feedback
        if isWon || isLost {
            f = .failure(.gameOver, isWon
                ? "The game is over: you have already completed the task."
                : "The game is over: it was lost.")
        } else {
            f = perform(c)
            if f.ok { updateProgress() }
        }
        lastFeedback = f
        return f
    }

    /// How many subgoals have been reached, in any order.
    public var subgoalsReached: Int { reached.reduce(0) { $0 + ($1 ? 1 : 0) } }

    /// How many subgoals have been reached counting from the first, in order, as
    /// ScienceWorld scores: the length of the reached prefix.
    public var orderedSubgoalsReached: Int { reached.firstIndex(of: false) ?? reached.count }

    /// Partial credit in [0, 1]: 1 when won, otherwise the share of subgoals reached.
    public var progress: Double {
        if isWon { return 1 }
        if subgoals.isEmpty { return 0 }
        return Double(subgoalsReached) / Double(subgoals.count)
    }

    mutating func updateProgress() {
        for i in subgoals.indices where !reached[i] && holds(subgoals[i]) {
            reached[i] = true
        }
        if state.declaredInfeasible {
            if layout.infeasible && state.namedMissing { isWon = true } else { isLost = true }
        } else if !layout.infeasible && holds(layout.goal) {
            isWon = true
        }
    }

    /// The room the place of an object belongs to, or -1 when carried or unknown.
    func roomOfPlace(_ p: Int32) -> Int {
        if p >= 0 { return layout.entities[Int(p)].room }
        if let r = Place.floorRoom(p) { return r }
        return -1
    }
}
