import GRDB

/// Connections prepared ahead of time for one blueprint, so that making an instance is a
/// pop from an array. Refilling happens in a background task; the CPU it spends is the
/// per-instance cost `gauntlet bench sandbox` reports.
actor InstancePool {
    let blueprint: InstanceBlueprint
    private let target: Int
    private var ready: [DatabaseQueue] = []
    private var refilling = false

    init(blueprint: InstanceBlueprint, target: Int) {
        self.blueprint = blueprint
        self.target = target
    }

    /// A pristine connection: from the pool when one is ready, else opened now.
    func take() throws -> DatabaseQueue {
        defer { scheduleRefill() }
        if let queue = ready.popLast() { return queue }
        return try blueprint.openConnection()
    }

    var readyCount: Int { ready.count }

    /// Fills the pool and returns when it is full.
    func fill() async throws {
        while ready.count < target {
            let queue = try await Self.open(blueprint)
            ready.append(queue)
        }
    }

    private func scheduleRefill() {
        guard !refilling, ready.count < target else { return }
        refilling = true
        Task.detached(priority: .utility) { [weak self] in
            await self?.refill()
        }
    }

    private func refill() async {
        defer { refilling = false }
        while ready.count < target {
            guard let queue = try? await Self.open(blueprint) else { return }
            ready.append(queue)
        }
    }

    /// Opens off the actor, so `take()` never waits behind a refill.
    private nonisolated static func open(_ blueprint: InstanceBlueprint) async throws -> DatabaseQueue {
        try blueprint.openConnection()
    }
}
