/// One judge's trait on one episode for one metric of a metric set (AutoLibra): a
/// rating of +1 (good), 0 (not applicable) or −1 (bad) with the reasoning and the steps
/// it cites, or the error that kept the judge from giving one. An error is never a rating.
public struct TraitRecord: Sendable, Equatable {
    public var metricSet: String
    public var setVersion: Int
    public var metric: String
    /// `rule`, `process:COMMAND` or `openai:MODEL`.
    public var judge: String
    /// −1, 0 or 1; nil exactly when `error` is set.
    public var rating: Int?
    public var reasoning: String
    /// Step indices (`StepRecord.index`) the reasoning cites.
    public var steps: [Int]
    public var error: String?

    public init(metricSet: String, setVersion: Int, metric: String, judge: String, rating: Int?, reasoning: String,
                steps: [Int] = [], error: String? = nil) {
        self.metricSet = metricSet
        self.setVersion = setVersion
        self.metric = metric
        self.judge = judge
        self.rating = rating
        self.reasoning = reasoning
        self.steps = steps
        self.error = error
    }

    /// A judge error for `metric`: no rating.
    public static func failed(metricSet: String, setVersion: Int, metric: String, judge: String, error: String) -> TraitRecord {
        TraitRecord(metricSet: metricSet, setVersion: setVersion, metric: metric, judge: judge, rating: nil, reasoning: "", error: error)
    }
}
