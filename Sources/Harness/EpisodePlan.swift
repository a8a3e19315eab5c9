import SandboxKit
import Tasks
import Vocabulary

/// Which episodes a run plays: every selected task in every epoch, in a fixed order,
/// each with a seed derived from the run seed, the task and the epoch. The same
/// run seed gives the same episodes with the same seeds, whatever the concurrency.
struct EpisodePlan: Sendable {
    struct Entry: Sendable {
        var task: TaskDefinition
        var suite: String
        var epoch: Int
        var seed: UInt64
    }

    var entries: [Entry]

    init(suites: [Suite], epochs: Int, runSeed: UInt64, include: (TaskDefinition) -> Bool, limit: Int?) {
        var tasks: [(TaskDefinition, String)] = []
        for suite in suites.sorted(by: { $0.name < $1.name }) {
            for task in suite.tasks.sorted(by: { $0.id < $1.id }) where include(task) {
                tasks.append((task, suite.name))
            }
        }
        if let limit { tasks = Array(tasks.prefix(limit)) }
        var entries: [Entry] = []
        for epoch in 0..<max(1, epochs) {
            for (task, suite) in tasks {
                entries.append(Entry(task: task, suite: suite, epoch: epoch, seed: Self.seed(runSeed, task.id, epoch)))
            }
        }
        self.entries = entries
    }

    /// Keeps the entries of one shard, in plan order, with their unsharded seeds.
    mutating func restrict(to shard: Shard) {
        entries = entries.filter { shard.owns(taskID: $0.task.id, epoch: $0.epoch) }
    }

    /// Fisher–Yates with a generator seeded by the run seed: the same seed, the same order.
    mutating func shuffle(seed: UInt64) {
        var generator = SeededGenerator(seed: seed, stream: "stream-order")
        var i = entries.count
        while i > 1 {
            let j = Int.random(in: 0..<i, using: &generator)
            i -= 1
            entries.swapAt(i, j)
        }
    }

    /// FNV-1a over the task id, mixed with the run seed and epoch (SplitMix64's
    /// finaliser): stable across processes and machines.
    static func seed(_ runSeed: UInt64, _ taskID: String, _ epoch: Int) -> UInt64 {
        let h = StableHash.fnv1a(taskID)
        let z = SeededGenerator.finalise(runSeed &+ h &+ UInt64(epoch) &* SeededGenerator.gamma)
        return z >> 1  // 63 bits: fits SQLite's signed integers
    }
}
