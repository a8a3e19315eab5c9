/// One served game: the world and what the agent has searched so far.
public struct GameSession: Sendable {
    public private(set) var world: World
    public private(set) var coverage: SearchCoverage

    public init(_ world: World) {
        self.world = world
        coverage = SearchCoverage(world)
    }

    @discardableResult
    public mutating func apply(_ command: String) -> Feedback {
        let before = world
        let feedback = world.apply(command)
        // Crafting probes are read against the world the command was typed in.
        coverage.update(world, after: nil)
        if world.layout.family == .crafting { coverage.update(before, after: command) }
        return feedback
    }
}
