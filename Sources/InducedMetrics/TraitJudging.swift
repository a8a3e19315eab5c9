import Leaderboard
import Vocabulary

/// Judges episodes on a metric set: one request per episode rating every metric, so a
/// judge sees the episode once. A call that fails after its retries gives each metric a
/// judge error for that episode, never a rating.
public struct TraitJudging: Sendable {
    public let session: JudgeSession
    public let leaderboard: Leaderboard
    public let observationCharacters: Int

    public init(session: JudgeSession, leaderboard: Leaderboard, observationCharacters: Int) {
        self.session = session
        self.leaderboard = leaderboard
        self.observationCharacters = observationCharacters
    }

    /// The request for one episode on `metrics`.
    func request(_ stored: StoredEpisode, steps: [StepRecord], metrics: [InducedMetric]) -> JudgeRequest {
        let described: [JSONValue] = metrics.map {
            .object([
                ("name", .string($0.name)), ("definition", .string($0.definition)),
                ("good_examples", .array($0.goodExamples.map(JSONValue.string))),
                ("bad_examples", .array($0.badExamples.map(JSONValue.string))),
            ])
        }
        let material: JSONValue = .object([
            ("metrics", .array(described)),
            ("episode", EpisodeMaterial.json(stored, steps: steps, observationCharacters: observationCharacters)),
        ])
        return JudgeRequest(purpose: .judge, prompt: Prompts.judge, schema: Prompts.judgeSchema(metrics: metrics.map(\.name)), material: material)
    }

    /// Traits of `episodes` on `metrics` under `setName@version`, by episode id; stored
    /// when `store` is set (a candidate set during induction is judged without storing).
    public func judge(_ episodes: [Int64], metrics: [InducedMetric], setName: String, version: Int, store: Bool) async throws -> [Int64: [TraitRecord]] {
        let names = metrics.map(\.name)
        let judge = session.judge.identity
        let board = leaderboard
        let session = session
        let results: [(Int64, Result<[TraitRecord], Error>)] = await Concurrently.map(episodes, limit: session.judge.concurrency) { id in
            do {
                guard let stored = try board.episode(id: id) else { throw LeaderboardError.unknownEpisode(id: id) }
                let asked = request(stored, steps: try board.steps(episodeID: id), metrics: metrics)
                let answer = await session.ask(asked) { try AnswerReader.traits($0, metrics: names) }
                switch answer {
                case .success(let traits):
                    return (id, .success(traits.map {
                        TraitRecord(metricSet: setName, setVersion: version, metric: $0.metric, judge: judge, rating: $0.rating,
                                    reasoning: $0.reasoning, steps: $0.steps)
                    }))
                case .failure(let failure):
                    return (id, .success(names.map {
                        TraitRecord.failed(metricSet: setName, setVersion: version, metric: $0, judge: judge, error: failure.description)
                    }))
                }
            } catch {
                return (id, .failure(error))
            }
        }
        var out: [Int64: [TraitRecord]] = [:]
        for (id, result) in results {
            let traits = try result.get()
            if store { try leaderboard.recordTraits(traits, episodeID: id) }
            out[id] = traits
        }
        return out
    }
}
