/// One of N parts of a run: the episodes whose stable hash of (task id, epoch) falls
/// in part `index`. The plan and the seeds are the unsharded run's, so N shards together
/// play exactly its episodes, each once, wherever they run.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) throws(ShardError) {
        guard count >= 1 else { throw ShardError("the shard count must be at least 1, got \(count)") }
        guard (0..<count).contains(index) else {
            throw ShardError("the shard index must be in 0…\(count - 1) for \(count) shards, got \(index)")
        }
        self.index = index
        self.count = count
    }

    /// `I/N`, e.g. `3/8` (indices count from 0, as `JOB_COMPLETION_INDEX` does).
    public init(parsing text: String) throws(ShardError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw ShardError("'\(text)' is not I/N (e.g. 0/4), nor auto")
        }
        try self.init(index: index, count: count)
    }

    /// The shard a batch system gave this process: Kubernetes' `JOB_COMPLETION_INDEX`
    /// (with `count` from `--shards`), or Slurm's `SLURM_ARRAY_TASK_ID` (counted from
    /// `SLURM_ARRAY_TASK_MIN`, with `count` from `--shards` or `SLURM_ARRAY_TASK_COUNT`).
    public static func auto(environment: [String: String], count: Int?) throws(ShardError) -> Shard {
        func number(_ name: String) throws(ShardError) -> Int? {
            guard let text = environment[name] else { return nil }
            guard let value = Int(text) else { throw ShardError("\(name)='\(text)' is not a whole number") }
            return value
        }
        if let index = try number("JOB_COMPLETION_INDEX") {
            guard let count else { throw ShardError("JOB_COMPLETION_INDEX is set: give the number of shards with --shards N (the Job's completions)") }
            return try Shard(index: index, count: count)
        }
        if let task = try number("SLURM_ARRAY_TASK_ID") {
            let first = try number("SLURM_ARRAY_TASK_MIN") ?? 0
            let arrayCount = try number("SLURM_ARRAY_TASK_COUNT")
            guard let count = count ?? arrayCount else {
                throw ShardError("SLURM_ARRAY_TASK_ID is set but not SLURM_ARRAY_TASK_COUNT: give the number of shards with --shards N")
            }
            return try Shard(index: task - first, count: count)
        }
        throw ShardError("--shard auto needs JOB_COMPLETION_INDEX (a Kubernetes Indexed Job) or SLURM_ARRAY_TASK_ID (a Slurm array) in the environment")
    }

    /// Whether the episode of `taskID` in `epoch` belongs to this shard.
    public func owns(taskID: String, epoch: Int) -> Bool {
        Self.part(taskID: taskID, epoch: epoch, count: count) == index
    }

    /// The part an episode falls in: FNV-1a of `task#epoch`, mixed by SplitMix64's finaliser
    /// so that neighbouring ids spread evenly. Changing it moves episodes between shards: don't.
    public static func part(taskID: String, epoch: Int, count: Int) -> Int {
        Int(SeededGenerator.finalise(StableHash.fnv1a("\(taskID)#\(epoch)")) % UInt64(count))
    }

    public var description: String { "\(index)/\(count)" }
}

/// Why a shard could not be chosen; the message names the value or variable at fault.
public struct ShardError: Error, Equatable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
