import SandboxKit

/// One live sandbox server shared by a test target's tests, started on first use on a free
/// loopback port. Each test makes its own instances, so sharing the server shares no state.
public actor SharedHost {
    private let make: @Sendable () async throws -> SandboxHost
    /// Held from the first call on, so tests that ask at the same time share one start-up.
    private var starting: Task<(host: SandboxHost, port: Int), any Error>?

    public init(_ make: @escaping @Sendable () async throws -> SandboxHost) {
        self.make = make
    }

    public func host() async throws -> (host: SandboxHost, port: Int) {
        if let starting { return try await starting.value }
        let make = self.make
        let task = Task {
            let host = try await make()
            return (host: host, port: try await host.start())
        }
        starting = task
        return try await task.value
    }
}
