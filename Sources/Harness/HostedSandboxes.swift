import Browser
import SandboxKit
import Tasks
import Worlds

/// The sandboxes one command hosts: those of the registry a selection of tasks needs,
/// served on one loopback port, each at its own origin (`shop.localhost:PORT`), and the
/// registry their worlds come from. `run`, `verify` and `rescore` start it the same way.
public struct HostedSandboxes: Sendable {
    public let host: SandboxHost
    public let origins: [String: Origin]
    public let registry: SandboxRegistry

    /// Starts hosting `names` (every registered sandbox when empty) on a free port.
    /// - Parameter home: the `sandboxes/` directory; located as `SandboxHost` does when nil.
    public static func start(_ registry: SandboxRegistry, serving names: [String], poolSize: Int,
                             home: String? = nil) async throws -> HostedSandboxes {
        let selected = try registry.select(Set(names).sorted())
        let host = try await SandboxHost(sandboxes: selected, home: home, poolSize: poolSize)
        let port = try await host.start(port: 0)
        let origins = Dictionary(uniqueKeysWithValues: selected.map { ($0.name, Origin(host: "\($0.name).localhost", port: port)) })
        return HostedSandboxes(host: host, origins: origins, registry: registry)
    }

    public func stop() async {
        await host.stop()
    }

    /// The world `task` is played in, or why it has none, naming the task file and field.
    public func world(for task: TaskDefinition) throws(WorldMismatch) -> any EpisodeWorld {
        do {
            return try registry.world(for: task.sandboxes)
        } catch {
            throw WorldMismatch(description: "\(task.file): sandboxes: \(error)")
        }
    }

    /// Each sandbox's base URL, as checkers resolve `shop:/path`.
    var baseURLs: [String: String] { origins.mapValues { $0.description } }
}
