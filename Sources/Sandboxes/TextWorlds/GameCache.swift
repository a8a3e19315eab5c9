import GRDB
import Synchronization

/// Worlds kept in memory so a step costs one `apply`, not a replay.
///
/// Two caches, both only accelerators (the SQLite rows are the record):
/// - pristine worlds per game key, process-wide: generation is deterministic, so any
///   instance may start from the same value (`World` is a value type);
/// - the current world per (instance connection, key). An entry holds its connection
///   weakly and is used only while that very connection is alive and the move count in
///   `games` matches, so a dropped instance, an imported one, or a rolled-back write can
///   never see another instance's game: it misses and replays `moves` instead.
final class GameCache: Sendable {
    struct Pristine: Sendable {
        let world: World
        let description: TaskDescription
    }

    struct Slot: Hashable {
        let connection: ObjectIdentifier
        let key: String
    }

    struct Entry {
        weak var connection: DatabaseQueue?
        var session: GameSession
    }

    static let pristineLimit = 4096
    private let pristine = Mutex<[String: Pristine]>([:])
    /// Parsed canonical keys by their text: parsing proves canonical form by writing the
    /// id back from the knobs, which showed in step profiles; every step names its game.
    private let keys = Mutex<[String: GameKey]>([:])
    private let current = Mutex<(entries: [Slot: Entry], sweepAt: Int)>(([:], 256))

    /// The generated start of `key`'s game (generated on first use).
    func pristine(_ key: GameKey) throws(GenerationError) -> Pristine {
        let text = key.text
        if let hit = pristine.withLock({ $0[text] }) { return hit }
        let task = try TaskGenerator.generate(key.family, seed: key.seed, split: key.split, knobs: key.knobs)
        let made = Pristine(world: task.world, description: task.description)
        pristine.withLock { cache in
            // Keys come from request paths; a bound keeps a flood of distinct keys from growing memory.
            if cache.count >= Self.pristineLimit { cache.removeAll() }
            cache[text] = made
        }
        return made
    }

    /// `family/id` parsed (`GameKey.parse(family:id:)`), from the cache when seen before.
    func key(_ family: Family, _ id: String) throws(GameKeyError) -> GameKey {
        let text = family.rawValue + "/" + id
        if let hit = keys.withLock({ $0[text] }) { return hit }
        let key = try GameKey.parse(family: family, id: id)
        keys.withLock { cache in
            if cache.count >= Self.pristineLimit { cache.removeAll() }
            cache[text] = key
        }
        return key
    }

    /// The cached current game of `key` in `connection`, if it is at move `moves`.
    func session(_ connection: DatabaseQueue, _ key: String, moves: Int) -> GameSession? {
        let slot = Slot(connection: ObjectIdentifier(connection), key: key)
        return current.withLock { state in
            guard let entry = state.entries[slot], entry.connection === connection, entry.session.world.moves == moves else { return nil }
            return entry.session
        }
    }

    func store(_ session: GameSession, _ connection: DatabaseQueue, _ key: String) {
        let slot = Slot(connection: ObjectIdentifier(connection), key: key)
        current.withLock { state in
            state.entries[slot] = Entry(connection: connection, session: session)
            if state.entries.count >= state.sweepAt {
                // Forget the games of instances that are gone; amortised by doubling the threshold.
                state.entries = state.entries.filter { $0.value.connection != nil }
                state.sweepAt = max(256, state.entries.count * 2)
            }
        }
    }

    var currentCount: Int { current.withLock { $0.entries.count } }
}
