import SandboxKit
import Tasks

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
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in taskID.utf8 {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01b3
        }
        var z = runSeed &+ h &+ UInt64(epoch) &* 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return (z ^ (z >> 31)) >> 1  // 63 bits: fits SQLite's signed integers
    }
}
