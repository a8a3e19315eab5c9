import GRDB
import Vocabulary

/// Synchronous, read-only SQL over an instance's final state and over the pristine
/// state it was made from, for scoring once the agent is frozen.
///
/// Both connections attach the same shared catalogues, so a query sees exactly the
/// tables a request handler sees.
public struct InstanceStateReader: StateQuerying {
    private let final: DatabaseQueue
    private let pristine: DatabaseQueue

    init(final: DatabaseQueue, pristine: DatabaseQueue) {
        self.final = final
        self.pristine = pristine
    }

    public func rows(_ sql: String, instance: InstanceSide) throws -> [[SQLValue]] {
        try (instance == .initial ? pristine : final).read { db in
            try Row.fetchAll(db, sql: sql).map { row in row.databaseValues.map(SQLValue.init) }
        }
    }
}

extension SandboxHost {
    /// A reader over this instance and a fresh pristine copy of where it started.
    public func stateReader(_ id: String) throws -> InstanceStateReader {
        let instance = try instance(id)
        return InstanceStateReader(final: instance.db, pristine: try instance.blueprint.openConnection())
    }
}
