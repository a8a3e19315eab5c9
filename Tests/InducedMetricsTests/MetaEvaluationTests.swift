import Testing
@testable import InducedMetrics
import Leaderboard

@Suite struct MetaEvaluationTests {
    private func aspect(_ id: String, _ episode: Int64, _ sign: Int) -> Aspect {
        Aspect(id: id, feedback: "f", quote: "q", episode: episode, behavior: "b", sign: sign, steps: [])
    }

    private func trait(_ metric: String, _ rating: Int?) -> TraitRecord {
        rating.map { TraitRecord(metricSet: "s", setVersion: 1, metric: metric, judge: "j", rating: $0, reasoning: "r") }
            ?? .failed(metricSet: "s", setVersion: 1, metric: metric, judge: "j", error: "bad")
    }

    private let metrics = [
        InducedMetric(name: "M", definition: "", goodExamples: [], badExamples: [], aspects: ["a1", "a3"]),
        InducedMetric(name: "N", definition: "", goodExamples: [], badExamples: [], aspects: ["a2"]),
    ]

    /// The example of docs/metrics.md, computed by hand: coverage 2/3, redundancy 2/4.
    @Test func documentedExample() {
        let aspects = [aspect("a1", 1, 1), aspect("a2", 1, -1), aspect("a3", 2, -1)]
        let traits: [Int64: [TraitRecord]] = [
            1: [trait("M", 1), trait("N", 1)],
            2: [trait("M", -1), trait("N", -1)],
            3: [trait("M", 1)],
        ]
        let e = MetaEvaluation(aspects: aspects, metrics: metrics, traits: traits)
        #expect(e.aspects == 3)
        #expect(e.covered == 2)
        #expect(e.coverage == 2.0 / 3.0)
        #expect(e.nonZeroTraits == 4)
        #expect(e.redundant == 2)
        #expect(e.redundancy == 0.5)
        #expect(e.uncovered == ["a2"])
        #expect(e.unjudged == 0)
    }

    /// Zeros are neither matches nor redundant; a judge error leaves its aspect uncovered
    /// and unjudged; an aspect no metric took is uncovered but not unjudged.
    @Test func zerosErrorsAndUnclusteredAspects() {
        let aspects = [aspect("a1", 1, 1), aspect("a2", 1, -1), aspect("a3", 2, -1), aspect("a4", 2, 1)]
        let traits: [Int64: [TraitRecord]] = [
            1: [trait("M", 0), trait("N", -1)],
            2: [trait("M", nil), trait("N", 0)],
        ]
        let e = MetaEvaluation(aspects: aspects, metrics: metrics, traits: traits)
        #expect(e.covered == 1)
        #expect(e.coverage == 0.25)
        #expect(e.uncovered == ["a1", "a3", "a4"])
        #expect(e.unjudged == 1)
        #expect(e.nonZeroTraits == 1)
        #expect(e.redundant == 0)
        #expect(e.redundancy == 0)
    }

    @Test func emptyDenominatorsGiveZero() {
        let e = MetaEvaluation(aspects: [], metrics: [], traits: [:])
        #expect(e.coverage == 0)
        #expect(e.redundancy == 0)
    }
}
