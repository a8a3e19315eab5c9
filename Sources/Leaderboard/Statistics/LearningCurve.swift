import Vocabulary

/// Does an agent learn across a stream of episodes (`gauntlet run --stream`)? Success
/// over the stream index, the change from the first third to the last third, and the
/// area under the learning curve.
///
/// Definitions (n episodes in stream order, s_i = 1 for a success, else 0; only each
/// index's final attempt counts, as in `OutcomeSummary`):
/// - running mean at i: (s_0 + … + s_i) / (i + 1), the success rate so far;
/// - window mean at i: the mean of the last `window` outcomes up to i (fewer at the
///   start), `window = max(1, n / 5)`;
/// - early / late: the success rate of the first ⌊n/3⌋ and of the last ⌊n/3⌋ episodes;
///   improvement = late − early, with a percentile bootstrap interval that resamples
///   each third independently (nil for n < 3);
/// - AUC: the mean of the running means, the area under the success-so-far curve with
///   the stream scaled to [0, 1]. 1 means every episode succeeded; it rewards learning
///   early, which the overall success rate cannot tell apart from learning late.
public struct LearningCurve: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public var index: Int
        public var taskID: String
        public var status: EpisodeStatus
        public var score: Double
        public var runningMean: Double
        public var windowMean: Double
        /// Which agent process played it (1 for the first; more after restarts).
        public var agentProcess: Int?

        public var success: Bool { status == .success }
    }

    public var points: [Point]
    public var window: Int
    /// Episodes in each of the early and late thirds (⌊n/3⌋).
    public var third: Int
    public var earlyRate: Double?
    public var lateRate: Double?
    public var improvement: Double?
    public var improvementLow: Double?
    public var improvementHigh: Double?
    public var auc: Double
    /// Agent processes after the first: how often the stream restarted its agent.
    public var restarts: Int

    public var episodes: Int { points.count }
    public var successRate: Double { points.isEmpty ? 0 : Double(points.filter(\.success).count) / Double(points.count) }

    /// The curve of a stream run's episodes; nil when none has a stream index.
    public init?(_ records: [EpisodeRecord], bootstrap: Bootstrap = Bootstrap()) {
        var finals: [Int: EpisodeRecord] = [:]
        for record in records {
            guard let index = record.streamIndex else { continue }
            if let seen = finals[index], seen.attempt >= record.attempt { continue }
            finals[index] = record
        }
        guard !finals.isEmpty else { return nil }
        let ordered = finals.keys.sorted().compactMap { finals[$0] }
        let n = ordered.count
        let outcomes = ordered.map { $0.status == .success ? 1.0 : 0.0 }
        window = max(1, n / 5)
        var points: [Point] = []
        var total = 0.0
        for (i, record) in ordered.enumerated() {
            total += outcomes[i]
            let from = max(0, i - window + 1)
            let recent = outcomes[from...i]
            points.append(Point(
                index: record.streamIndex ?? i, taskID: record.taskID, status: record.status, score: record.score,
                runningMean: total / Double(i + 1), windowMean: recent.reduce(0, +) / Double(recent.count),
                agentProcess: record.agentProcess))
        }
        self.points = points
        auc = points.map(\.runningMean).reduce(0, +) / Double(n)
        restarts = max(0, Set(ordered.compactMap(\.agentProcess)).count - 1)
        third = n / 3
        if third > 0 {
            let early = Array(outcomes.prefix(third))
            let late = Array(outcomes.suffix(third))
            let e = early.reduce(0, +) / Double(third)
            let l = late.reduce(0, +) / Double(third)
            earlyRate = e
            lateRate = l
            improvement = l - e
            let interval = bootstrap.differenceInterval(early, late)
            improvementLow = interval?.low
            improvementHigh = interval?.high
        }
    }
}
