/// Which copy of an episode's state a query reads: the snapshot the episode started
/// from, or the state the agent left behind.
public enum InstanceSide: String, Sendable, Equatable, CaseIterable {
    case initial
    case final
}

/// Read access to an episode's two states: the snapshot it started from and the
/// state the agent left. The sandbox host implements this over real SQLite.
public protocol StateQuerying: Sendable {
    func rows(_ sql: String, instance: InstanceSide) throws -> [[SQLValue]]
}

/// The row-level difference between an instance's initial and final state, per table:
/// how many rows the episode added and removed.
///
/// Rows are compared whole, as a multiset, so an updated row shows as one removed
/// and one added: enough to tell *whether* a table changed and roughly how much,
/// without knowing primary keys. Collateral checks judge it; episode pages show it.
public struct StateDiff: Sendable, Equatable, Codable {
    public struct TableChange: Sendable, Equatable, Codable {
        public var table: String
        /// Rows present in the final state but not the initial one.
        public var added: Int
        /// Rows present in the initial state but not the final one.
        public var removed: Int

        public init(table: String, added: Int, removed: Int) {
            self.table = table
            self.added = added
            self.removed = removed
        }
    }

    /// Changed tables only, sorted by name.
    public var changes: [TableChange]

    public init(changes: [TableChange]) {
        self.changes = changes.sorted { $0.table < $1.table }
    }

    public var isEmpty: Bool { changes.isEmpty }

    /// The change to `table`, or nil if it did not change.
    public func change(_ table: String) -> TableChange? {
        changes.first { $0.table == table }
    }

    static let tablesSQL =
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"

    /// Compares every table of both sides of `state`.
    public static func compute(_ state: any StateQuerying) throws -> StateDiff {
        let rows = state.rows
        let initialTables = try rows(tablesSQL, .initial).map { $0.first?.text ?? "" }
        let finalTables = try rows(tablesSQL, .final).map { $0.first?.text ?? "" }
        var tables = initialTables
        for t in finalTables where !tables.contains(t) { tables.append(t) }
        tables.sort()
        var changes: [TableChange] = []
        for table in tables {
            let sql = "SELECT * FROM " + SQLValue.quotedIdentifier(table)
            let before = initialTables.contains(table) ? try rows(sql, .initial) : []
            let after = finalTables.contains(table) ? try rows(sql, .final) : []
            var counts: [String: Int] = [:]
            for row in before { counts[key(row), default: 0] -= 1 }
            for row in after { counts[key(row), default: 0] += 1 }
            var added = 0
            var removed = 0
            for count in counts.values {
                if count > 0 { added += count } else { removed -= count }
            }
            if added > 0 || removed > 0 { changes.append(TableChange(table: table, added: added, removed: removed)) }
        }
        return StateDiff(changes: changes)
    }

    /// A key that sorts and groups equal rows together (2 and 2.0 the same).
    public static func key(_ row: [SQLValue]) -> String {
        row.map(\.sortKey).joined(separator: "\u{1F}")
    }
}
