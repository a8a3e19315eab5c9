/// One step of an episode: the observation the agent saw, what it did, and how it went.
///
/// One record from where the observation is sent (the agent session, the oracle
/// replay) to the leaderboard and back. The action is kept as text: the harness's
/// reading of a valid action (`click [12]`), or the line as sent when it did not parse.
public struct StepRecord: Sendable, Equatable {
    /// The step number, as in the protocol's `observation` messages (the harness counts from 1).
    public var index: Int
    /// The observation text the agent had when it sent this step. Stored once per
    /// distinct text (SHA-256 → text in `observations`), since agents revisit the same pages.
    public var observation: String
    /// The action as the harness understood it, or the raw line (cut to 4 KiB) when it
    /// did not parse.
    public var action: String
    public var thought: String?
    /// Why the line was refused or the action did not apply (the `last_action_error`).
    public var error: String?
    /// From sending the observation to receiving this step's line.
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

    /// A duration as whole microseconds, rounded down.
    public static func microseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000)
    }
}
