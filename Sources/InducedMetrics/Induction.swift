import Foundation
import Leaderboard
import Vocabulary

/// AutoLibra's induction: ground each feedback in aspects, cluster the aspects into
/// metrics, judge the episodes with feedback on them, and measure coverage and
/// redundancy; then cluster the aspects still uncovered into more metrics and keep them
/// only while coverage rises.
public struct Induction: Sendable {
    public let judging: TraitJudging
    public let maxIterations: Int
    public let progress: @Sendable (String) -> Void

    public init(judging: TraitJudging, maxIterations: Int, progress: @escaping @Sendable (String) -> Void) {
        self.judging = judging
        self.maxIterations = max(1, maxIterations)
        self.progress = progress
    }

    public struct Outcome: Sendable {
        public var set: MetricSet
        public var evaluation: MetaEvaluation
        /// Feedback whose grounding failed after retries (it gave no aspects).
        public var ungrounded: Int
    }

    /// Induces the next version of `name` from `feedback`, stores it with its coverage,
    /// redundancy and the traits it gave the episodes with feedback.
    public func run(name: String, feedback: [FeedbackRecord]) async throws -> Outcome {
        guard !feedback.isEmpty else {
            throw InducedMetricsError.nothingToInduce("no feedback to induce from (gauntlet feedback add|import first)")
        }
        let board = judging.leaderboard
        let session = judging.session
        let budget = judging.observationCharacters
        let grounded: [Result<[AnswerReader.GroundedAspect], Error>] = await Concurrently.map(feedback, limit: session.judge.concurrency) { item in
            do {
                guard let stored = try board.episode(id: item.episodeID) else { throw LeaderboardError.unknownEpisode(id: item.episodeID) }
                let material: JSONValue = .object([
                    ("feedback", .string(item.text)),
                    ("episode", EpisodeMaterial.json(stored, steps: try board.steps(episodeID: item.episodeID), observationCharacters: budget)),
                ])
                let request = JudgeRequest(purpose: .ground, prompt: Prompts.ground, schema: Prompts.groundSchema, material: material)
                return await session.ask(request) { try AnswerReader.aspects($0) }.mapError { $0 as Error }
            } catch {
                return .failure(error)
            }
        }
        var aspects: [Aspect] = []
        var ungrounded = 0
        for (item, result) in zip(feedback, grounded) {
            switch result {
            case .success(let found):
                for a in found {
                    aspects.append(Aspect(id: "a\(aspects.count + 1)", feedback: item.id, quote: a.feedback, episode: item.episodeID, behavior: a.behavior,
                                          sign: a.sign, steps: a.steps))
                }
            case .failure(let error as LeaderboardError):
                throw error
            case .failure:
                ungrounded += 1
            }
        }
        progress("grounded \(feedback.count) feedback into \(aspects.count) aspects (\(ungrounded) feedback failed)")
        guard !aspects.isEmpty else { throw InducedMetricsError.nothingToInduce("grounding found no aspects in \(feedback.count) feedback") }

        let version = try board.nextMetricSetVersion(name: name)
        let episodes = Array(Set(aspects.map(\.episode))).sorted()
        var metrics = try await cluster(aspects, existing: [])
        var traits = try await judging.judge(episodes, metrics: metrics, setName: name, version: version, store: false)
        var evaluation = MetaEvaluation(aspects: aspects, metrics: metrics, traits: traits)
        var iterations = [MetricSet.Iteration(metrics: metrics.count, coverage: evaluation.coverage, redundancy: evaluation.redundancy, accepted: true)]
        progress("iteration 1: \(metrics.count) metrics, \(evaluation.summary)")
        while iterations.count < maxIterations, !evaluation.uncovered.isEmpty {
            let uncovered = Set(evaluation.uncovered)
            let added = try await cluster(aspects.filter { uncovered.contains($0.id) }, existing: metrics)
            let candidate = Self.merge(metrics, added)
            let candidateTraits = try await judging.judge(episodes, metrics: candidate, setName: name, version: version, store: false)
            let candidateEvaluation = MetaEvaluation(aspects: aspects, metrics: candidate, traits: candidateTraits)
            let rose = candidateEvaluation.coverage > evaluation.coverage
            iterations.append(MetricSet.Iteration(
                metrics: candidate.count, coverage: candidateEvaluation.coverage, redundancy: candidateEvaluation.redundancy, accepted: rose))
            progress("iteration \(iterations.count): \(candidate.count) metrics, \(candidateEvaluation.summary)\(rose ? "" : "; coverage did not rise, keeping iteration \(iterations.count - 1)")")
            guard rose else { break }
            metrics = candidate
            traits = candidateTraits
            evaluation = candidateEvaluation
        }

        let set = MetricSet(
            name: name, version: version, judge: session.judge.identity, metrics: metrics,
            feedback: feedback.map { .init(id: $0.id, episode: $0.episodeID, author: $0.author, text: $0.text) },
            aspects: aspects, iterations: iterations)
        try board.saveMetricSet(MetricSetRecord(
            name: name, version: version, judge: set.judge, json: try set.json(), coverage: evaluation.coverage,
            redundancy: evaluation.redundancy, createdAt: Date()))
        for id in episodes {
            try board.recordTraits(traits[id] ?? [], episodeID: id)
        }
        return Outcome(set: set, evaluation: evaluation, ungrounded: ungrounded)
    }

    private func cluster(_ aspects: [Aspect], existing: [InducedMetric]) async throws -> [InducedMetric] {
        let material: JSONValue = .object([
            ("aspects", .array(aspects.map {
                .object([("id", .string($0.id)), ("behavior", .string($0.behavior)), ("sign", .int(Int64($0.sign))), ("feedback", .string($0.quote))])
            })),
            ("existing_metrics", .array(existing.map { .object([("name", .string($0.name)), ("definition", .string($0.definition))]) })),
        ])
        let known = Set(aspects.map(\.id))
        let request = JudgeRequest(purpose: .cluster, prompt: Prompts.cluster, schema: Prompts.clusterSchema, material: material)
        switch await judging.session.ask(request, parse: { try AnswerReader.metrics($0, knownAspects: known) }) {
        case .success(let metrics): return metrics
        case .failure(let failure): throw InducedMetricsError.clusteringFailed(failure.description)
        }
    }

    /// `added` metrics appended; one named like an existing metric adds its aspects to it.
    static func merge(_ metrics: [InducedMetric], _ added: [InducedMetric]) -> [InducedMetric] {
        var out = metrics
        for metric in added {
            if let i = out.firstIndex(where: { $0.name == metric.name }) {
                out[i].aspects += metric.aspects.filter { !out[i].aspects.contains($0) }
            } else {
                out.append(metric)
            }
        }
        return out
    }
}
