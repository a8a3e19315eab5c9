import Foundation

/// A versioned set of induced metrics, as stored in the leaderboard and exported by
/// `gauntlet metrics show`: the metrics, the feedback and aspects they were induced
/// from, the judge that induced them, and how coverage moved over the iterations.
public struct MetricSet: Sendable, Equatable, Codable {
    /// The file format: readers refuse one they do not know.
    public static let currentFormat = "gauntlet-metric-set/1"

    public var format: String
    public var name: String
    public var version: Int
    public var judge: String
    public var metrics: [InducedMetric]
    public var feedback: [FeedbackReference]
    public var aspects: [Aspect]
    public var iterations: [Iteration]

    public init(name: String, version: Int, judge: String, metrics: [InducedMetric], feedback: [FeedbackReference],
                aspects: [Aspect], iterations: [Iteration]) {
        format = Self.currentFormat
        self.name = name
        self.version = version
        self.judge = judge
        self.metrics = metrics
        self.feedback = feedback
        self.aspects = aspects
        self.iterations = iterations
    }

    public var label: String { "\(name)@\(version)" }

    /// The feedback a metric set was induced from, as it read then.
    public struct FeedbackReference: Sendable, Equatable, Codable {
        public var id: String
        public var episode: Int64
        public var author: String
        public var text: String
    }

    /// One round of induction: the metrics it proposed and how well they covered the feedback.
    public struct Iteration: Sendable, Equatable, Codable {
        public var metrics: Int
        public var coverage: Double
        public var redundancy: Double
        /// Whether the round's metrics were kept (coverage rose), or the round ended induction.
        public var accepted: Bool
    }

    /// Pretty, sorted JSON with a final newline: what is stored and exported.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// Reads a stored or exported metric set; `source` names it in errors.
    public static func decode(_ text: String, source: String) throws -> MetricSet {
        let set: MetricSet
        do {
            set = try JSONDecoder().decode(MetricSet.self, from: Data(text.utf8))
        } catch let DecodingError.keyNotFound(key, context) {
            throw InducedMetricsError.invalid(source: source, field: (context.codingPath + [key]).map(\.stringValue).joined(separator: "."), reason: "missing")
        } catch let DecodingError.typeMismatch(_, context) {
            throw InducedMetricsError.invalid(source: source, field: context.codingPath.map(\.stringValue).joined(separator: "."), reason: context.debugDescription)
        } catch {
            throw InducedMetricsError.invalid(source: source, field: "", reason: "not a metric set (\(error))")
        }
        guard set.format == currentFormat else {
            throw InducedMetricsError.invalid(source: source, field: "format", reason: "'\(set.format)' is not \(currentFormat)")
        }
        return set
    }
}
