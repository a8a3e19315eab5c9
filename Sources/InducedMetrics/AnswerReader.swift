import Vocabulary

/// Reads judges' answers, checking them against what was asked: the schema's shape, the
/// ranges (a rating in −1..1, a sign of ±1), and the names (every metric rated once,
/// aspect ids that exist). Any mismatch is an error naming the field, and the call is asked again.
enum AnswerReader {
    struct Mismatch: Error, CustomStringConvertible {
        var field: String
        var reason: String
        var description: String { "\(field): \(reason)" }
    }

    /// A grounded aspect before it gets its id and episode.
    struct GroundedAspect: Sendable, Equatable {
        var behavior: String
        var feedback: String
        var sign: Int
        var steps: [Int]
    }

    /// A judged trait as the judge gave it.
    struct Trait: Sendable, Equatable {
        var metric: String
        var rating: Int
        var reasoning: String
        var steps: [Int]
    }

    static func aspects(_ answer: JSONValue) throws -> [GroundedAspect] {
        try items(answer, "aspects").enumerated().map { i, item in
            let at = "aspects[\(i)]"
            let sign = try int(item, "sign", at)
            guard sign == 1 || sign == -1 else { throw Mismatch(field: "\(at).sign", reason: "must be 1 or -1, got \(sign)") }
            return GroundedAspect(
                behavior: try text(item, "behavior", at), feedback: try text(item, "feedback", at), sign: sign,
                steps: try ints(item, "steps", at))
        }
    }

    /// Metrics, checked to name only `knownAspects` and to have distinct names.
    static func metrics(_ answer: JSONValue, knownAspects: Set<String>) throws -> [InducedMetric] {
        var names: Set<String> = []
        return try items(answer, "metrics").enumerated().map { i, item in
            let at = "metrics[\(i)]"
            let name = try text(item, "name", at)
            guard names.insert(name).inserted else { throw Mismatch(field: "\(at).name", reason: "'\(name)' appears twice") }
            let aspects = try strings(item, "aspects", at)
            for id in aspects where !knownAspects.contains(id) {
                throw Mismatch(field: "\(at).aspects", reason: "no aspect '\(id)' was given")
            }
            return InducedMetric(
                name: name, definition: try text(item, "definition", at), goodExamples: try strings(item, "good_examples", at),
                badExamples: try strings(item, "bad_examples", at), aspects: aspects)
        }
    }

    /// Traits, exactly one per metric in `metrics`, in that order.
    static func traits(_ answer: JSONValue, metrics: [String]) throws -> [Trait] {
        var byName: [String: Trait] = [:]
        for (i, item) in try items(answer, "traits").enumerated() {
            let at = "traits[\(i)]"
            let metric = try text(item, "metric", at)
            guard metrics.contains(metric) else { throw Mismatch(field: "\(at).metric", reason: "'\(metric)' is not a metric asked about") }
            guard byName[metric] == nil else { throw Mismatch(field: "\(at).metric", reason: "'\(metric)' is rated twice") }
            let rating = try int(item, "rating", at)
            guard (-1...1).contains(rating) else { throw Mismatch(field: "\(at).rating", reason: "must be -1, 0 or 1, got \(rating)") }
            byName[metric] = Trait(metric: metric, rating: rating, reasoning: try text(item, "reasoning", at), steps: try ints(item, "steps", at))
        }
        return try metrics.map { name in
            guard let trait = byName[name] else { throw Mismatch(field: "traits", reason: "metric '\(name)' is not rated") }
            return trait
        }
    }

    private static func items(_ answer: JSONValue, _ key: String) throws -> [JSONValue] {
        guard answer.members != nil else { throw Mismatch(field: "(answer)", reason: "must be an object, got \(answer.typeName)") }
        guard let list = answer[key]?.arrayValue else { throw Mismatch(field: key, reason: "must be a list") }
        return list
    }

    private static func text(_ item: JSONValue, _ key: String, _ at: String) throws -> String {
        guard let value = item[key]?.stringValue else { throw Mismatch(field: "\(at).\(key)", reason: "must be a string") }
        return value
    }

    private static func int(_ item: JSONValue, _ key: String, _ at: String) throws -> Int {
        guard let value = item[key] else { throw Mismatch(field: "\(at).\(key)", reason: "missing") }
        if let i = value.intValue { return Int(i) }
        if let d = value.doubleValue, d == d.rounded(), abs(d) < 1e9 { return Int(d) }
        throw Mismatch(field: "\(at).\(key)", reason: "must be an integer, got \(value.typeName)")
    }

    private static func ints(_ item: JSONValue, _ key: String, _ at: String) throws -> [Int] {
        guard let list = item[key]?.arrayValue else { throw Mismatch(field: "\(at).\(key)", reason: "must be a list") }
        return try list.enumerated().map { j, value in
            guard let i = value.intValue else { throw Mismatch(field: "\(at).\(key)[\(j)]", reason: "must be an integer") }
            return Int(i)
        }
    }

    private static func strings(_ item: JSONValue, _ key: String, _ at: String) throws -> [String] {
        guard let list = item[key]?.arrayValue else { throw Mismatch(field: "\(at).\(key)", reason: "must be a list") }
        return try list.enumerated().map { j, value in
            guard let s = value.stringValue else { throw Mismatch(field: "\(at).\(key)[\(j)]", reason: "must be a string") }
            return s
        }
    }
}
