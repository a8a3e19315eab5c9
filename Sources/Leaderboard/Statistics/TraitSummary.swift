/// Each run's traits per metric: the mean rating over the episodes the metric applied to
/// (rated −1 or +1), with a percentile bootstrap interval over tasks, and how many
/// episodes it did not apply to or the judge failed on. Final attempts only.
public struct TraitSummary: Sendable, Equatable {
    public var agent: String
    public var runID: String
    public var metricSet: String
    public var setVersion: Int
    public var metric: String
    /// In [−1, 1]; nil when no episode was rated ±1.
    public var mean: Double?
    public var ciLow: Double?
    public var ciHigh: Double?
    /// Episodes rated −1 or +1.
    public var rated: Int
    public var notApplicable: Int
    public var errors: Int

    /// `set@version`, as tables show it.
    public var setLabel: String { "\(metricSet)@\(setVersion)" }

    /// Rows by run (in the order given), then set, version and metric.
    public static func rows(_ runs: [RunEpisodes], bootstrap: Bootstrap) -> [TraitSummary] {
        runs.flatMap { rows($0, bootstrap: bootstrap) }
    }

    static func rows(_ entry: RunEpisodes, bootstrap: Bootstrap) -> [TraitSummary] {
        var last: [EpisodeKey: EpisodeRecord] = [:]
        for stored in entry.episodes where (last[stored.record.key]?.attempt ?? 0) < stored.record.attempt {
            last[stored.record.key] = stored.record
        }
        struct Key: Hashable, Comparable {
            var set: String
            var version: Int
            var metric: String
            static func < (a: Key, b: Key) -> Bool { (a.set, a.version, a.metric) < (b.set, b.version, b.metric) }
        }
        // Per metric: per task, the summed rating and count of ±1 ratings (the bootstrap's clusters).
        var clusters: [Key: [String: Bootstrap.Cluster]] = [:]
        var notApplicable: [Key: Int] = [:]
        var errors: [Key: Int] = [:]
        for record in last.values {
            for trait in record.traits {
                let key = Key(set: trait.metricSet, version: trait.setVersion, metric: trait.metric)
                var cluster = clusters[key]?[record.taskID] ?? Bootstrap.Cluster(total: 0, count: 0)
                switch trait.rating {
                case nil: errors[key, default: 0] += 1
                case 0: notApplicable[key, default: 0] += 1
                case let rating?:
                    cluster.total += Double(rating)
                    cluster.count += 1
                }
                clusters[key, default: [:]][record.taskID] = cluster
            }
        }
        return clusters.keys.sorted().map { key in
            let byTask = (clusters[key] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
            let total = byTask.reduce(0) { $0 + $1.total }
            let count = byTask.reduce(0) { $0 + $1.count }
            let interval = bootstrap.ratioInterval(byTask)
            return TraitSummary(
                agent: entry.run.agentLabel, runID: entry.run.id, metricSet: key.set, setVersion: key.version, metric: key.metric,
                mean: count > 0 ? total / count : nil, ciLow: interval?.low, ciHigh: interval?.high, rated: Int(count),
                notApplicable: notApplicable[key] ?? 0, errors: errors[key] ?? 0)
        }
    }
}
