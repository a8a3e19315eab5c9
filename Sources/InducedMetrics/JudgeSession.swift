import Foundation
import Leaderboard
import Vocabulary

/// The calls one `gauntlet metrics` command makes to its judge. Each answer is checked
/// against what was asked (`parse`); an answer that is not JSON, does not match the
/// schema, or rates outside −1..1, like a timeout, is asked again up to `attempts`
/// times, then returned as a failure for the caller to record — never as a rating.
/// Valid answers are cached in the leaderboard by content hash, and every call is
/// recorded with its tokens and cost.
public actor JudgeSession {
    public nonisolated let judge: any Judge
    public nonisolated let id: String
    let leaderboard: Leaderboard
    let attempts: Int
    private var sequence = 0
    public private(set) var totals = Totals()

    /// What a session spent, for the summary line.
    public struct Totals: Sendable, Equatable {
        public var calls = 0
        public var cached = 0
        public var failed = 0
        public var requests = 0
        public var inputTokens = 0
        public var outputTokens = 0
        public var costUSD = 0.0

        public var summary: String {
            String(format: "judge calls %d (%d cached, %d failed), requests %d, tokens %d in / %d out, cost $%.4f",
                   calls, cached, failed, requests, inputTokens, outputTokens, costUSD)
        }
    }

    public init(judge: any Judge, leaderboard: Leaderboard, attempts: Int, id: String = UUID().uuidString) {
        self.judge = judge
        self.leaderboard = leaderboard
        self.attempts = max(1, attempts)
        self.id = id
    }

    /// Asks `request`, returning the parsed answer or why there is none.
    public func ask<T: Sendable>(_ request: JudgeRequest, parse: @Sendable (JSONValue) throws -> T) async -> Result<T, JudgeFailure> {
        let key = request.cacheKey(judge: judge.identity)
        sequence += 1
        let number = sequence
        totals.calls += 1
        if let text = try? leaderboard.cachedJudgeResponse(key: key), let cached = try? JSONParser.parse(text),
           let value = try? parse(cached)
        {
            totals.cached += 1
            record(JudgeCallRecord(session: id, sequence: number, purpose: request.purpose.rawValue, judge: judge.identity,
                                   cacheKey: key, cached: true, attempts: 0, inputTokens: 0, outputTokens: 0, costUSD: 0))
            return .success(value)
        }
        var spent = JudgeFailure("")
        var lastError = "no attempt made"
        for attempt in 1...attempts {
            totals.requests += 1
            do {
                let reply = try await judge.call(request)
                add(&spent, reply.inputTokens, reply.outputTokens, reply.costUSD)
                do {
                    let value = try parse(reply.output)
                    try? leaderboard.storeJudgeResponse(key: key, judge: judge.identity, response: reply.output.canonicalText)
                    record(call(number, request, key, attempt: attempt, spent: spent, error: nil))
                    return .success(value)
                } catch {
                    lastError = "answer does not match the schema: \(error)"
                }
            } catch {
                add(&spent, error.inputTokens, error.outputTokens, error.costUSD)
                lastError = error.description
            }
        }
        totals.failed += 1
        let failure = JudgeFailure("\(lastError) (after \(attempts) attempt(s))")
        record(call(number, request, key, attempt: attempts, spent: spent, error: failure.description))
        return .failure(failure)
    }

    private func add(_ spent: inout JudgeFailure, _ tokensIn: Int?, _ tokensOut: Int?, _ cost: Double?) {
        if let tokensIn { spent.inputTokens = (spent.inputTokens ?? 0) + tokensIn }
        if let tokensOut { spent.outputTokens = (spent.outputTokens ?? 0) + tokensOut }
        if let cost { spent.costUSD = (spent.costUSD ?? 0) + cost }
    }

    private func call(_ number: Int, _ request: JudgeRequest, _ key: String, attempt: Int, spent: JudgeFailure, error: String?) -> JudgeCallRecord {
        totals.inputTokens += spent.inputTokens ?? 0
        totals.outputTokens += spent.outputTokens ?? 0
        totals.costUSD += spent.costUSD ?? 0
        return JudgeCallRecord(
            session: id, sequence: number, purpose: request.purpose.rawValue, judge: judge.identity, cacheKey: key, cached: false,
            attempts: attempt, inputTokens: spent.inputTokens, outputTokens: spent.outputTokens, costUSD: spent.costUSD, error: error)
    }

    /// A call that cannot be recorded is not worth failing the command for: its answer
    /// is already in hand.
    private func record(_ call: JudgeCallRecord) {
        try? leaderboard.recordJudgeCall(call)
    }
}
