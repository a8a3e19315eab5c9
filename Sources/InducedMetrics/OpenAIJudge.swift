import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Vocabulary

/// A judge that is any OpenAI-compatible `/v1/chat/completions` endpoint, asked for
/// JSON-schema structured output. Rate limits (429) and server errors (5xx) are retried
/// with exponential backoff, honouring `Retry-After`; tokens come from the reply's
/// `usage`, and cost from the configured prices.
public struct OpenAIJudge: Judge {
    /// Where and what to call, from the environment (docs/judges.md).
    public struct Endpoint: Sendable, Equatable {
        /// Up to and including `/v1`, e.g. `https://api.openai.com/v1`.
        public var baseURL: String
        public var model: String
        public var apiKey: String?
        /// USD per million input and output tokens (0 when not given: cost unknown).
        public var priceIn: Double
        public var priceOut: Double

        public init(baseURL: String, model: String, apiKey: String? = nil, priceIn: Double = 0, priceOut: Double = 0) {
            self.baseURL = baseURL
            self.model = model
            self.apiKey = apiKey
            self.priceIn = priceIn
            self.priceOut = priceOut
        }

        /// `GAUNTLET_JUDGE_BASE_URL`, `GAUNTLET_JUDGE_MODEL` (both required),
        /// `GAUNTLET_JUDGE_API_KEY`, `GAUNTLET_JUDGE_PRICE_IN`, `GAUNTLET_JUDGE_PRICE_OUT`.
        public static func fromEnvironment(_ environment: [String: String]) throws -> Endpoint {
            func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
            guard let base = value("GAUNTLET_JUDGE_BASE_URL") else {
                throw InducedMetricsError.badJudge("openai needs GAUNTLET_JUDGE_BASE_URL (e.g. https://api.openai.com/v1)")
            }
            guard let model = value("GAUNTLET_JUDGE_MODEL") else {
                throw InducedMetricsError.badJudge("openai needs GAUNTLET_JUDGE_MODEL (e.g. gpt-4o-mini)")
            }
            func price(_ name: String) throws -> Double {
                guard let text = value(name) else { return 0 }
                guard let number = Double(text), number >= 0, number.isFinite else {
                    throw InducedMetricsError.badJudge("\(name)='\(text)' is not a price in USD per million tokens")
                }
                return number
            }
            return Endpoint(
                baseURL: base.hasSuffix("/") ? String(base.dropLast()) : base, model: model, apiKey: value("GAUNTLET_JUDGE_API_KEY"),
                priceIn: try price("GAUNTLET_JUDGE_PRICE_IN"), priceOut: try price("GAUNTLET_JUDGE_PRICE_OUT"))
        }
    }

    public let endpoint: Endpoint
    public let concurrency: Int
    public let timeoutSeconds: Double
    /// Requests per call on 429 and 5xx, the first included.
    public let httpAttempts: Int
    /// The first backoff; each retry doubles it.
    public let backoffMilliseconds: Int

    public init(endpoint: Endpoint, concurrency: Int, timeoutSeconds: Double, httpAttempts: Int, backoffMilliseconds: Int) {
        self.endpoint = endpoint
        self.concurrency = concurrency
        self.timeoutSeconds = timeoutSeconds
        self.httpAttempts = max(1, httpAttempts)
        self.backoffMilliseconds = backoffMilliseconds
    }

    public var identity: String { "openai:\(endpoint.model)@\(endpoint.baseURL)" }

    /// The request body: a system message with the prompt, a user message with the
    /// material as JSON, and the schema as `response_format`.
    func body(_ request: JudgeRequest) -> JSONValue {
        .object([
            ("model", .string(endpoint.model)),
            ("temperature", .int(0)),
            ("messages", .array([
                .object([("role", .string("system")), ("content", .string(request.prompt))]),
                .object([("role", .string("user")), ("content", .string(request.material.canonical()))]),
            ])),
            ("response_format", .object([
                ("type", .string("json_schema")),
                ("json_schema", .object([
                    ("name", .string("gauntlet_\(request.purpose.rawValue)")), ("strict", .bool(true)), ("schema", request.schema),
                ])),
            ])),
        ])
    }

    public func call(_ request: JudgeRequest) async throws(JudgeFailure) -> JudgeReply {
        guard let url = URL(string: endpoint.baseURL + "/chat/completions") else {
            throw JudgeFailure("GAUNTLET_JUDGE_BASE_URL '\(endpoint.baseURL)' is not a URL")
        }
        var http = URLRequest(url: url)
        http.httpMethod = "POST"
        http.timeoutInterval = timeoutSeconds
        http.setValue("application/json", forHTTPHeaderField: "Content-Type")
        if let key = endpoint.apiKey { http.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization") }
        http.httpBody = Data(JSONWriter.encode(body(request)).utf8)
        var delay = backoffMilliseconds
        var attempt = 0
        while true {
            attempt += 1
            let data: Data
            let response: HTTPURLResponse
            do {
                let (bytes, answer) = try await URLSession.shared.data(for: http)
                guard let answer = answer as? HTTPURLResponse else { throw JudgeFailure("not an HTTP response") }
                data = bytes
                response = answer
            } catch let failure as JudgeFailure {
                throw failure
            } catch {
                throw JudgeFailure("POST \(url.absoluteString): \(error.localizedDescription)")
            }
            let status = response.statusCode
            if status == 429 || (500...599).contains(status) {
                guard attempt < httpAttempts else {
                    throw JudgeFailure("POST \(url.absoluteString): HTTP \(status) after \(attempt) attempt(s)")
                }
                let retryAfter = response.value(forHTTPHeaderField: "Retry-After").flatMap(Double.init).map { Int($0 * 1000) }
                try? await Task.sleep(for: .milliseconds(max(delay, retryAfter ?? 0)))
                delay *= 2
                continue
            }
            guard status == 200 else {
                throw JudgeFailure("POST \(url.absoluteString): HTTP \(status): \(String(decoding: data.prefix(200), as: UTF8.self))")
            }
            return try reply(data)
        }
    }

    private func reply(_ data: Data) throws(JudgeFailure) -> JudgeReply {
        let completion: JSONValue
        do {
            completion = try JSONParser.parse(bytes: Array(data))
        } catch {
            throw JudgeFailure("the endpoint's reply is not JSON (\(error))")
        }
        let usage = completion["usage"]
        let tokensIn = usage?["prompt_tokens"]?.intValue.map { Int($0) }
        let tokensOut = usage?["completion_tokens"]?.intValue.map { Int($0) }
        var cost: Double?
        if endpoint.priceIn > 0 || endpoint.priceOut > 0 {
            cost = (Double(tokensIn ?? 0) * endpoint.priceIn + Double(tokensOut ?? 0) * endpoint.priceOut) / 1_000_000
        }
        guard let content = completion["choices"]?.arrayValue?.first?["message"]?["content"]?.stringValue else {
            throw JudgeFailure("reply has no choices[0].message.content", inputTokens: tokensIn, outputTokens: tokensOut, costUSD: cost)
        }
        do {
            return JudgeReply(output: try JSONParser.parse(content), inputTokens: tokensIn, outputTokens: tokensOut, costUSD: cost)
        } catch {
            throw JudgeFailure("the model's content is not JSON (\(error)): \(content.prefix(120))", inputTokens: tokensIn,
                               outputTokens: tokensOut, costUSD: cost)
        }
    }
}
