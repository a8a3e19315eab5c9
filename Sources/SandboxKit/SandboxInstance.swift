import Foundation
import GRDB
import Vocabulary

/// One instance: private state for one or more sandboxes, its request log and its counters.
public actor SandboxInstance {
    public nonisolated let id: String
    public nonisolated let blueprint: InstanceBlueprint
    public nonisolated let db: DatabaseQueue
    private var log: [RequestRecord] = []
    private var sequence = 0
    private var tokens: SeededGenerator

    init(id: String, blueprint: InstanceBlueprint, db: DatabaseQueue) {
        self.id = id
        self.blueprint = blueprint
        self.db = db
        tokens = SeededGenerator(seed: blueprint.seed, stream: "instance-tokens")
    }

    func beginRequest() -> Int {
        sequence += 1
        return sequence
    }

    func record(_ entry: RequestRecord) {
        log.append(entry)
    }

    public func requestLog() -> [RequestRecord] {
        log.sorted { $0.sequence < $1.sequence }
    }

    /// A copy on `db` (a copy of this instance's state) under `id`: the same request log
    /// and counters, so the copy goes on exactly as this one would.
    func copy(id: String, db: DatabaseQueue) -> SandboxInstance {
        SandboxInstance(id: id, blueprint: blueprint, db: db, log: log, sequence: sequence, tokens: tokens)
    }

    private init(id: String, blueprint: InstanceBlueprint, db: DatabaseQueue, log: [RequestRecord], sequence: Int,
                 tokens: SeededGenerator) {
        self.id = id
        self.blueprint = blueprint
        self.db = db
        self.log = log
        self.sequence = sequence
        self.tokens = tokens
    }

    func nextToken() -> String {
        let a = tokens.next(), b = tokens.next()
        return String(a, radix: 16) + String(b, radix: 16)
    }
}
