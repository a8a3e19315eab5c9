/// Everything about a world that commands change. Small and `Hashable`, so the
/// planner can search over it; the fixed facts live in `WorldLayout`.
public struct WorldState: Hashable, Sendable {
    /// The room the agent is in.
    public var room: Int32
    /// Household: the receptacle the agent stands at, or -1 in the middle of the room.
    public var at: Int32
    /// Per entity: where a portable object is (see `Place`); unused for fixed entities.
    public var place: [Int32]
    /// Per entity: its current properties.
    public var flags: [EntityFlags]
    /// Crafting inventory: per item, how many the agent has.
    public var counts: [Int32]
    /// The agent declared the task infeasible (which ends the game).
    public var declaredInfeasible: Bool
    /// ...naming the thing the world lacks (`WorldLayout.missing`).
    public var namedMissing: Bool

    public init(room: Int32, at: Int32, place: [Int32], flags: [EntityFlags], counts: [Int32]) {
        self.room = room
        self.at = at
        self.place = place
        self.flags = flags
        self.counts = counts
        self.declaredInfeasible = false
        self.namedMissing = false
    }
}
