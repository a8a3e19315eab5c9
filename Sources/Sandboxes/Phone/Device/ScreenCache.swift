import GRDB
import Synchronization

/// The screen each instance showed last, with the device state it was laid out from: an
/// action needs the screen it touches, and this spares loading the state and laying the
/// screen out a second time per step. An entry holds only while its connection has changed
/// no row since (SQLite's count of rows changed by a connection, which a rollback does not
/// lower): a screen is a function of the instance's tables, and only the instance's own
/// connection writes them. Copies (forks, rescoring) are other connections and start afresh.
final class ScreenCache: Sendable {
    private struct Entry {
        weak var connection: DatabaseQueue?
        var changes: Int
        var shown: ShownScreen
    }

    private let entries = Mutex<[ObjectIdentifier: Entry]>([:])
    /// Entries of closed instances are dropped once this many are kept.
    private static let pruneAt = 64

    /// What `connection` showed last, if nothing changed since (`changes` is its
    /// `totalChangesCount` now).
    func shown(on connection: DatabaseQueue, changes: Int) -> ShownScreen? {
        entries.withLock { entries in
            guard let entry = entries[ObjectIdentifier(connection)], entry.connection === connection, entry.changes == changes
            else { return nil }
            return entry.shown
        }
    }

    /// Call only once the transaction that laid `shown` out has committed, with the count
    /// read after its last write.
    func remember(_ shown: ShownScreen, on connection: DatabaseQueue, changes: Int) {
        entries.withLock { entries in
            if entries.count >= Self.pruneAt { entries = entries.filter { $0.value.connection != nil } }
            entries[ObjectIdentifier(connection)] = Entry(connection: connection, changes: changes, shown: shown)
        }
    }
}

/// A device state and the screen laid out from it.
struct ShownScreen: Sendable {
    var state: DeviceState
    var screen: LaidOutScreen
}
