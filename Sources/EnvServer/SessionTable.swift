/// The live sessions of one server, at most `capacity` at once. A session idle longer
/// than `idleTimeout` is closed by `reap`, so a trainer that vanished frees its slot.
actor SessionTable {
    let capacity: Int
    let idleTimeout: Duration
    private let context: EnvContext
    private var sessions: [String: EnvSession] = [:]
    private var counter = 0

    init(capacity: Int, idleTimeout: Duration, context: EnvContext) {
        self.capacity = capacity
        self.idleTimeout = idleTimeout
        self.context = context
    }

    var count: Int { sessions.count }

    /// A new session, or `CAPACITY_REACHED` when every slot is taken.
    func open() throws(EnvError) -> EnvSession {
        guard sessions.count < capacity else {
            throw EnvError(.capacity, "all \(capacity) sessions are in use; close one or start the server with a larger --max-sessions")
        }
        counter += 1
        let session = EnvSession(id: "s\(counter)", context: context)
        sessions[session.id] = session
        return session
    }

    func session(_ id: String) throws(EnvError) -> EnvSession {
        guard let session = sessions[id] else {
            throw EnvError(.session, "no session '\(id)': it was closed or timed out after \(idleTimeout) idle")
        }
        return session
    }

    func close(_ id: String) async {
        guard let session = sessions.removeValue(forKey: id) else { return }
        await session.close()
    }

    /// Closes every session idle past the timeout; returns their ids.
    @discardableResult
    func reap() async -> [String] {
        let now = ContinuousClock.now
        var idle: [String] = []
        for (id, session) in sessions where now - (await session.lastActivity) > idleTimeout {
            idle.append(id)
        }
        for id in idle.sorted() { await close(id) }
        return idle
    }

    func isOpen(_ id: String) -> Bool { sessions[id] != nil }
}
