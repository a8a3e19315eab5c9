import Harness

/// Snapshot tokens: each names a dormant copy of an episode as it stood when the token
/// was taken (`state` with `snapshot: true`), restored by `reset` with `snapshot`, any
/// number of times, each restore a fresh copy. The oldest are dropped beyond `capacity`.
actor SnapshotStore {
    struct Entry: Sendable {
        var episode: DrivenEpisode
        var shaped: Bool
    }

    let capacity: Int
    private var entries: [String: Entry] = [:]
    private var order: [String] = []
    private var counter = 0

    init(capacity: Int) {
        self.capacity = capacity
    }

    func keep(_ entry: Entry) async -> String {
        counter += 1
        let token = "snap-\(counter)"
        entries[token] = entry
        order.append(token)
        while order.count > capacity {
            let oldest = order.removeFirst()
            await entries.removeValue(forKey: oldest)?.episode.close()
        }
        return token
    }

    func entry(_ token: String) throws(EnvError) -> Entry {
        guard let entry = entries[token] else {
            throw EnvError(.validation, "no snapshot '\(token)': tokens are kept for the last \(capacity) snapshots of this server")
        }
        return entry
    }
}
