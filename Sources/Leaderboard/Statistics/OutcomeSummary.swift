import Vocabulary
/// The statistics of a set of episodes: one leaderboard row, or one cell of a
/// per-suite or per-template breakdown.
///
/// Only each (task, epoch, seed)'s final attempt counts: earlier attempts ended in
/// `sandbox_error` and were retried. A final attempt that is still `sandbox_error`
/// counts as a failure, so that an agent can never raise its score by breaking the
/// sandbox on tasks it would fail; the status counts show such episodes plainly.
public struct OutcomeSummary: Sendable, Equatable {
    /// Final attempts.
    public var episodes: Int
    /// Attempts beyond the first (retries of `sandbox_error`).
    public var retries: Int
    public var tasks: Int
    public var successes: Int
    public var successRate: Double
    /// 95% bootstrap interval of the success rate, resampling tasks.
    public var ciLow: Double
    public var ciHigh: Double
    /// Mean score in [0, 1] (partial credit).
    public var meanScore: Double
    /// Mean key-node progress over episodes whose task has key nodes; nil when none has.
    public var progress: Double?
    public var meanSteps: Double
    public var meanWallMilliseconds: Double
    /// Sum over episodes that reported a cost; nil when none did.
    public var costUSD: Double?
    /// Episodes that reported a cost.
    public var costedEpisodes: Int
    public var inputTokens: Int?
    public var outputTokens: Int?
    /// k → pass@k and pass^k averaged over tasks, for k from 1 to the smallest number of
    /// final episodes of any task.
    public var passAt: [Int: Double]
    public var passHat: [Int: Double]
    /// Final attempts by status; every status is present, zero or not.
    public var statuses: [EpisodeStatus: Int]

    /// The largest k with pass@k (1 when every task ran once).
    public var maxK: Int { passAt.keys.max() ?? 0 }

    public init(_ all: [EpisodeRecord], bootstrap: Bootstrap = Bootstrap()) {
        let finals = Self.finalAttempts(all)
        episodes = finals.count
        retries = all.count - finals.count

        var byTask: [String: [EpisodeRecord]] = [:]
        for e in finals { byTask[e.taskID, default: []].append(e) }
        let taskIDs = byTask.keys.sorted()
        tasks = taskIDs.count

        successes = finals.filter { $0.status == .success }.count
        successRate = finals.isEmpty ? 0 : Double(successes) / Double(finals.count)
        let clusters = taskIDs.map { id in
            let es = byTask[id] ?? []
            return Bootstrap.Cluster(total: Double(es.filter { $0.status == .success }.count), count: Double(es.count))
        }
        let interval = bootstrap.ratioInterval(clusters)
        ciLow = interval?.low ?? 0
        ciHigh = interval?.high ?? 0

        let n = Double(max(1, finals.count))
        meanScore = finals.reduce(0) { $0 + $1.score } / n
        let progressed = finals.compactMap(\.progress)
        progress = progressed.isEmpty ? nil : progressed.reduce(0, +) / Double(progressed.count)
        meanSteps = finals.reduce(0) { $0 + Double($1.steps) } / n
        meanWallMilliseconds = finals.reduce(0) { $0 + Double($1.wallMilliseconds) } / n
        let costs = finals.compactMap(\.costUSD)
        costedEpisodes = costs.count
        costUSD = costs.isEmpty ? nil : costs.reduce(0, +)
        let inTokens = finals.compactMap(\.inputTokens)
        inputTokens = inTokens.isEmpty ? nil : inTokens.reduce(0, +)
        let outTokens = finals.compactMap(\.outputTokens)
        outputTokens = outTokens.isEmpty ? nil : outTokens.reduce(0, +)

        var passAt: [Int: Double] = [:]
        var passHat: [Int: Double] = [:]
        let smallest = taskIDs.map { byTask[$0]?.count ?? 0 }.min() ?? 0
        if smallest >= 1 {
            for k in 1...smallest {
                var at = 0.0
                var hat = 0.0
                for id in taskIDs {
                    let es = byTask[id] ?? []
                    let c = es.filter { $0.status == .success }.count
                    at += PassAtK.passAt(k: k, n: es.count, c: c) ?? 0
                    hat += PassAtK.passHat(k: k, n: es.count, c: c) ?? 0
                }
                passAt[k] = at / Double(taskIDs.count)
                passHat[k] = hat / Double(taskIDs.count)
            }
        }
        self.passAt = passAt
        self.passHat = passHat

        var statuses: [EpisodeStatus: Int] = [:]
        for status in EpisodeStatus.allCases { statuses[status] = 0 }
        for e in finals { statuses[e.status, default: 0] += 1 }
        self.statuses = statuses
    }

    /// The last attempt of every (task, epoch, seed), in key order.
    public static func finalAttempts(_ episodes: [EpisodeRecord]) -> [EpisodeRecord] {
        var latest: [EpisodeKey: EpisodeRecord] = [:]
        for e in episodes {
            if let seen = latest[e.key], seen.attempt >= e.attempt { continue }
            latest[e.key] = e
        }
        return latest.keys.sorted().compactMap { latest[$0] }
    }
}
