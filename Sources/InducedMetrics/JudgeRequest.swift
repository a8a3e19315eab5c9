import Digest
import Vocabulary

/// One question to a judge (docs/judges.md): what for, the instructions, the JSON
/// schema the answer must match, and the material (an episode, feedback, aspects).
public struct JudgeRequest: Sendable {
    public enum Purpose: String, Sendable {
        /// Feedback → aspects.
        case ground
        /// Aspects → metrics.
        case cluster
        /// Episode × metrics → traits.
        case judge
    }

    public var purpose: Purpose
    public var prompt: String
    /// The answer's JSON Schema; the name it is sent under is `gauntlet_<purpose>`.
    public var schema: JSONValue
    public var material: JSONValue

    public init(purpose: Purpose, prompt: String, schema: JSONValue, material: JSONValue) {
        self.purpose = purpose
        self.prompt = prompt
        self.schema = schema
        self.material = material
    }

    /// The content hash the answer is cached under: the same judge asked the same thing
    /// gets the stored answer.
    public func cacheKey(judge: String) -> String {
        SHA256.hex([judge, purpose.rawValue, prompt, schema.canonicalText, material.canonicalText].joined(separator: "\u{0}"))
    }

    /// The protocol line a process judge reads.
    func line(id: Int) -> JSONValue {
        .object([
            ("type", .string("judge")), ("id", .int(Int64(id))), ("purpose", .string(purpose.rawValue)),
            ("prompt", .string(prompt)), ("schema", schema), ("material", material),
        ])
    }
}

/// A judge's answer with what it cost, when the judge says.
public struct JudgeReply: Sendable {
    public var output: JSONValue
    public var inputTokens: Int?
    public var outputTokens: Int?
    public var costUSD: Double?

    public init(output: JSONValue, inputTokens: Int? = nil, outputTokens: Int? = nil, costUSD: Double? = nil) {
        self.output = output
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.costUSD = costUSD
    }
}

/// Why one attempt at a judge call gave no usable answer.
public struct JudgeFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    /// Tokens and cost the failed attempt still spent.
    public var inputTokens: Int?
    public var outputTokens: Int?
    public var costUSD: Double?

    public init(_ description: String, inputTokens: Int? = nil, outputTokens: Int? = nil, costUSD: Double? = nil) {
        self.description = description
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.costUSD = costUSD
    }
}

/// Something that answers judge requests: a process or a model endpoint.
public protocol Judge: Sendable {
    /// Stored with every trait and call, and part of the cache key: `process:COMMAND`,
    /// `openai:MODEL@BASE_URL`.
    var identity: String { get }
    /// How many calls may be in flight at once.
    var concurrency: Int { get }
    func call(_ request: JudgeRequest) async throws(JudgeFailure) -> JudgeReply
}
