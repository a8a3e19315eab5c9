/// Two runs compared on the tasks both ran: the difference in success rate (A − B)
/// and a bootstrap interval for it that resamples tasks, keeping each task's pair
/// together. Pairing removes the between-task variance that makes two independent
/// intervals overlap even when one agent is better on nearly every task.
public struct PairedComparison: Sendable, Equatable {
    /// Tasks present in both runs.
    public var tasks: Int
    public var successA: Double
    public var successB: Double
    /// successA − successB over the common tasks (each task weighted equally).
    public var difference: Double
    public var ciLow: Double
    public var ciHigh: Double
    /// Tasks where A's success rate is higher, and where B's is.
    public var aBetter: Int
    public var bBetter: Int

    /// nil when the runs share no task.
    public init?(a: [EpisodeRecord], b: [EpisodeRecord], bootstrap: Bootstrap = Bootstrap()) {
        let rateA = Self.ratesByTask(a)
        let rateB = Self.ratesByTask(b)
        let common = Set(rateA.keys).intersection(rateB.keys).sorted()
        guard !common.isEmpty else { return nil }
        let pairs = common.map { (rateA[$0] ?? 0, rateB[$0] ?? 0) }
        tasks = common.count
        successA = pairs.reduce(0) { $0 + $1.0 } / Double(tasks)
        successB = pairs.reduce(0) { $0 + $1.1 } / Double(tasks)
        difference = successA - successB
        let interval = bootstrap.meanInterval(pairs.map { $0.0 - $0.1 })
        ciLow = interval?.low ?? difference
        ciHigh = interval?.high ?? difference
        aBetter = pairs.filter { $0.0 > $0.1 }.count
        bBetter = pairs.filter { $0.0 < $0.1 }.count
    }

    private static func ratesByTask(_ episodes: [EpisodeRecord]) -> [String: Double] {
        var counts: [String: (Int, Int)] = [:]
        for e in OutcomeSummary.finalAttempts(episodes) {
            let (s, n) = counts[e.taskID] ?? (0, 0)
            counts[e.taskID] = (s + (e.status == .success ? 1 : 0), n + 1)
        }
        return counts.mapValues { Double($0.0) / Double($0.1) }
    }
}
