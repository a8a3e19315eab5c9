import Vocabulary

/// Percentile bootstrap confidence intervals, seeded and clustered.
///
/// With several epochs, the episodes of one task are not independent (a task the agent
/// cannot do fails every epoch), so the resampling unit is the task: each resample draws
/// tasks with replacement and takes the pooled rate of their episodes. With one episode
/// per task this is the ordinary episode bootstrap.
public struct Bootstrap: Sendable {
    /// "gauntlet" in ASCII: the default seed, so reports are reproducible.
    public static let defaultSeed: UInt64 = 0x6761_756E_746C_6574

    public var resamples: Int
    public var seed: UInt64
    /// 0.95 for a 95% interval.
    public var confidence: Double

    public init(resamples: Int = 2000, seed: UInt64 = Bootstrap.defaultSeed, confidence: Double = 0.95) {
        self.resamples = max(1, resamples)
        self.seed = seed
        self.confidence = confidence
    }

    /// A cluster: the summed outcome of one task's episodes and how many there were.
    public struct Cluster: Sendable, Equatable {
        public var total: Double
        public var count: Double

        public init(total: Double, count: Double) {
            self.total = total
            self.count = count
        }
    }

    public struct Interval: Sendable, Equatable {
        public var low: Double
        public var high: Double
    }

    /// The interval for Σtotal / Σcount, resampling clusters. nil without data. Clusters
    /// are used in the order given: callers pass them sorted (by task id) so the result
    /// is reproducible.
    public func ratioInterval(_ clusters: [Cluster]) -> Interval? {
        let clusters = clusters.filter { $0.count > 0 }
        guard !clusters.isEmpty else { return nil }
        var generator = SeededGenerator(seed: seed)
        var statistics: [Double] = []
        statistics.reserveCapacity(resamples)
        for _ in 0..<resamples {
            var total = 0.0
            var count = 0.0
            for _ in 0..<clusters.count {
                let c = clusters[generator.index(below: clusters.count)]
                total += c.total
                count += c.count
            }
            statistics.append(total / count)
        }
        return percentiles(statistics)
    }

    /// The interval for the mean of paired differences (one value per task).
    public func meanInterval(_ values: [Double]) -> Interval? {
        ratioInterval(values.map { Cluster(total: $0, count: 1) })
    }

    /// The interval for mean(b) − mean(a) of two independent samples, each resampled
    /// on its own (for the late-minus-early improvement of a learning curve).
    public func differenceInterval(_ a: [Double], _ b: [Double]) -> Interval? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        var generator = SeededGenerator(seed: seed)
        var statistics: [Double] = []
        statistics.reserveCapacity(resamples)
        for _ in 0..<resamples {
            var sumA = 0.0
            for _ in 0..<a.count { sumA += a[generator.index(below: a.count)] }
            var sumB = 0.0
            for _ in 0..<b.count { sumB += b[generator.index(below: b.count)] }
            statistics.append(sumB / Double(b.count) - sumA / Double(a.count))
        }
        return percentiles(statistics)
    }

    private func percentiles(_ values: [Double]) -> Interval {
        let sorted = values.sorted()
        let alpha = (1 - confidence) / 2
        return Interval(low: quantile(sorted, alpha), high: quantile(sorted, 1 - alpha))
    }

    /// Linear interpolation between order statistics (Hyndman and Fan's type 7).
    private func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let position = p * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }
}
