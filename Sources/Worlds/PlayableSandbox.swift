import SandboxKit

/// A sandbox together with the world its episodes are played in.
public protocol PlayableSandbox: Sandbox {
    var world: any EpisodeWorld { get }
}
