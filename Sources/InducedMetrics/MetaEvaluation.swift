import Leaderboard

/// AutoLibra's meta-metrics of a metric set against the feedback it should explain.
///
/// An aspect is covered when the judge's trait on the aspect's episode, for the metric the
/// aspect was clustered into, has the aspect's sign. A trait is redundant when it is
/// non-zero, on an episode with feedback, and no aspect of that episode in its metric has
/// its sign.
///
///     coverage   = covered aspects / all aspects
///     redundancy = redundant traits / non-zero traits on episodes with feedback
///
/// Both are 0 when their denominator is.
public struct MetaEvaluation: Sendable, Equatable {
    public var aspects: Int
    public var covered: Int
    public var nonZeroTraits: Int
    public var redundant: Int
    /// Aspects whose episode has no rating for their metric (a judge error, or not judged yet).
    public var unjudged: Int
    /// Ids of the aspects not covered, in aspect order.
    public var uncovered: [String]

    public var coverage: Double { aspects == 0 ? 0 : Double(covered) / Double(aspects) }
    public var redundancy: Double { nonZeroTraits == 0 ? 0 : Double(redundant) / Double(nonZeroTraits) }

    /// `traits` are one metric set version's, by episode.
    public init(aspects: [Aspect], metrics: [InducedMetric], traits: [Int64: [TraitRecord]]) {
        var metricOf: [String: String] = [:]
        for metric in metrics {
            for id in metric.aspects { metricOf[id] = metric.name }
        }
        func rating(_ episode: Int64, _ metric: String) -> Int? {
            traits[episode]?.first { $0.metric == metric }?.rating
        }
        var covered = 0
        var unjudged = 0
        var uncovered: [String] = []
        for aspect in aspects {
            guard let metric = metricOf[aspect.id], let given = rating(aspect.episode, metric) else {
                if metricOf[aspect.id] != nil { unjudged += 1 }
                uncovered.append(aspect.id)
                continue
            }
            if given == aspect.sign { covered += 1 } else { uncovered.append(aspect.id) }
        }
        let known = Set(metrics.map(\.name))
        var nonZero = 0
        var redundant = 0
        for episode in Set(aspects.map(\.episode)).sorted() {
            for trait in traits[episode] ?? [] where known.contains(trait.metric) {
                guard let r = trait.rating, r != 0 else { continue }
                nonZero += 1
                let matched = aspects.contains { $0.episode == episode && $0.sign == r && metricOf[$0.id] == trait.metric }
                if !matched { redundant += 1 }
            }
        }
        self.aspects = aspects.count
        self.covered = covered
        self.unjudged = unjudged
        self.uncovered = uncovered
        nonZeroTraits = nonZero
        self.redundant = redundant
    }

    public var summary: String {
        String(format: "coverage %.3f (%d of %d aspects), redundancy %.3f (%d of %d non-zero traits)",
               coverage, covered, aspects, redundancy, redundant, nonZeroTraits)
    }
}
