import Vocabulary

/// What a model-backed agent reports it spent on one step. Every field is optional;
/// the harness sums what is present per episode.
public struct Usage: Sendable, Equatable {
    public var inputTokens: Int64?
    public var outputTokens: Int64?
    public var costUSD: Double?
    public var model: String?

    public init(inputTokens: Int64? = nil, outputTokens: Int64? = nil, costUSD: Double? = nil, model: String? = nil) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.costUSD = costUSD
        self.model = model
    }

    /// Adds `other` into this total; the model becomes the last one named.
    public mutating func add(_ other: Usage) {
        if let t = other.inputTokens { inputTokens = (inputTokens ?? 0) + t }
        if let t = other.outputTokens { outputTokens = (outputTokens ?? 0) + t }
        if let c = other.costUSD { costUSD = (costUSD ?? 0) + c }
        if let m = other.model { model = m }
    }

    static func decode(_ value: JSONValue) throws(ProtocolError) -> Usage {
        guard case .object = value else {
            throw ProtocolError.wrongShape("field 'usage' must be an object, not \(value.typeName)")
        }
        func integer(_ key: String) throws(ProtocolError) -> Int64? {
            guard let field = value[key], !field.isNull else { return nil }
            guard let i = field.intValue, i >= 0 else {
                throw ProtocolError.wrongShape("field 'usage.\(key)' must be a non-negative integer")
            }
            return i
        }
        var usage = Usage()
        usage.inputTokens = try integer("input_tokens")
        usage.outputTokens = try integer("output_tokens")
        if let cost = value["cost_usd"], !cost.isNull {
            guard let c = cost.doubleValue, c >= 0 else {
                throw ProtocolError.wrongShape("field 'usage.cost_usd' must be a non-negative number")
            }
            usage.costUSD = c
        }
        if let model = value["model"], !model.isNull {
            guard let m = model.stringValue else {
                throw ProtocolError.wrongShape("field 'usage.model' must be a string")
            }
            usage.model = m
        }
        return usage
    }
}
