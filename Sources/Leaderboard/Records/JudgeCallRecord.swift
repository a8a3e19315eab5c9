/// One call to a judge (grounding, clustering or judging), with what it cost. A cached
/// answer is a call too, with no tokens and no cost: re-judging costs nothing.
public struct JudgeCallRecord: Sendable, Equatable {
    /// One `gauntlet metrics` invocation.
    public var session: String
    /// The call's position in its session, from 1.
    public var sequence: Int
    /// `ground`, `cluster` or `judge`.
    public var purpose: String
    public var judge: String
    /// SHA-256 of the judge, prompt, schema and material.
    public var cacheKey: String
    public var cached: Bool
    /// Requests made, retries included (0 for a cache hit).
    public var attempts: Int
    public var inputTokens: Int?
    public var outputTokens: Int?
    public var costUSD: Double?
    /// Why the call gave no usable answer after its retries.
    public var error: String?

    public init(session: String, sequence: Int, purpose: String, judge: String, cacheKey: String, cached: Bool, attempts: Int,
                inputTokens: Int? = nil, outputTokens: Int? = nil, costUSD: Double? = nil, error: String? = nil) {
        self.session = session
        self.sequence = sequence
        self.purpose = purpose
        self.judge = judge
        self.cacheKey = cacheKey
        self.cached = cached
        self.attempts = attempts
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.costUSD = costUSD
        self.error = error
    }
}
