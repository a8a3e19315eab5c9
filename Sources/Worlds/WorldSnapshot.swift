/// What a world session holds beyond its instance's state (a browser's tabs, history,
/// form state and cookies; a game's screen), taken to fork or restore an episode. Only
/// the world that took it reads it back (`EpisodeWorld.restore`).
public struct WorldSnapshot: Sendable {
    /// The world's name (`EpisodeWorld.name`) that took it.
    public let world: String
    public let payload: any Sendable

    public init(world: String, payload: any Sendable) {
        self.world = world
        self.payload = payload
    }
}
