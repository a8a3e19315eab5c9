import AgentProtocol
import Harness

/// What every session of one server shares: the hosted sandboxes, the tasks, the limits,
/// whether checker reasons are revealed, and where episodes are recorded.
public struct EnvContext: Sendable {
    public var sandboxes: HostedSandboxes
    public var catalog: TaskCatalog
    /// Run-wide limits; only `steps` applies (a trainer's time is its own), and a task's
    /// own step limit replaces it unless `stepsOverride` is set, as in `gauntlet run`.
    public var limits: EpisodeLimits
    /// `--max-steps`: steps per episode for every task, whatever its own limit.
    public var stepsOverride: Int?
    /// Explicit training mode: the end of an episode shows each check's reason. Off, a
    /// trainer sees only the status and score, as an evaluated agent does.
    public var training: Bool
    public var recorder: EpisodeRecorder?
    /// Snapshot tokens, shared by every session (a token taken in one restores in any).
    let snapshots = SnapshotStore(capacity: 1024)

    public init(sandboxes: HostedSandboxes, catalog: TaskCatalog, limits: EpisodeLimits, stepsOverride: Int? = nil,
                training: Bool, recorder: EpisodeRecorder?) {
        self.sandboxes = sandboxes
        self.catalog = catalog
        self.limits = limits
        self.stepsOverride = stepsOverride
        self.training = training
        self.recorder = recorder
    }
}
