import Testing
import Vocabulary

/// Shards partition a run: each episode falls in exactly one part, the same one on every
/// machine, and the batch systems' variables choose the part.
@Suite struct ShardTests {
    @Test func everyEpisodeFallsInExactlyOneShardAndTheShardsAreEven() throws {
        let shards = try (0..<4).map { try Shard(index: $0, count: 4) }
        var sizes = [0, 0, 0, 0]
        for task in 0..<200 {
            for epoch in 0..<3 {
                let owners = shards.filter { $0.owns(taskID: "shop/task-\(task)", epoch: epoch) }
                #expect(owners.count == 1)
                sizes[owners[0].index] += 1
            }
        }
        #expect(sizes.allSatisfy { $0 > 100 && $0 < 200 }, "600 episodes in 4 shards: \(sizes)")
    }

    /// Pinned: changing the hash would move episodes between the shards of a run in flight.
    @Test func thePartIsPinned() {
        #expect(Shard.part(taskID: "shop/cheapest-in-category-017", epoch: 0, count: 8)
                == Shard.part(taskID: "shop/cheapest-in-category-017", epoch: 0, count: 8))
        #expect([0, 1, 2, 3].map { Shard.part(taskID: "games/household-001", epoch: $0, count: 1000) } == [
            Shard.part(taskID: "games/household-001", epoch: 0, count: 1000),
            Shard.part(taskID: "games/household-001", epoch: 1, count: 1000),
            Shard.part(taskID: "games/household-001", epoch: 2, count: 1000),
            Shard.part(taskID: "games/household-001", epoch: 3, count: 1000),
        ])
        #expect(Shard.part(taskID: "a", epoch: 0, count: 1_000_003) == 657_299)
    }

    @Test func parsingNamesWhatIsWrong() throws {
        #expect(try Shard(parsing: "3/8") == Shard(index: 3, count: 8))
        #expect(throws: ShardError("'3-8' is not I/N (e.g. 0/4), nor auto")) { try Shard(parsing: "3-8") }
        #expect(throws: ShardError("the shard index must be in 0…7 for 8 shards, got 8")) { try Shard(parsing: "8/8") }
        #expect(throws: ShardError("the shard count must be at least 1, got 0")) { try Shard(parsing: "0/0") }
    }

    @Test func autoReadsKubernetesThenSlurm() throws {
        #expect(try Shard.auto(environment: ["JOB_COMPLETION_INDEX": "2"], count: 4) == Shard(index: 2, count: 4))
        #expect(throws: ShardError("JOB_COMPLETION_INDEX is set: give the number of shards with --shards N (the Job's completions)")) {
            try Shard.auto(environment: ["JOB_COMPLETION_INDEX": "2"], count: nil)
        }
        let slurm = ["SLURM_ARRAY_TASK_ID": "5", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_COUNT": "6"]
        #expect(try Shard.auto(environment: slurm, count: nil) == Shard(index: 4, count: 6))
        #expect(throws: ShardError("JOB_COMPLETION_INDEX='x' is not a whole number")) {
            try Shard.auto(environment: ["JOB_COMPLETION_INDEX": "x"], count: 2)
        }
        #expect(throws: ShardError.self) { try Shard.auto(environment: [:], count: 2) }
    }
}
