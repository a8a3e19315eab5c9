/// One step of an episode: the observation the agent saw, what it did, and how it went.
public struct StepRecord: Sendable, Equatable {
    /// The step number, as in the protocol's `observation` messages (the harness counts from 1).
    public var index: Int
    /// The observation text sent with this step. Stored once per distinct text
    /// (SHA-256 → text in `observations`), since agents revisit the same pages.
    public var observation: String
    public var action: String
    public var thought: String?
    /// The `last_action_error` the action produced, if any.
    public var error: String?
    public var latencyMicroseconds: Int
    /// The URL of the active tab when the observation was taken.
    public var url: String?

    public init(index: Int, observation: String, action: String, thought: String? = nil, error: String? = nil, latencyMicroseconds: Int, url: String? = nil) {
        self.index = index
        self.observation = observation
        self.action = action
        self.thought = thought
        self.error = error
        self.latencyMicroseconds = latencyMicroseconds
        self.url = url
    }
}
